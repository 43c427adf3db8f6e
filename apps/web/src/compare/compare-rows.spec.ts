import type { Comparison, ParagraphComparison } from '@concordia/contracts';
import { changesOf, compareRows, isChanged, sides } from './compare-rows';

const paragraph = (
  overrides: Partial<ParagraphComparison> & Pick<ParagraphComparison, 'key'>,
): ParagraphComparison => ({
  kind: 'unchanged',
  moved: false,
  renumbered: false,
  fromNumber: '1',
  toNumber: '1',
  fromSectionKey: 's1',
  toSectionKey: 's1',
  fromText: 'Same.',
  toText: 'Same.',
  changes: [],
  ...overrides,
});

const comparison: Comparison = {
  from: { id: 'a'.repeat(24), label: 'Zero draft' },
  to: { id: 'b'.repeat(24), label: 'Rev.1' },
  sections: [
    { key: 's1', kind: 'modified', fromHeading: 'Aims', toHeading: 'Aims and scope' },
    { key: 's2', kind: 'removed', fromHeading: 'Annex', toHeading: null },
  ],
  paragraphs: [
    paragraph({ key: 'p1' }),
    paragraph({
      key: 'p2',
      kind: 'modified',
      fromNumber: '3',
      toNumber: '2',
      renumbered: true,
      fromText: 'States cooperate.',
      toText: 'States shall cooperate.',
      changes: [
        { op: 'equal', text: 'States ' },
        { op: 'insert', text: 'shall ' },
        { op: 'equal', text: 'cooperate.' },
      ],
    }),
    paragraph({ key: 'p3', kind: 'removed', toNumber: null, toSectionKey: null, fromSectionKey: 's2', toText: null }),
  ],
  stats: { unchanged: 1, modified: 1, added: 0, removed: 1, moved: 0, renumbered: 1 },
};

describe('compareRows', () => {
  it('heads each run of paragraphs with its section, newer heading first', () => {
    const rows = compareRows(comparison, false);
    expect(rows.map((r) => (r.kind === 'section' ? `# ${r.heading}` : r.paragraph.key))).toEqual([
      '# Aims and scope',
      'p1',
      'p2',
      '# Annex',
      'p3',
    ]);
  });

  it('leaves out unchanged paragraphs when asked for changes only', () => {
    const rows = compareRows(comparison, true);
    expect(
      rows.filter((r) => r.kind === 'paragraph').map((r) => (r.kind === 'paragraph' ? r.paragraph.key : '')),
    ).toEqual(['p2', 'p3']);
  });

  it('counts a move or a new number as a change even when the text is the same', () => {
    expect(isChanged(paragraph({ key: 'x', moved: true }))).toBe(true);
    expect(isChanged(paragraph({ key: 'x', renumbered: true }))).toBe(true);
    expect(isChanged(paragraph({ key: 'x' }))).toBe(false);
  });
});

describe('text changes', () => {
  it('splits changes into the older and the newer side', () => {
    const p2 = comparison.paragraphs[1];
    if (!p2) throw new Error('fixture');
    const { from, to } = sides(p2.changes);
    expect(from.map((c) => c.text).join('')).toBe('States cooperate.');
    expect(to.map((c) => c.text).join('')).toBe('States shall cooperate.');
  });

  it('marks a whole added or removed paragraph, and falls back to delete+insert without word changes', () => {
    expect(changesOf(paragraph({ key: 'n', kind: 'added', toText: 'New.' }))).toEqual([{ op: 'insert', text: 'New.' }]);
    expect(changesOf(paragraph({ key: 'r', kind: 'removed', fromText: 'Old.' }))).toEqual([
      { op: 'delete', text: 'Old.' },
    ]);
    expect(changesOf(paragraph({ key: 'm', kind: 'modified', fromText: 'A.', toText: 'B.' }))).toEqual([
      { op: 'delete', text: 'A.' },
      { op: 'insert', text: 'B.' },
    ]);
  });
});
