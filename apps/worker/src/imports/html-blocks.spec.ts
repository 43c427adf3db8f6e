import { blocksFromHtml } from './html-blocks';

describe('blocksFromHtml (mammoth output)', () => {
  it('maps headings and paragraphs in order, with their text cleaned', () => {
    const html =
      '<h1>Draft Agenda</h1><h2>I. Principles</h2><p>1. States <strong>cooperate</strong>\n  on migration.</p>' +
      '<p></p><p>2. Rights &amp; duties &lt;apply&gt; &#8212; &#x2014; &quot;all&quot;&nbsp;persons.</p>';
    expect(blocksFromHtml(html)).toEqual([
      { kind: 'heading', level: 1, text: 'Draft Agenda' },
      { kind: 'heading', level: 2, text: 'I. Principles' },
      { kind: 'paragraph', text: '1. States cooperate on migration.' },
      { kind: 'paragraph', text: '2. Rights & duties <apply> — — "all" persons.' },
    ]);
  });

  it('makes each list item a paragraph, nested lists included', () => {
    const html = '<ol><li>First item<ol><li>(a) nested</li></ol></li><li>Second<br />line</li></ol>';
    expect(blocksFromHtml(html)).toEqual([
      { kind: 'paragraph', text: 'First item' },
      { kind: 'paragraph', text: '(a) nested' },
      { kind: 'paragraph', text: 'Second line' },
    ]);
  });

  it('takes the paragraphs of table cells and ignores images and anchors', () => {
    const html =
      '<table><tr><td><p>Cell one</p></td><td><p>Cell <a id="x"></a>two</p></td></tr></table>' +
      '<p><img src="data:image/png;base64,AAAA" /></p>';
    expect(blocksFromHtml(html)).toEqual([
      { kind: 'paragraph', text: 'Cell one' },
      { kind: 'paragraph', text: 'Cell two' },
    ]);
  });

  it('returns nothing for a document without text', () => {
    expect(blocksFromHtml('')).toEqual([]);
    expect(blocksFromHtml('<p> </p><h2></h2>')).toEqual([]);
  });
});
