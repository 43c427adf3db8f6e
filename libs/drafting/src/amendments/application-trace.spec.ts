import type { Section } from '@concordia/contracts';
import { applicationHolds, changedReading, traceApplication, undoApplication } from './application-trace';

const doc = (...texts: string[]): Section[] => [
  { key: 's', heading: 'I', paragraphs: texts.map((text, i) => ({ key: `p${i + 1}`, number: String(i + 1), text })) },
];
const withText = (sections: Section[], key: string, text: string): Section[] =>
  sections.map((s) => ({ ...s, paragraphs: s.paragraphs.map((p) => (p.key === key ? { ...p, text } : p)) }));
const texts = (sections: Section[] | null) => sections?.flatMap((s) => s.paragraphs.map((p) => p.text)) ?? null;

const ORIGINAL = 'States will exchange data on migration flows once a year.';
const AMENDED = 'States will exchange data on migration flows twice a year.';

describe('traceApplication: what an application did, kept with the text', () => {
  it('says an edit, an addition and a deletion apart', () => {
    const before = doc(ORIGINAL, 'Other.');
    expect(traceApplication(before, withText(before, 'p1', AMENDED), 'p1')).toEqual({
      kind: 'edit',
      paragraphKey: 'p1',
      before: ORIGINAL,
      after: AMENDED,
    });
    const added: Section[] = [
      {
        ...before[0],
        paragraphs: [before[0].paragraphs[0], { key: 'n', number: '2', text: 'New.' }, before[0].paragraphs[1]],
      },
    ];
    expect(traceApplication(before, added, 'p1')).toEqual({
      kind: 'add',
      paragraphKey: 'n',
      sectionKey: 's',
      after: 'New.',
    });
    const deleted: Section[] = [{ ...before[0], paragraphs: [before[0].paragraphs[0]] }];
    expect(traceApplication(before, deleted, 'p2')).toEqual({
      kind: 'delete',
      paragraphKey: 'p2',
      sectionKey: 's',
      afterKey: 'p1',
      before: 'Other.',
    });
    expect(traceApplication(before, before, 'p1')).toBeNull();
  });
});

describe('changedReading: the words an edit wrote, with a word either side', () => {
  it('takes a replacement with its neighbours', () => {
    expect(changedReading(ORIGINAL, AMENDED)).toBe('flows twice a');
  });
  it('takes the two words a deletion brought together', () => {
    expect(changedReading(ORIGINAL, 'States will exchange data on migration flows.')).toBe('migration flows.');
  });
});

describe('applicationHolds: is the application still in the text?', () => {
  const edit = { kind: 'edit', paragraphKey: 'p1', before: ORIGINAL, after: AMENDED } as const;

  it('holds while the paragraph reads as the application left it, even after edits elsewhere in it', () => {
    expect(applicationHolds(edit, doc(AMENDED))).toBe(true);
    expect(applicationHolds(edit, doc(`All ${AMENDED.charAt(0).toLowerCase()}${AMENDED.slice(1)}`))).toBe(true);
    expect(applicationHolds(edit, doc(AMENDED.replace('data', 'information')))).toBe(true);
  });

  it('no longer holds once the words are put back, rewritten or the paragraph is gone', () => {
    expect(applicationHolds(edit, doc(ORIGINAL))).toBe(false);
    expect(applicationHolds(edit, doc(AMENDED.replace('twice', 'three times')))).toBe(false);
    expect(applicationHolds(edit, [{ key: 's', heading: 'I', paragraphs: [] }])).toBe(false);
  });

  it('holds for an added paragraph still there, a deleted one still gone', () => {
    const add = { kind: 'add', paragraphKey: 'p2', sectionKey: 's', after: 'New.' } as const;
    expect(applicationHolds(add, doc('A.', 'New.'))).toBe(true);
    expect(applicationHolds(add, doc('A.'))).toBe(false);
    expect(applicationHolds(add, doc('A.', 'Rewritten.'))).toBe(false);
    const del = { kind: 'delete', paragraphKey: 'p2', sectionKey: 's', afterKey: 'p1', before: 'Gone.' } as const;
    expect(applicationHolds(del, doc('A.'))).toBe(true);
    expect(applicationHolds(del, doc('A.', 'Gone.'))).toBe(false);
  });
});

describe('undoApplication: takes an application back only from text it left as is', () => {
  it('restores an edited paragraph', () => {
    const edit = { kind: 'edit', paragraphKey: 'p1', before: ORIGINAL, after: AMENDED } as const;
    expect(texts(undoApplication(edit, doc(AMENDED, 'Other.')))).toEqual([ORIGINAL, 'Other.']);
    expect(undoApplication(edit, doc(AMENDED.replace('data', 'information')))).toBeNull();
    expect(undoApplication(edit, doc('Other.'.replace('O', 'A')))).toBeNull();
  });

  it('removes an added paragraph and renumbers', () => {
    const add = { kind: 'add', paragraphKey: 'p2', sectionKey: 's', after: 'New.' } as const;
    const undone = undoApplication(add, doc('A.', 'New.', 'B.'));
    expect(undone?.[0].paragraphs.map((p) => [p.key, p.number, p.text])).toEqual([
      ['p1', '1', 'A.'],
      ['p3', '2', 'B.'],
    ]);
    expect(undoApplication(add, doc('A.', 'New, edited.'))).toBeNull();
  });

  it('brings a deleted paragraph back with its key where it was, or refuses when its place is gone', () => {
    const del = { kind: 'delete', paragraphKey: 'gone', sectionKey: 's', afterKey: 'p1', before: 'Gone.' } as const;
    const undone = undoApplication(del, doc('A.', 'B.'));
    expect(undone?.[0].paragraphs.map((p) => [p.key, p.number, p.text])).toEqual([
      ['p1', '1', 'A.'],
      ['gone', '2', 'Gone.'],
      ['p2', '3', 'B.'],
    ]);
    expect(undoApplication({ ...del, afterKey: 'missing' }, doc('A.'))).toBeNull();
    expect(undoApplication({ ...del, paragraphKey: 'p1' }, doc('A.'))).toBeNull();
    expect(texts(undoApplication({ ...del, afterKey: null }, doc('A.')))).toEqual(['Gone.', 'A.']);
  });
});
