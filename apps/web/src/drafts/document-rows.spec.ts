import type { Section } from '@concordia/contracts';
import { displayNumber, documentRows, findRows, onlyParagraphs, paragraphTotal, rowKey } from './document-rows';

const sections: Section[] = [
  {
    key: 'intro',
    heading: 'Preamble',
    paragraphs: [
      { key: 'a', number: '1', text: 'Recognising the role of regional dialogue.' },
      { key: 'b', number: '2.', text: 'Noting the work of the Regional forums.' },
    ],
  },
  { key: 'empty', heading: 'Annex', paragraphs: [] },
  {
    key: 'ops',
    heading: 'Operative part',
    paragraphs: [{ key: 'c', number: '12', text: 'Invites States to cooperate.' }],
  },
];

describe('documentRows', () => {
  it('puts each section heading before its paragraphs, keeping empty sections', () => {
    const rows = documentRows(sections);
    expect(rows.map(rowKey)).toEqual(['s:intro', 'p:a', 'p:b', 's:empty', 's:ops', 'p:c']);
    expect(rows[2]).toMatchObject({ kind: 'paragraph', indexInSection: 1, section: { key: 'intro' } });
    expect(paragraphTotal(sections)).toBe(3);
  });
});

describe('displayNumber', () => {
  it('ends every number with one full stop', () => {
    expect(displayNumber('12')).toBe('12.');
    expect(displayNumber('12.')).toBe('12.');
    expect(displayNumber('3)')).toBe('3)');
  });
});

describe('findRows', () => {
  const rows = documentRows(sections);

  it('finds a paragraph by its number with or without the full stop', () => {
    expect(findRows(rows, '12')).toEqual([5]);
    expect(findRows(rows, '2.')).toEqual([2]);
  });

  it('finds words in any case, in document order, and nothing for a blank query', () => {
    expect(findRows(rows, 'REGIONAL')).toEqual([1, 2]);
    expect(findRows(rows, '  ')).toEqual([]);
    expect(findRows(rows, 'absent')).toEqual([]);
  });

  it('lists a number hit before the paragraphs that merely mention it', () => {
    const mentions: Section[] = [
      {
        key: 's',
        heading: '',
        paragraphs: [
          { key: 'x', number: '1', text: 'See paragraph 7.' },
          { key: 'y', number: '7', text: 'Text.' },
        ],
      },
    ];
    expect(findRows(documentRows(mentions), '7')).toEqual([2, 1]);
  });
});

describe('only some paragraphs', () => {
  const paragraph = (key: string) => ({ key, number: key.slice(1), text: `Text of ${key}.` });
  const twoSections: Section[] = [
    { key: 's1', heading: 'One', paragraphs: [paragraph('p1'), paragraph('p2')] },
    { key: 's2', heading: 'Two', paragraphs: [paragraph('p3')] },
  ];

  it('keeps those paragraphs, numbered as in the document, and drops sections left empty', () => {
    expect(onlyParagraphs(twoSections, new Set(['p2']))).toEqual([
      { key: 's1', heading: 'One', paragraphs: [paragraph('p2')] },
    ]);
    expect(onlyParagraphs(twoSections, new Set())).toEqual([]);
  });
});
