import type { PublicAnnotation } from '@concordia/contracts';

export interface PublicThread {
  root: PublicAnnotation;
  replies: PublicAnnotation[];
}

export interface PublicThreads {
  /** Threads anchored in the version, by paragraph key, oldest first. */
  byParagraph: Map<string, PublicThread[]>;
  /** Threads carried from an earlier version whose words this one no longer has. */
  orphaned: PublicThread[];
}

const byTime = (a: PublicAnnotation, b: PublicAnnotation): number =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** Puts each reply under its thread and each thread under its paragraph (or with the orphans). */
export function publicThreads(annotations: readonly PublicAnnotation[]): PublicThreads {
  const replies = new Map<string, PublicAnnotation[]>();
  for (const a of annotations) {
    if (a.parentId === null) continue;
    const list = replies.get(a.parentId) ?? [];
    list.push(a);
    replies.set(a.parentId, list);
  }
  const result: PublicThreads = { byParagraph: new Map(), orphaned: [] };
  for (const root of annotations.filter((a) => a.parentId === null).sort(byTime)) {
    const thread = { root, replies: (replies.get(root.id) ?? []).sort(byTime) };
    if (root.anchor.status === 'orphaned') {
      result.orphaned.push(thread);
      continue;
    }
    const list = result.byParagraph.get(root.anchor.paragraphKey) ?? [];
    list.push(thread);
    result.byParagraph.set(root.anchor.paragraphKey, list);
  }
  return result;
}
