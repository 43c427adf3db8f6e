import { ErrorCode, PARAGRAPH_TEXT_MAX } from '@concordia/contracts';
import { DraftingError } from '../drafting-error';
import { draftingError } from '../testing/fixtures';
import type { Block } from './block';
import { blocksFromText } from './blocks';
import { structureDocument, type ParsedDocument } from './structure';

const p = (text: string): Block => ({ kind: 'paragraph', text });
const h = (text: string): Block => ({ kind: 'heading', level: 1, text });
/** "number text" per paragraph ("*" marks a number the import gave), per section heading. */
const outline = (doc: ParsedDocument): Record<string, string[]> =>
  Object.fromEntries(
    doc.sections.map((s) => [
      s.heading,
      s.paragraphs.map((x) => `${x.number}${x.explicitNumber ? '' : '*'} ${x.text}`),
    ]),
  );

describe('structureDocument: sections', () => {
  it('opens a section at every heading, in document order', () => {
    const doc = structureDocument([h('I. One'), p('1. A.'), p('2. B.'), h('II. Two'), p('3. C.')]);
    expect(outline(doc)).toEqual({ 'I. One': ['1 A.', '2 B.'], 'II. Two': ['3 C.'] });
    expect(doc.warnings).toEqual([]);
  });

  it('puts paragraphs before the first heading in a section without a heading', () => {
    const doc = structureDocument([p('Opening words.'), h('I. One'), p('Body.')]);
    expect(doc.sections.map((s) => s.heading)).toEqual(['', 'I. One']);
  });

  it('keeps an empty section between two headings but drops trailing headings with a warning', () => {
    const doc = structureDocument([h('Title'), h('I. One'), p('Body.'), h('Stray line'), h('')]);
    expect(doc.sections.map((s) => s.heading)).toEqual(['Title', 'I. One']);
    expect(doc.sections[0].paragraphs).toEqual([]);
    expect(doc.warnings).toContainEqual({ code: 'empty_heading_left_out', params: { heading: 'Stray line' } });
  });

  it('collapses whitespace in headings and skips blank blocks', () => {
    const doc = structureDocument([h('  I.\u00a0 One  '), p('   '), p('Text.')]);
    expect(doc.sections).toEqual([{ heading: 'I. One', paragraphs: [expect.objectContaining({ text: 'Text.' })] }]);
  });
});

