import { findMentions, stripHtml } from './body-text';

describe('stripHtml', () => {
  it('removes tags, scripts and comments but keeps the text and Markdown', () => {
    expect(stripHtml('<b>Bold</b> and <i>italic</i>')).toBe('Bold and italic');
    expect(stripHtml('Hi<script>alert(1)</script> there')).toBe('Hi there');
    expect(stripHtml('a <!-- hidden --> b')).toBe('a  b');
    expect(stripHtml('<img src=x onerror="alert(1)">**strong**')).toBe('**strong**');
    expect(stripHtml('> quoted\n\n1 < 2 and 3 > 2')).toBe('> quoted\n\n1 < 2 and 3 > 2');
  });

  it('does not let a removed tag assemble another', () => {
    expect(stripHtml('<scr<b></b>ipt>alert(1)</script>')).not.toMatch(/<script/i);
    expect(stripHtml('<<b>img src=x onerror=alert(1)>')).not.toMatch(/<img/i);
  });

  it('drops control characters', () => {
    expect(stripHtml('a\u0000b\tc\nd')).toBe('ab\tc\nd');
  });
});

describe('findMentions', () => {
  const targets = [
    { id: 'mex', code: 'MEX', name: 'Mexico' },
    { id: 'ss', code: 'SSD', name: 'South Sudan' },
    { id: 'fr', code: 'FRA', name: 'France' },
  ];

  it('finds codes and names, names in any case', () => {
    expect(findMentions('As @MEX said, and @south sudan.', targets).sort()).toEqual(['mex', 'ss']);
    expect(findMentions('@France: agreed', targets)).toEqual(['fr']);
  });

  it('needs a word boundary after the mention and the @', () => {
    expect(findMentions('@MEXICANS and MEX and @FRANCE2', targets)).toEqual([]);
  });
});
