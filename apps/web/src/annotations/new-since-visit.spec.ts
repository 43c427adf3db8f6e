import type { Annotation, Section } from '@concordia/contracts';
import { threadsByParagraph } from './annotation-rules';
import { isNewSince, newSinceVisit, onlyParagraphs, stepThrough } from './new-since-visit';

const V = 'f'.repeat(24);
const ME = 'a'.repeat(24);
const OTHER = 'b'.repeat(24);
const MARK = '2025-05-05T09:00:00.000Z';
let serial = 0;
const annotation = (extra: Partial<Annotation> = {}): Annotation =>
  ({
    id: (++serial).toString(16).padStart(24, '0'),
    parentId: null,
    kind: 'comment',
    visibility: 'round',
    body: 'words',
    anchor: { status: 'anchored', method: 'original', versionId: V, paragraphKey: 'p1', selectors: null },
    authorId: OTHER,
    status: 'open',
    moderation: null,
    createdAt: '2025-05-05T10:00:00.000Z',
    ...extra,
  }) as Annotation;
const at = (paragraphKey: string, status: 'anchored' | 'orphaned' = 'anchored') => ({
  status,
  method: 'original' as const,
  versionId: V,
  paragraphKey,
  selectors: null,
});
const whatIsNew = (list: Annotation[], previousMark: string | null = MARK, keys = ['p1', 'p2', 'p3']) =>
  newSinceVisit(threadsByParagraph(list, V), keys, previousMark, ME);

describe('what is new since the last visit', () => {
  it('is what others posted after the previous mark, not the reader’s own nor what came before', () => {
    const before = annotation({ createdAt: '2025-05-05T08:59:59.999Z' });
    const atTheMark = annotation({ createdAt: MARK });
    const mine = annotation({ authorId: ME });
    const theirs = annotation();
    expect(isNewSince(before, MARK, ME)).toBe(false);
    expect(isNewSince(atTheMark, MARK, ME)).toBe(false);
    expect(isNewSince(mine, MARK, ME)).toBe(false);
    expect(isNewSince(theirs, MARK, ME)).toBe(true);
    // A mark written with an offset is the same moment.
    expect(isNewSince(theirs, '2025-05-05T11:30:00+02:00', ME)).toBe(true);
    expect(whatIsNew([before, atTheMark, mine, theirs]).items.map((i) => i.id)).toEqual([theirs.id]);
  });

  it('shows nothing new without a mark', () => {
    const result = whatIsNew([annotation(), annotation({ anchor: at('p2') })], null);
    expect(result.items).toEqual([]);
    expect(result.perParagraph.size).toBe(0);
  });

  it('on a first visit, counts from its own mark: only what arrives while the reader is there', () => {
    const opened = '2025-05-05T10:00:00.000Z';
    const there = annotation({ createdAt: '2025-05-04T10:00:00.000Z' });
    const arriving = annotation({ createdAt: '2025-05-05T10:00:00.001Z' });
    expect(whatIsNew([there], opened).items).toEqual([]);
    expect(whatIsNew([there, arriving], opened).items.map((i) => i.id)).toEqual([arriving.id]);
  });

  it('leaves out what is withdrawn or hidden by the chair: nothing to read there', () => {
    const withdrawn = annotation({ status: 'withdrawn' });
    const hidden = annotation({ moderation: { hidden: true, reason: 'Abusive.', byName: 'Chair', at: MARK } });
    expect(whatIsNew([withdrawn, hidden]).items).toEqual([]);
  });

  it('counts replies inside old threads, and internal notes of the own delegation, as the list has them', () => {
    const old = annotation({ createdAt: '2025-05-04T10:00:00.000Z', anchor: at('p2') });
    const reply = annotation({ parentId: old.id, anchor: at('p2') });
    const myReply = annotation({ parentId: old.id, anchor: at('p2'), authorId: ME });
    const internal = annotation({ visibility: 'delegation', anchor: at('p3') });
    const result = whatIsNew([old, reply, myReply, internal]);
    expect(result.items).toEqual([
      { id: reply.id, threadId: old.id, paragraphKey: 'p2' },
      { id: internal.id, threadId: internal.id, paragraphKey: 'p3' },
    ]);
    expect(Object.fromEntries(result.perParagraph)).toEqual({ p2: 1, p3: 1 });
    expect(Object.fromEntries(result.perThread)).toEqual({ [old.id]: 1, [internal.id]: 1 });
    expect(result.ids.has(old.id)).toBe(false);
  });

  it('lists the items in reading order: paragraphs as the document runs, first annotation before replies, orphans last', () => {
    const orphan = annotation({ createdAt: '2025-05-05T09:00:01.000Z', anchor: at('gone', 'orphaned') });
    const inP3 = annotation({ createdAt: '2025-05-05T09:00:02.000Z', anchor: at('p3') });
    const rootP1 = annotation({ createdAt: '2025-05-05T09:00:05.000Z', anchor: at('p1') });
    const replyP1 = annotation({ createdAt: '2025-05-05T09:00:03.000Z', parentId: rootP1.id, anchor: at('p1') });
    const otherVersion = annotation({ anchor: { ...at('p1'), versionId: 'e'.repeat(24) } });
    const result = whatIsNew([orphan, inP3, replyP1, rootP1, otherVersion], MARK, ['p1', 'p2', 'p3']);
    expect(result.items.map((i) => [i.id, i.paragraphKey])).toEqual([
      [rootP1.id, 'p1'],
      [replyP1.id, 'p1'],
      [inP3.id, 'p3'],
      [orphan.id, null],
    ]);
    expect(Object.fromEntries(result.perParagraph)).toEqual({ p1: 2, p3: 1 });
  });

  it('counts an item arriving live during the visit: the previous mark stays for the whole visit', () => {
    const first = annotation();
    const before = whatIsNew([first]);
    const live = annotation({ createdAt: '2025-05-05T10:05:00.000Z', anchor: at('p2') });
    const after = whatIsNew([first, live]);
    expect(before.items).toHaveLength(1);
    expect(after.items.map((i) => i.id)).toEqual([first.id, live.id]);
  });
});

