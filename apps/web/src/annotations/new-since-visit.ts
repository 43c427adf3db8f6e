import type { Annotation, ParagraphStatusEntry, PositionChange } from '@concordia/contracts';
import type { Thread } from './annotation-rules';
import { sameList } from '../common/same-list';

/** What happened to an annotation since the reader's last visit, as its mark words it. */
export type UpdateReason = 'edited' | 'disposition' | 'sponsored' | 'hidden' | 'restored';

/** One thing new or updated for the reader, in the order the page's previous/next walk it. */
export type NewItem =
  | {
      type: 'annotation';
      id: string;
      threadId: string;
      /** null: in the Orphaned tab. */
      paragraphKey: string | null;
      change: { kind: 'new' } | { kind: 'updated'; reason: UpdateReason } | { kind: 'withdrawn' };
    }
  | { type: 'status'; id: string; paragraphKey: string }
  /** Another delegation's position on the paragraph, recorded (or changed) since. */
  | { type: 'position'; id: string; paragraphKey: string; delegationId: string };

/** New, updated and withdrawn annotations held by one thread, or by the threads of one paragraph. */
export interface ChangeCounts {
  new: number;
  updated: number;
  withdrawn: number;
}

/** Everything the masthead counts: annotations, statuses (as updated) and positions. */
export interface TotalCounts extends ChangeCounts {
  positions: number;
}

export interface NewSinceVisit {
  /** In reading order: paragraph by paragraph (its status, then each thread's first annotation before its replies), orphans last. */
  items: readonly NewItem[];
  /** Annotation id -> what changed, for its mark. */
  annotations: ReadonlyMap<string, Extract<NewItem, { type: 'annotation' }>['change']>;
  /** Paragraphs whose status someone else changed. */
  statusChanged: ReadonlySet<string>;
  /** paragraphKey -> the positions other delegations recorded on it since, by delegation code. */
  positions: ReadonlyMap<string, readonly PositionChange[]>;
  /** paragraphKey -> what its threads hold. */
  perParagraph: ReadonlyMap<string, ChangeCounts>;
  /** Thread root id -> what its annotations hold. */
  perThread: ReadonlyMap<string, ChangeCounts>;
  total: TotalCounts;
}

export const NOTHING_NEW: NewSinceVisit = {
  items: [],
  annotations: new Map(),
  statusChanged: new Set(),
  positions: new Map(),
  perParagraph: new Map(),
  perThread: new Map(),
  total: { new: 0, updated: 0, withdrawn: 0, positions: 0 },
};

const after = (at: string, since: string): boolean => Date.parse(at) > Date.parse(since);

/** The element a jump to a paragraph's changed status focuses. */
export const statusItemId = (paragraphKey: string): string => `status-changed-${paragraphKey}`;

/** The element a jump to a paragraph's changed positions focuses: its mark beside the paragraph. */
export const positionsMarkId = (paragraphKey: string): string => `positions-changed-${paragraphKey}`;

/** One position item of the walk: a paragraph and a delegation. */
export const positionItemId = (paragraphKey: string, delegationId: string): string =>
  `position-${delegationId}-${paragraphKey}`;

/**
 * New to the reader: posted by someone else after `since` (their previous visit began, or on a
 * first visit this one: the whole round is not flagged), and still there to read (not withdrawn,
 * not hidden). Both times are the server's. Without a mark nothing is new.
 */
export const isNewSince = (annotation: Annotation, since: string | null, readerId: string): boolean =>
  since !== null &&
  annotation.authorId !== readerId &&
  annotation.status === 'open' &&
  !annotation.moderation &&
  after(annotation.createdAt, since);

/**
 * Why an annotation that is not new counts as updated: the latest change someone other than the
 * reader made after `since` (edited by its author, given a disposition, co-sponsored, hidden or
 * shown again by the chair), or undefined. A hidden annotation's other changes are not the
 * reader's to see: only its hiding counts.
 */
export const updatedSince = (
  annotation: Annotation,
  since: string | null,
  readerId: string,
): UpdateReason | undefined => {
  if (since === null || annotation.status !== 'open' || isNewSince(annotation, since, readerId)) return undefined;
  const changes: { reason: UpdateReason; at: string | null | undefined; by: string | undefined }[] =
    annotation.moderation
      ? [{ reason: 'hidden', at: annotation.moderation.at, by: annotation.moderation.byUserId }]
      : [
          { reason: 'edited', at: annotation.editedAt, by: annotation.authorId },
          { reason: 'disposition', at: annotation.disposition?.at, by: annotation.disposition?.byUserId },
          ...annotation.sponsors.map((s) => ({ reason: 'sponsored' as const, at: s.at, by: s.byUserId })),
          { reason: 'restored', at: annotation.restored?.at, by: annotation.restored?.byUserId },
        ];
  let latest: { reason: UpdateReason; at: string } | undefined;
  for (const { reason, at, by } of changes) {
    if (!at || by === readerId || !after(at, since)) continue;
    if (!latest || after(at, latest.at)) latest = { reason, at };
  }
  return latest?.reason;
};