describe('structureDocument: paragraph numbers', () => {
  it('keeps the number as written, without the dot, and strips it from the text', () => {
    const doc = structureDocument([p('47. First.'), p('48 . Second.'), p('049.\tThird.'), p('49bis. Inserted.')]);
    expect(doc.sections[0].paragraphs).toEqual([
      { number: '47', text: 'First.', explicitNumber: true },
      { number: '48', text: 'Second.', explicitNumber: true },
      { number: '49', text: 'Third.', explicitNumber: true },
      { number: '49 bis', text: 'Inserted.', explicitNumber: true },
    ]);
  });

  it('numbers unnumbered paragraphs in sequence, from 1 when nothing precedes them', () => {
    expect(outline(structureDocument([p('Intro.'), p('47. A.'), p('More.'), h('II'), p('Again.')]))).toEqual({
      '': ['1* Intro.', '47 A.', '48* More.'],
      II: ['49* Again.'],
    });
  });

  it('inserts "bis", "ter"... when the next number is already used by the document', () => {
    const doc = structureDocument([p('1. A.'), p('Inserted.'), p('Another.'), p('2. B.')]);
    expect(outline(doc)).toEqual({ '': ['1 A.', '1 bis* Inserted.', '1 ter* Another.', '2 B.'] });
  });

  it('gives a number standing alone to the paragraph after it', () => {
    expect(outline(structureDocument([p('15.'), p('The text of fifteen.')]))).toEqual({
      '': ['15 The text of fifteen.'],
    });
  });

  it('drops a number standing alone before a heading, with a warning', () => {
    const doc = structureDocument([p('1. A.'), p('2.'), h('II'), p('3. C.')]);
    expect(outline(doc)).toEqual({ '': ['1 A.'], II: ['3 C.'] });
    expect(doc.warnings).toContainEqual({ code: 'number_without_paragraph', params: { number: '2' } });
  });

  it('rejects numbers used twice, anywhere in the document, listing them', () => {
    const error = draftingError(() =>
      structureDocument([p('1. A.'), p('2. B.'), h('II'), p('1. C.'), p('2. D.'), p('3. E.')]),
    );
    expect(error).toBeInstanceOf(DraftingError);
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe(ErrorCode.ImportDuplicateNumbers);
    expect(error.details).toEqual({ numbers: ['1', '2'] });
    expect(error.message).toContain('1, 2');
  });

  it('does not count numbers it gave itself as duplicates', () => {
    expect(() => structureDocument([p('Unnumbered.'), p('1 bis. X.'), p('2. Y.')])).not.toThrow();
  });

  it('warns about jumps in the numbering and about the numbers it gave', () => {
    const doc = structureDocument([p('1. A.'), p('2. B.'), p('5. C.'), p('5 bis. D.'), p('6. E.'), p('Loose.')]);
    expect(doc.warnings).toEqual([
      { code: 'numbered_in_sequence', params: { numbers: ['7'], more: 0 } },
      { code: 'numbering_jumps', params: { jumps: [{ from: '2', to: '5' }], more: 0 } },
    ]);
  });

  it('lists ten instances and counts the rest', () => {
    const numbered = Array.from({ length: 13 }, (_, i) => p(`${(i + 1) * 2}. Text.`));
    const jumps = structureDocument(numbered).warnings.find((w) => w.code === 'numbering_jumps');
    expect(jumps?.params).toEqual({
      jumps: Array.from({ length: 10 }, (_, i) => ({ from: String((i + 1) * 2), to: String((i + 2) * 2) })),
      more: 2,
    });
  });

  it('says so when the document has no numbers at all', () => {
    expect(structureDocument([p('One.'), p('Two.')]).warnings).toEqual([{ code: 'no_paragraph_numbers', params: {} }]);
  });
});

describe('structureDocument: sub-items and bullets', () => {
  it('keeps sub-items and bullets in the paragraph above, one per line', () => {
    const doc = structureDocument([
      p('3. The Assembly:'),
      p('(a) Decides;'),
      p('(b) Requests.'),
      p('- Note'),
      p('4. Next.'),
    ]);
    expect(doc.sections[0].paragraphs.map((x) => [x.number, x.text])).toEqual([
      ['3', 'The Assembly:\n(a) Decides;\n(b) Requests.\n- Note'],
      ['4', 'Next.'],
    ]);
  });

  it('attaches a sub-item to an unnumbered paragraph too', () => {
    expect(outline(structureDocument([p('Intro:'), p('(a) One.')]))).toEqual({ '': ['1* Intro:\n(a) One.'] });
  });

  it('makes a sub-item at the start of a section a paragraph of its own', () => {
    expect(outline(structureDocument([p('1. A.'), h('II'), p('(a) Alone.')]))).toEqual({
      '': ['1 A.'],
      II: ['2* (a) Alone.'],
    });
  });

  it('keeps the soft line breaks of a paragraph, trimmed', () => {
    expect(structureDocument([p('1. Line one  \n\n   line two')]).sections[0].paragraphs[0].text).toBe(
      'Line one\nline two',
    );
  });
});

