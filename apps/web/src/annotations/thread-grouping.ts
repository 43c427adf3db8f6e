import { sameList } from '../common/same-list';
import { type Thread, type Threaded, threadsByParagraph } from './annotation-rules';

/**
 * The round's threads grouped as `threadsByParagraph` groups them, with the list they were grouped
 * from: the next list is regrouped from this one, only where it differs.
 */
export interface ThreadGrouping<T extends Threaded> {
  annotations: ReadonlyMap<string, T>;
  versionId: string;
  byParagraph: ReadonlyMap<string, readonly Thread<T>[]>;
  orphaned: readonly Thread<T>[];
}

/** Where a root's thread is listed: a paragraph's key, the orphans, or nowhere (another version). */
const ORPHANED = Symbol('orphaned');
type Place = string | typeof ORPHANED;

const placeOf = (root: Threaded, versionId: string): Place | undefined => {
  if (root.anchor.status === 'orphaned') return ORPHANED;
  return root.anchor.versionId === versionId ? root.anchor.paragraphKey : undefined;
};

const byTime = (a: Threaded, b: Threaded) => a.createdAt.localeCompare(b.createdAt);

/**
 * The annotations of `next` that are not the very objects of `previous` (new, changed or gone).
 * The live list replaces an object only when it changes, so comparing identities finds a live
 * event's few changes without reading the annotations themselves.
 */
const changedIds = <T>(previous: ReadonlyMap<string, T>, next: ReadonlyMap<string, T>): Set<string> => {
  const changed = new Set<string>();
  for (const [id, annotation] of next) if (previous.get(id) !== annotation) changed.add(id);
  for (const id of previous.keys()) if (!next.has(id)) changed.add(id);
  return changed;
};

/**
 * The threads of `annotations`, exactly as `threadsByParagraph` lists them, regrouped from
 * `previous`: only the threads holding a changed annotation are rebuilt, and a paragraph none of
 * them is in keeps its very array (as do the orphans), so what is drawn from it can be skipped.
 */
export const regroupThreads = <T extends Threaded>(
  previous: ThreadGrouping<T> | null,
  annotations: ReadonlyMap<string, T>,
  versionId: string,
): ThreadGrouping<T> => {
  if (previous === null || previous.versionId !== versionId) {
    return { annotations, versionId, ...threadsByParagraph(annotations.values(), versionId) };
  }
  const changed = changedIds(previous.annotations, annotations);
  if (changed.size === 0) return { ...previous, annotations };

  const before = previous.annotations;
  const listOf = (place: Place): readonly Thread<T>[] =>
    (place === ORPHANED ? previous.orphaned : previous.byParagraph.get(place)) ?? [];

  // Threads touched: the thread of each changed annotation, before and after the change (a reply
  // moved to another thread, or a root re-anchored to another paragraph, touches both).
  const touched = new Set<string>();
  const addedReplies = new Map<string, T[]>();
  for (const id of changed) {
    const old = before.get(id);
    const now = annotations.get(id);
    if (old) touched.add(old.parentId ?? old.id);
    if (now) {
      touched.add(now.parentId ?? now.id);
      if (now.parentId !== null) addedReplies.set(now.parentId, [...(addedReplies.get(now.parentId) ?? []), now]);
    }
  }

  // Each touched thread as it stands now; its replies are the previous ones still there plus the
  // changed ones. A root that had no thread before (new, or its thread listed nowhere) may have
  // replies that arrived before it: those are looked up in the whole list, once for all such roots.
  const places = new Set<Place>();
  // Place -> root id -> its thread as rebuilt.
  const rebuilt = new Map<Place, Map<string, Thread<T>>>();
  const unseen = new Map<string, T[]>();
  const threadBefore = new Map<string, Thread<T>>();
  for (const rootId of touched) {
    const old = before.get(rootId);
    const oldPlace = old && old.parentId === null ? placeOf(old, previous.versionId) : undefined;
    if (oldPlace !== undefined) {
      places.add(oldPlace);
      const thread = listOf(oldPlace).find((th) => th.root.id === rootId);
      if (thread) threadBefore.set(rootId, thread);
    }
    const root = annotations.get(rootId);
    if (root && root.parentId === null && placeOf(root, versionId) !== undefined && !threadBefore.has(rootId)) {
      unseen.set(rootId, []);
    }
  }
  if (unseen.size > 0) {
    for (const annotation of annotations.values()) {
      if (annotation.parentId !== null) unseen.get(annotation.parentId)?.push(annotation);
    }
  }
  for (const rootId of touched) {
    const root = annotations.get(rootId);
    const place = root && root.parentId === null ? placeOf(root, versionId) : undefined;
    if (!root || place === undefined) continue;
    places.add(place);
    const old = threadBefore.get(rootId);
    const replies = old
      ? [...old.replies.filter((reply) => !changed.has(reply.id)), ...(addedReplies.get(rootId) ?? [])]
      : (unseen.get(rootId) ?? []);
    // Sorted as threadsByParagraph sorts: stable, so replies at the same time keep their order.
    replies.sort(byTime);
    const thread = old && old.root === root && sameList(old.replies, replies) ? old : { root, replies };
    const at = rebuilt.get(place);
    if (at) at.set(rootId, thread);
    else rebuilt.set(place, new Map([[rootId, thread]]));
  }

  const byParagraph = new Map(previous.byParagraph);
  let orphaned = previous.orphaned;
  for (const place of places) {
    const kept = listOf(place);
    const arriving = new Map(rebuilt.get(place));
    const list: Thread<T>[] = [];
    for (const thread of kept) {
      // A touched thread is listed where it stands now, if anywhere (its root may be gone).
      if (!touched.has(thread.root.id)) list.push(thread);
      else {
        const again = arriving.get(thread.root.id);
        arriving.delete(thread.root.id);
        if (again) list.push(again);
      }
    }
    list.push(...arriving.values());
    list.sort((a, b) => byTime(a.root, b.root));
    const result = sameList(kept, list) ? kept : list;
    if (place === ORPHANED) orphaned = result;
    else if (result.length === 0) byParagraph.delete(place);
    else byParagraph.set(place, result);
  }
  return { annotations, versionId, byParagraph, orphaned };
};

const openOf = new WeakMap<readonly Thread[], readonly Thread[]>();
const NONE: readonly Thread[] = [];

/**
 * A paragraph's threads still open (not withdrawn): the same array for the same threads, so a
 * row given them is skipped while they do not change.
 */
export const openThreads = (threads: readonly Thread[] | undefined): readonly Thread[] => {
  if (!threads) return NONE;
  let open = openOf.get(threads);
  if (!open) {
    open = threads.filter((th) => th.root.status === 'open');
    openOf.set(threads, open);
  }
  return open;
};