/**
 * Withdrawn by its author, someone other than the reader, after `since`: news to whoever read it
 * before. Annotations withdrawn before their time was kept have none, and are not counted; a
 * hidden one is the chair's to tell (its hiding counts as updated instead, while it was open).
 */
export const withdrawnSince = (annotation: Annotation, since: string | null, readerId: string): boolean =>
  since !== null &&
  annotation.status === 'withdrawn' &&
  annotation.authorId !== readerId &&
  !annotation.moderation &&
  !!annotation.withdrawnAt &&
  after(annotation.withdrawnAt, since);

/**
 * Another delegation's position recorded after `since`: the reader's own delegation's (their head's
 * act, or their own) is not news to them. The server leaves those out too; live ones pass here.
 */
export const positionChangedSince = (
  change: PositionChange,
  since: string | null,
  ownDelegationId: string | null,
): boolean => since !== null && change.delegationId !== ownDelegationId && after(change.recordedAt, since);

/** A paragraph's status changed after `since` by someone other than the reader (the chair, usually). */
export const statusChangedSince = (entry: ParagraphStatusEntry, since: string | null, readerId: string): boolean =>
  since !== null && entry.updatedAt !== null && entry.updatedBy !== readerId && after(entry.updatedAt, since);

const bump = (counts: Map<string, ChangeCounts>, key: string, kind: keyof ChangeCounts) => {
  const current = counts.get(key) ?? { new: 0, updated: 0, withdrawn: 0 };
  counts.set(key, { ...current, [kind]: current[kind] + 1 });
};

/** Beyond the threads: what else the page has that may have changed since. */
export interface OtherChanges {
  statuses?: readonly ParagraphStatusEntry[];
  /** Positions recorded since (the server's list and live ones), only those the reader may read. */
  positions?: readonly PositionChange[];
  /** The reader's delegation in the process, whose positions are not news to them. */
  ownDelegationId?: string | null;
}

type AnnotationItem = Extract<NewItem, { type: 'annotation' }>;

/** A thread's items, for the paragraph it was listed in (null: orphaned). */
interface ThreadItems {
  paragraphKey: string | null;
  items: readonly AnnotationItem[];
}

/**
 * What `newSinceVisit` keeps from one call to the next on the reading page, for one reader and
 * one mark. The live list keeps the objects of the threads it did not touch (regroupThreads),
 * so a thread's items are worked out once per thread object; and the counts and position lists
 * that come out the same keep the previous objects, so a paragraph's marks are not drawn again.
 */
export interface NewsMemo {
  since: string | null;
  readerId: string;
  threads: WeakMap<Thread, ThreadItems>;
  last: NewSinceVisit | null;
}

export const newsMemo = (): NewsMemo => ({ since: null, readerId: '', threads: new WeakMap(), last: null });

const threadItems = (thread: Thread, paragraphKey: string | null, since: string, readerId: string): ThreadItems => {
  const items: AnnotationItem[] = [];
  for (const annotation of [thread.root, ...thread.replies]) {
    const reason = updatedSince(annotation, since, readerId);
    const change = isNewSince(annotation, since, readerId)
      ? ({ kind: 'new' } as const)
      : reason
        ? ({ kind: 'updated', reason } as const)
        : withdrawnSince(annotation, since, readerId)
          ? ({ kind: 'withdrawn' } as const)
          : undefined;
    if (change) items.push({ type: 'annotation', id: annotation.id, threadId: thread.root.id, paragraphKey, change });
  }
  return { paragraphKey, items };
};

const sameCounts = (a: ChangeCounts, b: ChangeCounts): boolean =>
  a.new === b.new && a.updated === b.updated && a.withdrawn === b.withdrawn;

/** `next` with each value equal to the one `last` had under its key replaced by that very object. */
const keepEqual = <V>(
  last: ReadonlyMap<string, V>,
  next: Map<string, V>,
  same: (a: V, b: V) => boolean,
): ReadonlyMap<string, V> => {
  for (const [key, value] of next) {
    const previous = last.get(key);
    if (previous !== undefined && previous !== value && same(previous, value)) next.set(key, previous);
  }
  return next;
};

/** The same item for the reader: a status's or a position's id says all it holds. */
const sameItem = (a: NewItem, b: NewItem): boolean => {
  if (a === b) return true;
  if (a.type !== b.type || a.id !== b.id || a.paragraphKey !== b.paragraphKey) return false;
  if (a.type !== 'annotation' || b.type !== 'annotation') return true;
  const reason = (item: AnnotationItem) => (item.change.kind === 'updated' ? item.change.reason : null);
  return a.threadId === b.threadId && a.change.kind === b.change.kind && reason(a) === reason(b);
};