describe('going through the new items', () => {
  const items = ['x', 'y', 'z'].map((id) => ({ id, threadId: id, paragraphKey: 'p1' }));

  it('goes forward and back, round at either end', () => {
    expect(stepThrough(items, null, 1)?.id).toBe('x');
    expect(stepThrough(items, null, -1)?.id).toBe('z');
    expect(stepThrough(items, 'x', 1)?.id).toBe('y');
    expect(stepThrough(items, 'z', 1)?.id).toBe('x');
    expect(stepThrough(items, 'x', -1)?.id).toBe('z');
    expect(stepThrough(items, 'y', -1)?.id).toBe('x');
  });

  it('starts again from an end when the item it was on is no longer new, and has nowhere to go without items', () => {
    expect(stepThrough(items, 'gone', 1)?.id).toBe('x');
    expect(stepThrough(items, 'gone', -1)?.id).toBe('z');
    expect(stepThrough([], null, 1)).toBeUndefined();
  });
});

describe('only the paragraphs with something new', () => {
  const paragraph = (key: string) => ({ key, number: key.slice(1), text: `Text of ${key}.` });
  const sections: Section[] = [
    { key: 's1', heading: 'One', paragraphs: [paragraph('p1'), paragraph('p2')] },
    { key: 's2', heading: 'Two', paragraphs: [paragraph('p3')] },
  ];

  it('keeps those paragraphs, numbered as in the document, and drops sections left empty', () => {
    expect(onlyParagraphs(sections, new Set(['p2']))).toEqual([
      { key: 's1', heading: 'One', paragraphs: [paragraph('p2')] },
    ]);
    expect(onlyParagraphs(sections, new Set())).toEqual([]);
  });
});