describe('structureDocument: extraction artefacts', () => {
  it('leaves out document symbols and page numbers with a warning', () => {
    const doc = structureDocument([
      p('A/59/377'),
      p('1. Text.'),
      p('15'),
      p('- 16 -'),
      p('Page 3 of 9'),
      p('2. More.'),
    ]);
    expect(outline(doc)).toEqual({ '': ['1 Text.', '2 More.'] });
    expect(doc.warnings).toEqual([
      { code: 'document_symbol_left_out', params: { symbol: 'A/59/377' } },
      { code: 'page_number_left_out', params: { page: '15' } },
      { code: 'page_number_left_out', params: { page: '- 16 -' } },
      { code: 'page_number_left_out', params: { page: 'Page 3 of 9' } },
    ]);
  });

  it('removes footnote references glued to a sentence end', () => {
    const doc = structureDocument([p('1. One sentence.9 Another one,12 and more.'), p('2. Single note.3')]);
    expect(doc.sections[0].paragraphs.map((x) => x.text)).toEqual([
      'One sentence. Another one, and more.',
      'Single note.',
    ]);
    expect(doc.warnings).toEqual([
      { code: 'footnotes_removed', params: { paragraph: '1', markers: ['9', '12'] } },
      { code: 'footnotes_removed', params: { paragraph: '2', markers: ['3'] } },
    ]);
  });

  it.each([
    ['a decimal number', 'See section 3.2 of the report.'],
    ['an enumerator after a capital', 'See annex I.2 of the report.'],
    ['a count after a colon', 'Votes in favour: 15'],
  ])('keeps %s', (_what, text) => {
    const doc = structureDocument([p(`1. ${text}`)]);
    expect(doc.sections[0].paragraphs[0].text).toBe(text);
    expect(doc.warnings).toEqual([]);
  });

  it('removes a page number printed after the last sentence', () => {
    const doc = structureDocument([p('1. The end of the page. 15')]);
    expect(doc.sections[0].paragraphs[0].text).toBe('The end of the page.');
    expect(doc.warnings).toEqual([{ code: 'page_number_removed', params: { paragraph: '1', page: '15' } }]);
  });

  it('warns about a paragraph too long to be edited', () => {
    const doc = structureDocument([p(`1. ${'x'.repeat(PARAGRAPH_TEXT_MAX + 1)}`)]);
    expect(doc.warnings).toEqual([{ code: 'paragraph_too_long', params: { paragraph: '1', max: PARAGRAPH_TEXT_MAX } }]);
  });
});

describe('structureDocument: nothing to import', () => {
  it.each([
    ['no blocks', []],
    ['only headings', [h('I. One'), h('II. Two')]],
    ['only a symbol and page numbers', [p('A/59/377'), p('15')]],
    ['only blank paragraphs', [p(' '), p('\n')]],
  ])('rejects %s', (_what, blocks: Block[]) => {
    const error = draftingError(() => structureDocument(blocks));
    expect(error.code).toBe(ErrorCode.ImportNoParagraphs);
  });
});

describe('structureDocument with blocksFromText', () => {
  it('turns a typical plain-text draft into sections and numbered paragraphs', () => {
    const source = [
      'DRAFT AGENDA',
      'I. Principles',
      '1. States cooperate on\nmigration matters.',
      '2. The chair reports:\n(a) on progress;\n(b) on funding.',
      'II. Implementation',
      '3. Partners share data.',
    ].join('\n\n');
    expect(outline(structureDocument(blocksFromText(source, 'text')))).toEqual({
      'DRAFT AGENDA': [],
      'I. Principles': [
        '1 States cooperate on migration matters.',
        '2 The chair reports:\n(a) on progress;\n(b) on funding.',
      ],
      'II. Implementation': ['3 Partners share data.'],
    });
  });

  it('reads the same draft written in Markdown', () => {
    const source =
      '# I. Principles\n\n1. States cooperate.\n\n2. The chair reports:\n\n- on progress\n\n# II. Implementation\n\nPartners share data.';
    expect(outline(structureDocument(blocksFromText(source, 'markdown')))).toEqual({
      'I. Principles': ['1 States cooperate.', '2 The chair reports:\n- on progress'],
      'II. Implementation': ['3* Partners share data.'],
    });
  });
});