/**
 * What is new, updated or withdrawn in the threads the page shows (the list it already has: what
 * this reader may see), in the statuses of the version's paragraphs, and in the positions other
 * delegations recorded on them. With a memo (the reading page's), threads already read are not
 * read again and what did not change keeps its objects (NewsMemo).
 */
export const newSinceVisit = (
  threads: { byParagraph: ReadonlyMap<string, readonly Thread[]>; orphaned: readonly Thread[] },
  paragraphKeys: readonly string[],
  since: string | null,
  readerId: string,
  { statuses = [], positions: recorded = [], ownDelegationId = null }: OtherChanges = {},
  memo?: NewsMemo,
): NewSinceVisit => {
  if (since === null) return NOTHING_NEW;
  if (memo && (memo.since !== since || memo.readerId !== readerId)) {
    Object.assign(memo, { since, readerId, threads: new WeakMap(), last: null });
  }
  const items: NewItem[] = [];
  const annotations = new Map<string, AnnotationItem['change']>();
  const perParagraph = new Map<string, ChangeCounts>();
  const perThread = new Map<string, ChangeCounts>();
  const inText = new Set(paragraphKeys);
  const statusChanged = new Set(
    statuses
      .filter((entry) => inText.has(entry.key) && statusChangedSince(entry, since, readerId))
      .map((entry) => entry.key),
  );
  const positions = new Map<string, PositionChange[]>();
  for (const change of recorded) {
    if (!inText.has(change.paragraphKey) || !positionChangedSince(change, since, ownDelegationId)) continue;
    positions.set(change.paragraphKey, [...(positions.get(change.paragraphKey) ?? []), change]);
  }
  for (const changes of positions.values()) changes.sort((a, b) => a.delegationCode.localeCompare(b.delegationCode));
  const collect = (thread: Thread, paragraphKey: string | null) => {
    let known = memo?.threads.get(thread);
    if (known?.paragraphKey !== paragraphKey) {
      known = threadItems(thread, paragraphKey, since, readerId);
      memo?.threads.set(thread, known);
    }
    for (const item of known.items) {
      items.push(item);
      annotations.set(item.id, item.change);
      bump(perThread, thread.root.id, item.change.kind);
      if (paragraphKey !== null) bump(perParagraph, paragraphKey, item.change.kind);
    }
  };
  for (const key of paragraphKeys) {
    if (statusChanged.has(key)) items.push({ type: 'status', id: statusItemId(key), paragraphKey: key });
    for (const { delegationId } of positions.get(key) ?? []) {
      items.push({ type: 'position', id: positionItemId(key, delegationId), paragraphKey: key, delegationId });
    }
    for (const thread of threads.byParagraph.get(key) ?? []) collect(thread, key);
  }
  for (const thread of threads.orphaned) collect(thread, null);
  const changes = [...annotations.values()];
  const total = {
    new: changes.filter((c) => c.kind === 'new').length,
    updated: changes.filter((c) => c.kind === 'updated').length + statusChanged.size,
    withdrawn: changes.filter((c) => c.kind === 'withdrawn').length,
    positions: items.filter((item) => item.type === 'position').length,
  };
  const news = { items, annotations, statusChanged, positions, perParagraph, perThread, total };
  if (!memo) return news;
  const last = memo.last;
  if (last === null) {
    memo.last = news;
    return news;
  }
  const shared: NewSinceVisit = {
    ...news,
    positions: keepEqual(last.positions, positions, (a, b) => sameList(a, b)),
    perParagraph: keepEqual(last.perParagraph, perParagraph, sameCounts),
    perThread: keepEqual(last.perThread, perThread, sameCounts),
  };
  // Nothing the reader is shown changed (their own comment arrived, say): the same news, whose
  // readers (every mark in the open threads) then have nothing to draw again.
  const unchanged =
    sameList(last.items, items, sameItem) &&
    sameList([...last.statusChanged], [...statusChanged]) &&
    sameList([...last.positions.values()], [...shared.positions.values()]);
  memo.last = unchanged ? last : shared;
  return memo.last;
};

/** The paragraphs holding something new or updated: what "only new or updated" keeps. */
export const changedParagraphs = (news: NewSinceVisit): ReadonlySet<string> =>
  new Set(news.items.flatMap((item) => (item.paragraphKey === null ? [] : [item.paragraphKey])));

/**
 * The next (or previous) item from the one the reader is on, going round at either end. From
 * none (or one no longer new, withdrawn meanwhile) "next" starts at the first, "previous" at the last.
 */
export const stepThrough = (
  items: readonly NewItem[],
  currentId: string | null,
  direction: 1 | -1,
): NewItem | undefined => {
  if (items.length === 0) return undefined;
  const at = currentId === null ? -1 : items.findIndex((item) => item.id === currentId);
  if (at < 0) return direction === 1 ? items[0] : items[items.length - 1];
  return items[(at + direction + items.length) % items.length];
};
