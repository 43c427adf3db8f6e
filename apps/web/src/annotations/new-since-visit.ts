import type { Annotation, Section } from '@concordia/contracts';
import type { Thread } from './annotation-rules';

/** One annotation new to the reader, where the page shows it (null: in the Orphaned tab). */
export interface NewItem {
  id: string;
  threadId: string;
  paragraphKey: string | null;
}

export interface NewSinceVisit {
  /** In reading order: paragraph by paragraph, each thread's first annotation before its replies, orphans last. */
  items: readonly NewItem[];
  ids: ReadonlySet<string>;
  /** paragraphKey -> how many new items its threads hold. */
  perParagraph: ReadonlyMap<string, number>;
  /** Thread root id -> how many of its annotations are new. */
  perThread: ReadonlyMap<string, number>;
}

export const NOTHING_NEW: NewSinceVisit = { items: [], ids: new Set(), perParagraph: new Map(), perThread: new Map() };

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
  Date.parse(annotation.createdAt) > Date.parse(since);

/** What is new in the threads the page shows (the list it already has: what this reader may see). */
export const newSinceVisit = (
  threads: { byParagraph: ReadonlyMap<string, readonly Thread[]>; orphaned: readonly Thread[] },
  paragraphKeys: readonly string[],
  since: string | null,
  readerId: string,
): NewSinceVisit => {
  if (since === null) return NOTHING_NEW;
  const items: NewItem[] = [];
  const perParagraph = new Map<string, number>();
  const perThread = new Map<string, number>();
  const collect = (thread: Thread, paragraphKey: string | null) => {
    for (const annotation of [thread.root, ...thread.replies]) {
      if (!isNewSince(annotation, since, readerId)) continue;
      items.push({ id: annotation.id, threadId: thread.root.id, paragraphKey });
      perThread.set(thread.root.id, (perThread.get(thread.root.id) ?? 0) + 1);
      if (paragraphKey !== null) perParagraph.set(paragraphKey, (perParagraph.get(paragraphKey) ?? 0) + 1);
    }
  };
  for (const key of paragraphKeys) for (const thread of threads.byParagraph.get(key) ?? []) collect(thread, key);
  for (const thread of threads.orphaned) collect(thread, null);
  return { items, ids: new Set(items.map((item) => item.id)), perParagraph, perThread };
};

/**
 * The next (or previous) new item from the one the reader is on, going round at either end. From
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

/** The document with only the paragraphs kept (and the sections that still have one). */
export const onlyParagraphs = (sections: readonly Section[], keep: ReadonlySet<string>): Section[] =>
  sections
    .map((section) => ({ ...section, paragraphs: section.paragraphs.filter((p) => keep.has(p.key)) }))
    .filter((section) => section.paragraphs.length > 0);
