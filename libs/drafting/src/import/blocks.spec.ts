import type { Block } from './block';
import { blocksFromText } from './blocks';

const text = (source: string): Block[] => blocksFromText(source, 'text');
const p = (t: string): Block => ({ kind: 'paragraph', text: t });
const h = (level: number, t: string): Block => ({ kind: 'heading', level, text: t });

describe('blocksFromText: plain text paragraphs', () => {
  it('separates paragraphs by blank lines and joins the lines of a wrapped paragraph', () => {
    expect(text('First line of one\nparagraph that wraps.\n\n\nSecond paragraph here.')).toEqual([
      p('First line of one paragraph that wraps.'),
      p('Second paragraph here.'),
    ]);
  });

  it('normalises line ends, unusual spaces, invisible characters and page breaks', () => {
    const source = 'One\u00a0paragraph\twith  odd\u200b spaces.\r\nStill it.\fNext page text.\r\n\r\nLast one.';
    expect(text(source)).toEqual([p('One paragraph with odd spaces. Still it.'), p('Next page text.'), p('Last one.')]);
  });

  it('returns nothing for empty or blank input', () => {
    expect(text('')).toEqual([]);
    expect(text(' \n\t\n\u00a0\n')).toEqual([]);
  });
});

describe('blocksFromText: plain text headings', () => {
  it.each([
    ['II. Context and scope', 1],
    ['XIV. Final provisions', 1],
    ['I. Introduction', 1],
    ['C. Towards cooperation between regions', 2],
    ['Chapter 3 Labour mobility', 1],
    ['Part One', 1],
    ['Annex', 1],
    ['Section 4 Data collection', 2],
    ['Article 12', 2],
    ['GENERAL PRINCIPLES', 1],
    ['Migration and development', 2],
  ])('"%s" set apart is a heading of level %i', (line, level) => {
    expect(text(`${line}\n\nA paragraph follows here.`)).toEqual([h(level, line), p('A paragraph follows here.')]);
  });

  it.each([
    ['a sentence with a full stop', 'We agree on this text.'],
    ['a line ending with a colon', 'The Assembly decides as follows:'],
    ['a line ending with a comma', 'Recalling its earlier resolutions,'],
    ['a line starting in lower case', 'and further requests the chair'],
    ['a long line', 'This line runs on for quite a while without ever reaching a final stop of any kind at all'],
    ['a numbered item', '1. Short item'],
    ['a sub-item', '(a) Short item'],
    ['a bullet', '- Short item'],
    ['a number', '15'],
  ])('%s is not a heading', (_what, line) => {
    expect(text(line)[0]?.kind).toBe('paragraph');
  });

  it('splits a heading line off the paragraph directly under it', () => {
    expect(text('II. CONTEXT\n47. The first paragraph.')).toEqual([h(1, 'II. CONTEXT'), p('47. The first paragraph.')]);
    expect(text('I. Introduction\nThe text starts here\nand goes on.')).toEqual([
      h(1, 'I. Introduction'),
      p('The text starts here and goes on.'),
    ]);
  });

  it('keeps a heading-like first line that continues in lower case as part of the paragraph', () => {
    expect(text('Section 3 of the report notes that\nthe members agreed.')).toEqual([
      p('Section 3 of the report notes that the members agreed.'),
    ]);
  });

  it('takes a short title on the line above numbered paragraphs as their heading', () => {
    expect(text('Introduction\n1. The text.\n2. More text.')).toEqual([
      h(2, 'Introduction'),
      p('1. The text.'),
      p('2. More text.'),
    ]);
  });
});

describe('blocksFromText: document symbols', () => {
  it('splits a document symbol off the start of a block', () => {
    expect(text('A/59/377\n\nII. Heading\n\nText here.')).toEqual([
      p('A/59/377'),
      h(1, 'II. Heading'),
      p('Text here.'),
    ]);
    expect(text('E/CN.4/2005/L.10 C. Some heading 1. First one. 2. Second one.')).toEqual([
      p('E/CN.4/2005/L.10'),
      h(2, 'C. Some heading'),
      p('1. First one.'),
      p('2. Second one.'),
    ]);
  });

  it('leaves a single slash or lower-case text alone', () => {
    expect(text('A/B testing was used.')).toEqual([p('A/B testing was used.')]);
  });
});

