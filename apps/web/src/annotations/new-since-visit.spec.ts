import type { Annotation, ParagraphStatusEntry, PositionChange } from '@concordia/contracts';
import { threadsByParagraph } from './annotation-rules';
import { regroupThreads } from './thread-grouping';
import {
  changedParagraphs,
  isNewSince,
  newSinceVisit,
  newsMemo,
  positionChangedSince,
  positionItemId,
  statusChangedSince,
  stepThrough,
  updatedSince,
  withdrawnSince,
  type NewItem,
} from './new-since-visit';

const V = 'f'.repeat(24);
const ME = 'a'.repeat(24);
const OTHER = 'b'.repeat(24);
const CHAIR = 'c'.repeat(24);
const MARK = '2025-05-05T09:00:00.000Z';
const BEFORE = '2025-05-04T10:00:00.000Z';
const AFTER = '2025-05-05T12:00:00.000Z';
const ONE_NEW = { new: 1, updated: 0, withdrawn: 0 };
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
    sponsors: [],
    editedAt: null,
    disposition: null,
    restored: null,
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
    const hidden = annotation({
      moderation: { hidden: true, reason: 'Abusive.', byUserId: CHAIR, byName: 'Chair', at: MARK },
    });
    expect(whatIsNew([withdrawn, hidden]).items).toEqual([]);
  });

  it('counts replies inside old threads, and internal notes of the own delegation, as the list has them', () => {
    const old = annotation({ createdAt: '2025-05-04T10:00:00.000Z', anchor: at('p2') });
    const reply = annotation({ parentId: old.id, anchor: at('p2') });
    const myReply = annotation({ parentId: old.id, anchor: at('p2'), authorId: ME });
    const internal = annotation({ visibility: 'delegation', anchor: at('p3') });
    const result = whatIsNew([old, reply, myReply, internal]);
    const isNew = { kind: 'new' } as const;
    expect(result.items).toEqual([
      { type: 'annotation', id: reply.id, threadId: old.id, paragraphKey: 'p2', change: isNew },
      { type: 'annotation', id: internal.id, threadId: internal.id, paragraphKey: 'p3', change: isNew },
    ]);
    expect(Object.fromEntries(result.perParagraph)).toEqual({ p2: ONE_NEW, p3: ONE_NEW });
    expect(Object.fromEntries(result.perThread)).toEqual({ [old.id]: ONE_NEW, [internal.id]: ONE_NEW });
    expect(result.annotations.has(old.id)).toBe(false);
    expect(result.total).toEqual({ new: 2, updated: 0, withdrawn: 0, positions: 0 });
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
    expect(Object.fromEntries(result.perParagraph)).toEqual({ p1: { new: 2, updated: 0, withdrawn: 0 }, p3: ONE_NEW });
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
  const items = ['x', 'y', 'z'].map((id): NewItem => ({
    type: 'annotation',
    id,
    threadId: id,
    paragraphKey: 'p1',
    change: { kind: 'new' },
  }));

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

describe('what was updated since the last visit', () => {
  const old = (extra: Partial<Annotation> = {}) => annotation({ createdAt: BEFORE, ...extra });
  const disposition = (by: string, when: string) => ({
    value: 'accepted' as const,
    reason: 'Agreed in the informals.',
    byUserId: by,
    byName: 'Secretariat',
    at: when,
  });
  const sponsor = (by: string, when: string) => ({
    delegationId: 'd'.repeat(24),
    delegationName: 'Chile',
    byUserId: by,
    at: when,
  });
  const hiding = (by: string, when: string) => ({
    hidden: true as const,
    reason: null,
    byUserId: by,
    byName: 'Chair',
    at: when,
  });

  it('is an earlier annotation edited, given a disposition, co-sponsored, hidden or shown again by someone else since', () => {
    expect(updatedSince(old({ editedAt: AFTER }), MARK, ME)).toBe('edited');
    expect(updatedSince(old({ disposition: disposition(CHAIR, AFTER) }), MARK, ME)).toBe('disposition');
    expect(updatedSince(old({ sponsors: [sponsor(CHAIR, AFTER)] }), MARK, ME)).toBe('sponsored');
    expect(updatedSince(old({ moderation: hiding(CHAIR, AFTER) }), MARK, ME)).toBe('hidden');
    expect(updatedSince(old({ restored: { byUserId: CHAIR, at: AFTER } }), MARK, ME)).toBe('restored');
    // The reader's own amendment, given a disposition: news to them.
    expect(updatedSince(old({ authorId: ME, disposition: disposition(CHAIR, AFTER) }), MARK, ME)).toBe('disposition');
  });

  it('leaves out what the reader did themselves, what happened before the mark, and the untouched', () => {
    expect(updatedSince(old({ authorId: ME, editedAt: AFTER }), MARK, ME)).toBeUndefined();
    expect(updatedSince(old({ disposition: disposition(ME, AFTER) }), MARK, ME)).toBeUndefined();
    expect(updatedSince(old({ sponsors: [sponsor(ME, AFTER)] }), MARK, ME)).toBeUndefined();
    expect(updatedSince(old({ moderation: hiding(ME, AFTER) }), MARK, ME)).toBeUndefined();
    expect(updatedSince(old({ editedAt: BEFORE, disposition: disposition(CHAIR, MARK) }), MARK, ME)).toBeUndefined();
    expect(updatedSince(old(), MARK, ME)).toBeUndefined();
    expect(updatedSince(old({ editedAt: AFTER }), null, ME)).toBeUndefined();
    expect(updatedSince(old({ editedAt: AFTER, status: 'withdrawn' }), MARK, ME)).toBeUndefined();
  });

  it('names the latest change, and of a hidden annotation only its hiding', () => {
    const both = old({ editedAt: '2025-05-05T10:00:00.000Z', disposition: disposition(CHAIR, AFTER) });
    expect(updatedSince(both, MARK, ME)).toBe('disposition');
    const hiddenLongAgo = old({ moderation: hiding(CHAIR, BEFORE), disposition: disposition(CHAIR, AFTER) });
    expect(updatedSince(hiddenLongAgo, MARK, ME)).toBeUndefined();
  });

  it('calls what others posted since new, however it changed after', () => {
    const posted = annotation({ createdAt: '2025-05-05T10:00:00.000Z', disposition: disposition(CHAIR, AFTER) });
    const result = whatIsNew([posted]);
    expect(result.items.map((i) => i.type === 'annotation' && i.change.kind)).toEqual(['new']);
    expect(result.total).toEqual({ new: 1, updated: 0, withdrawn: 0, positions: 0 });
  });

  it('counts new and updated apart, per thread and paragraph, and marks each annotation with what changed', () => {
    const amendment = old({ kind: 'amendment', disposition: disposition(CHAIR, AFTER) });
    const reply = annotation({ parentId: amendment.id });
    const edited = old({ anchor: at('p2'), editedAt: AFTER });
    const result = whatIsNew([amendment, reply, edited]);
    expect(Object.fromEntries(result.perThread)).toEqual({
      [amendment.id]: { new: 1, updated: 1, withdrawn: 0 },
      [edited.id]: { new: 0, updated: 1, withdrawn: 0 },
    });
    expect(Object.fromEntries(result.perParagraph)).toEqual({
      p1: { new: 1, updated: 1, withdrawn: 0 },
      p2: { new: 0, updated: 1, withdrawn: 0 },
    });
    expect(result.annotations.get(amendment.id)).toEqual({ kind: 'updated', reason: 'disposition' });
    expect(result.annotations.get(reply.id)).toEqual({ kind: 'new' });
    expect(result.total).toEqual({ new: 1, updated: 2, withdrawn: 0, positions: 0 });
  });

  it('counts an update arriving live during the visit as updated', () => {
    const amendment = old({ kind: 'amendment' });
    expect(whatIsNew([amendment]).items).toEqual([]);
    const disposed = { ...amendment, disposition: disposition(CHAIR, '2025-05-05T12:30:00.000Z') };
    expect(whatIsNew([disposed]).total).toEqual({ new: 0, updated: 1, withdrawn: 0, positions: 0 });
  });
});

describe('paragraph statuses changed since the last visit', () => {
  const entry = (key: string, updatedAt: string | null, updatedBy: string | null = CHAIR): ParagraphStatusEntry => ({
    key,
    status: 'bracketed',
    updatedAt,
    updatedBy,
  });

  it('counts a status someone else changed after the mark, not the reader’s own nor an earlier one', () => {
    expect(statusChangedSince(entry('p1', AFTER), MARK, ME)).toBe(true);
    expect(statusChangedSince(entry('p1', AFTER, ME), MARK, ME)).toBe(false);
    expect(statusChangedSince(entry('p1', BEFORE), MARK, ME)).toBe(false);
    expect(statusChangedSince(entry('p1', null, null), MARK, ME)).toBe(false);
    expect(statusChangedSince(entry('p1', AFTER), null, ME)).toBe(false);
  });

  it('steps to a changed status before the paragraph’s threads, and counts it as updated', () => {
    const inP2 = annotation({ anchor: at('p2') });
    const statuses = [entry('p2', AFTER), entry('p3', BEFORE), entry('elsewhere', AFTER)];
    const result = newSinceVisit(threadsByParagraph([inP2], V), ['p1', 'p2', 'p3'], MARK, ME, { statuses });
    expect(result.items.map((i) => [i.type, i.paragraphKey])).toEqual([
      ['status', 'p2'],
      ['annotation', 'p2'],
    ]);
    expect([...result.statusChanged]).toEqual(['p2']);
    expect(result.total).toEqual({ new: 1, updated: 1, withdrawn: 0, positions: 0 });
  });

  it('narrows the text to the paragraphs with something new or updated, orphans aside', () => {
    const orphan = annotation({ anchor: at('gone', 'orphaned') });
    const edited = annotation({ createdAt: BEFORE, anchor: at('p3'), editedAt: AFTER });
    const result = newSinceVisit(threadsByParagraph([orphan, edited], V), ['p1', 'p2', 'p3'], MARK, ME, {
      statuses: [entry('p1', AFTER)],
    });
    expect([...changedParagraphs(result)].sort()).toEqual(['p1', 'p3']);
  });
});

describe('annotations withdrawn since the last visit', () => {
  const withdrawn = (extra: Partial<Annotation> = {}) =>
    annotation({ createdAt: BEFORE, status: 'withdrawn', withdrawnAt: AFTER, ...extra });

  it('counts what another author withdrew after the mark, not the reader’s own, an earlier one or one without a time', () => {
    expect(withdrawnSince(withdrawn(), MARK, ME)).toBe(true);
    expect(withdrawnSince(withdrawn({ authorId: ME }), MARK, ME)).toBe(false);
    expect(withdrawnSince(withdrawn({ withdrawnAt: BEFORE }), MARK, ME)).toBe(false);
    // Withdrawn before withdrawals kept their time: unknown, so not news.
    expect(withdrawnSince(withdrawn({ withdrawnAt: null }), MARK, ME)).toBe(false);
    expect(withdrawnSince(withdrawn({ withdrawnAt: undefined }), MARK, ME)).toBe(false);
    expect(withdrawnSince(annotation({ createdAt: BEFORE, withdrawnAt: AFTER }), MARK, ME)).toBe(false);
    expect(withdrawnSince(withdrawn(), null, ME)).toBe(false);
  });

  it('counts them apart from new and updated, per thread and paragraph, posted since or before', () => {
    const root = annotation({ createdAt: BEFORE, anchor: at('p2') });
    const takenBack = withdrawn({ parentId: root.id, anchor: at('p2') });
    // Posted and withdrawn while the reader was away: there to read, withdrawn.
    const postedAndTakenBack = withdrawn({ createdAt: '2025-05-05T10:00:00.000Z', anchor: at('p3') });
    const result = whatIsNew([root, takenBack, postedAndTakenBack]);
    expect(result.items.map((i) => [i.id, i.type === 'annotation' && i.change.kind])).toEqual([
      [takenBack.id, 'withdrawn'],
      [postedAndTakenBack.id, 'withdrawn'],
    ]);
    expect(result.perThread.get(root.id)).toEqual({ new: 0, updated: 0, withdrawn: 1 });
    expect(result.perParagraph.get('p3')).toEqual({ new: 0, updated: 0, withdrawn: 1 });
    expect(result.total).toEqual({ new: 0, updated: 0, withdrawn: 2, positions: 0 });
  });
});

describe('positions recorded since the last visit', () => {
  const OWN = '1'.repeat(24);
  const BRA = '2'.repeat(24);
  const ARG = '3'.repeat(24);
  const change = (paragraphKey: string, delegationId: string, code: string, recordedAt = AFTER): PositionChange => ({
    paragraphKey,
    delegationId,
    delegationCode: code,
    delegationName: code,
    value: 'objection',
    seq: 1,
    recordedAt,
  });

  it('counts another delegation’s position recorded after the mark, not the reader’s delegation’s nor an earlier one', () => {
    expect(positionChangedSince(change('p1', BRA, 'BRA'), MARK, OWN)).toBe(true);
    expect(positionChangedSince(change('p1', BRA, 'BRA'), MARK, null)).toBe(true);
    expect(positionChangedSince(change('p1', OWN, 'OWN'), MARK, OWN)).toBe(false);
    expect(positionChangedSince(change('p1', BRA, 'BRA', BEFORE), MARK, OWN)).toBe(false);
    expect(positionChangedSince(change('p1', BRA, 'BRA', MARK), MARK, OWN)).toBe(false);
    expect(positionChangedSince(change('p1', BRA, 'BRA'), null, OWN)).toBe(false);
  });

  it('walks each changed position after the paragraph’s status and before its threads, delegations by code', () => {
    const inP2 = annotation({ anchor: at('p2') });
    const statuses: ParagraphStatusEntry[] = [{ key: 'p2', status: 'bracketed', updatedAt: AFTER, updatedBy: CHAIR }];
    const positions = [
      change('p2', BRA, 'BRA'),
      change('p2', ARG, 'ARG'),
      change('p3', OWN, 'OWN'),
      change('p1', BRA, 'BRA', BEFORE),
      change('elsewhere', ARG, 'ARG'),
    ];
    const result = newSinceVisit(threadsByParagraph([inP2], V), ['p1', 'p2', 'p3'], MARK, ME, {
      statuses,
      positions,
      ownDelegationId: OWN,
    });
    expect(result.items.map((i) => [i.type, i.id])).toEqual([
      ['status', 'status-changed-p2'],
      ['position', positionItemId('p2', ARG)],
      ['position', positionItemId('p2', BRA)],
      ['annotation', inP2.id],
    ]);
    expect(result.positions.get('p2')?.map((c) => c.delegationCode)).toEqual(['ARG', 'BRA']);
    expect([...result.positions.keys()]).toEqual(['p2']);
    expect(result.total).toEqual({ new: 1, updated: 1, withdrawn: 0, positions: 2 });
    expect([...changedParagraphs(result)]).toEqual(['p2']);
  });

  it('narrows the text to a paragraph where only positions changed, and counts nothing without a mark', () => {
    const result = newSinceVisit(threadsByParagraph([], V), ['p1', 'p2'], MARK, ME, {
      positions: [change('p1', BRA, 'BRA')],
    });
    expect([...changedParagraphs(result)]).toEqual(['p1']);
    expect(result.total.positions).toBe(1);
    const first = newSinceVisit(threadsByParagraph([], V), ['p1'], null, ME, { positions: [change('p1', BRA, 'BRA')] });
    expect(first.items).toEqual([]);
  });
});

// The reading page calls it at each live event, with a memo: a paragraph the event did not touch
// keeps its marks' very objects, and what comes out is what a fresh count gives.
describe('what is new, counted again after a live event', () => {
  const keys = ['p1', 'p2', 'p3'];
  const listOf = (...items: Annotation[]) => new Map(items.map((a) => [a.id, a] as const));

  it('keeps the counts of the paragraphs the event did not touch, and counts as afresh', () => {
    const inP1 = annotation({ anchor: at('p1') });
    const inP2 = annotation({ anchor: at('p2') });
    const before = listOf(inP1, annotation({ parentId: inP1.id }), inP2);
    const memo = newsMemo();
    const first = regroupThreads(null, before, V);
    const was = newSinceVisit(first, keys, MARK, ME, {}, memo);
    const after = new Map([...before, ...listOf(annotation({ parentId: inP2.id }))]);
    const next = regroupThreads(first, after, V);
    const now = newSinceVisit(next, keys, MARK, ME, {}, memo);

    expect(now.perParagraph.get('p1')).toBe(was.perParagraph.get('p1'));
    expect(now.perThread.get(inP1.id)).toBe(was.perThread.get(inP1.id));
    expect(now.perParagraph.get('p2')).toEqual({ new: 2, updated: 0, withdrawn: 0 });
    expect(now).toEqual(newSinceVisit(threadsByParagraph(after.values(), V), keys, MARK, ME));
  });

  it('gives back the same news when the event holds nothing new for the reader', () => {
    const inP1 = annotation({ anchor: at('p1') });
    const before = listOf(inP1);
    const memo = newsMemo();
    const first = regroupThreads(null, before, V);
    const was = newSinceVisit(first, keys, MARK, ME, {}, memo);
    const mine = annotation({ parentId: inP1.id, authorId: ME });
    const now = newSinceVisit(
      regroupThreads(first, new Map([...before, [mine.id, mine]]), V),
      keys,
      MARK,
      ME,
      {},
      memo,
    );
    expect(now).toBe(was);
    // Another mark (the next visit) starts over.
    expect(newSinceVisit(first, keys, BEFORE, ME, {}, memo)).not.toBe(was);
  });
});