describe('blocksFromText: numbered paragraphs without blank lines', () => {
  it('splits one numbered paragraph per line', () => {
    expect(text('1. First.\n2. Second\ncontinues here.\n3. Third.')).toEqual([
      p('1. First.'),
      p('2. Second continues here.'),
      p('3. Third.'),
    ]);
  });

  it('splits a page flattened onto one line after a heading', () => {
    expect(text('C. Title words 47. First sentence here. 48. Second paragraph text. 49. Third one.')).toEqual([
      h(2, 'C. Title words'),
      p('47. First sentence here.'),
      p('48. Second paragraph text.'),
      p('49. Third one.'),
    ]);
  });

  it('splits after a footnote reference glued to the sentence end', () => {
    expect(text('47. Ends with a note.9 48. Next one.')).toEqual([p('47. Ends with a note.9'), p('48. Next one.')]);
  });

  it('moves a heading run into the end of a flattened paragraph to its own block', () => {
    expect(text('A. One 1. Text one. B. Two 2. Text two.')).toEqual([
      h(2, 'A. One'),
      p('1. Text one.'),
      h(2, 'B. Two'),
      p('2. Text two.'),
    ]);
  });

  it('keeps an introductory sentence before a numbered run as a paragraph', () => {
    expect(text('An opening sentence. 1. First. 2. Second.')).toEqual([
      p('An opening sentence.'),
      p('1. First.'),
      p('2. Second.'),
    ]);
  });

  it('accepts "bis" paragraphs in the sequence', () => {
    expect(text('12. Text one. 12 bis. Inserted text. 13. After.')).toEqual([
      p('12. Text one.'),
      p('12 bis. Inserted text.'),
      p('13. After.'),
    ]);
  });

  it('accepts a gap in the numbering only at the start of a line after a full stop', () => {
    expect(text('1. First.\n5. Fifth.')).toEqual([p('1. First.'), p('5. Fifth.')]);
    expect(text('1. First. 5. Fifth.')).toEqual([p('1. First. 5. Fifth.')]);
  });

  it.each([
    ['a reference to another paragraph', '12. We refer to paragraph 13. The text continues.'],
    ['years in running text', '5. Events of 2003. 2004. Was a year.'],
    ['a wrapped line starting with a year', '1. Adopted in\n2003. It was late.'],
    ['a number followed by lower case', '1. First. 2. second thing.'],
    ['a lone number after a non-heading', 'Some words 1. Only one.'],
  ])('does not split on %s', (_what, source) => {
    expect(text(source)).toHaveLength(1);
  });
});

describe('blocksFromText: sub-items and bullets', () => {
  it('gives each sub-item or bullet line a block of its own', () => {
    expect(text('1. The Assembly:\n(a) Decides one thing;\n(b) Requests\nanother.\n- A bullet\n• Another')).toEqual([
      p('1. The Assembly:'),
      p('(a) Decides one thing;'),
      p('(b) Requests another.'),
      p('- A bullet'),
      p('• Another'),
    ]);
  });

  it('recognises roman and closing-bracket sub-items', () => {
    expect(text('Intro:\n(iv) Fourth;\nb) Second;\n(A) Capital.')).toEqual([
      p('Intro:'),
      p('(iv) Fourth;'),
      p('b) Second;'),
      p('(A) Capital.'),
    ]);
  });
});

describe('blocksFromText: Markdown', () => {
  const md = (source: string): Block[] => blocksFromText(source, 'markdown');

  it('reads ATX headings with their level, with or without closing hashes', () => {
    expect(md('# Title\n\n## Part one ##\n\n###### Deep\n\nText.')).toEqual([
      h(1, 'Title'),
      h(2, 'Part one'),
      h(6, 'Deep'),
      p('Text.'),
    ]);
  });

  it('reads a heading line directly above its paragraph', () => {
    expect(md('## Scope\nThe text of the scope.')).toEqual([h(2, 'Scope'), p('The text of the scope.')]);
  });

  it('reads setext headings', () => {
    expect(md('Main title\n==========\n\nSub title\n---\n\nBody.')).toEqual([
      h(1, 'Main title'),
      h(2, 'Sub title'),
      p('Body.'),
    ]);
  });

  it('does not guess headings from the shape of a line', () => {
    expect(md('Short line\n\nII. Context')).toEqual([p('Short line'), p('II. Context')]);
  });

  it('treats "#word" as text and drops thematic breaks and code fences', () => {
    expect(md('#hashtag text\n\n---\n\n```\ncode line\n```\n\n* * *')).toEqual([p('#hashtag text'), p('code line')]);
  });

  it('removes inline syntax and keeps the words', () => {
    expect(
      md(
        'Some **bold**, *italic*, _under_ and __strong__ words, `code`, ~~gone~~, [a link](http://x.org), ' +
          '![alt text](i.png), <sup>9</sup> and <https://example.org>.',
      ),
    ).toEqual([
      p('Some bold, italic, under and strong words, code, gone, a link, alt text, 9 and https://example.org.'),
    ]);
  });

  it('keeps escaped characters literally and leaves snake_case alone', () => {
    expect(md('47\\. A \\*starred\\* snake_case_name.')).toEqual([p('47. A *starred* snake_case_name.')]);
  });

  it('drops block quote markers', () => {
    expect(md('> Quoted paragraph\n> goes on.')).toEqual([p('Quoted paragraph goes on.')]);
  });

  it('splits ordered lists into numbered paragraphs and bullets into items', () => {
    expect(md('1. First\n2. Second\n\nIntro:\n- one\n- two')).toEqual([
      p('1. First'),
      p('2. Second'),
      p('Intro:'),
      p('- one'),
      p('- two'),
    ]);
  });
});
