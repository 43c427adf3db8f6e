import { type Annotation, type Me, type Round, takesDisposition } from '@concordia/contracts';
import { managesProcess } from '../auth/permissions';

/*
 * What the annotation screens offer to whom, mirroring the API's rules so nobody is shown an
 * action the server will refuse. The server still decides on every call.
 */

const membership = (me: Me, processId: string) => me.memberships.find((m) => m.processId === processId);

/** Who speaks in an open round: `takesPart`, while the round is open. */
export const canAnnotate = (me: Me, round: Round): boolean => round.status === 'open' && takesPart(me, round);

/**
 * Who speaks in the round when it takes input, as the API's `takesPart`: the secretariat and
 * chairs; delegates and heads of the round's delegations; observers unless the round is for
 * delegations only.
 */
export const takesPart = (me: Me, round: Round): boolean => {
  if (managesProcess(me, round.processId) || round.chairUserId === me.user.id) return true;
  const mine = membership(me, round.processId);
  switch (mine?.role) {
    case undefined:
      return false;
    case 'secretariat':
    case 'chair':
      return true;
    case 'observer':
      return round.confidentiality !== 'delegations';
    case 'delegate':
    case 'head_of_delegation':
      return mine.delegationId !== null && round.delegationIds.includes(mine.delegationId);
  }
};

/** Amendments are co-sponsored by heads of delegation of other delegations than the author's. */
export const canSponsor = (me: Me, annotation: Annotation): boolean => {
  const mine = membership(me, annotation.processId);
  return (
    annotation.kind === 'amendment' &&
    annotation.status === 'open' &&
    mine?.role === 'head_of_delegation' &&
    mine.delegationId !== null &&
    mine.delegationId !== annotation.delegationId
  );
};

export const mySponsorship = (me: Me, annotation: Annotation): boolean => {
  const delegationId = membership(me, annotation.processId)?.delegationId ?? null;
  return delegationId !== null && annotation.sponsors.some((s) => s.delegationId === delegationId);
};

export const isAuthor = (me: Me, annotation: Annotation): boolean =>
  annotation.authorId === me.user.id && annotation.status === 'open';

/**
 * The secretariat disposes of a thread's comment or amendment; a question or reservation that got
 * a disposition before only shows it (the thread card does, read-only).
 */
export const canSetDisposition = (me: Me, annotation: Annotation): boolean =>
  annotation.parentId === null && takesDisposition(annotation.kind) && managesProcess(me, annotation.processId);

/** The initials shown in a presence avatar: first letters of the first and last words. */
export const initials = (name: string): string => {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.[0] ?? '?';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
};

/** Splits a body around delegation mentions (`@Mexico`, `@MEX`) so they can be highlighted. */
export const mentionParts = (body: string): Array<{ text: string; mention: boolean }> =>
  body
    .split(/(@[\p{L}\p{N}_-]+)/u)
    .filter((part) => part !== '')
    .map((text) => ({ text, mention: /^@[\p{L}\p{N}_-]+$/u.test(text) }));

/** A client id for idempotent creation; randomUUID needs a secure context, which 127.0.0.1 is. */
export const newClientId = (): string => {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

/** What threading reads of an annotation: the reader's and the public page's both have it. */
export type Threaded = Pick<Annotation, 'id' | 'parentId' | 'createdAt' | 'anchor'>;

/** Threads of a paragraph: first annotations, oldest first, with their replies. */
export interface Thread<T extends Threaded = Annotation> {
  root: T;
  replies: T[];
}

export const threadsByParagraph = <T extends Threaded = Annotation>(
  annotations: Iterable<T>,
  versionId: string,
): { byParagraph: Map<string, Thread<T>[]>; orphaned: Thread<T>[] } => {
  const roots: T[] = [];
  const replies = new Map<string, T[]>();
  for (const annotation of annotations) {
    if (annotation.parentId === null) roots.push(annotation);
    else {
      const siblings = replies.get(annotation.parentId);
      if (siblings) siblings.push(annotation);
      else replies.set(annotation.parentId, [annotation]);
    }
  }
  const byTime = (a: T, b: T) => a.createdAt.localeCompare(b.createdAt);
  roots.sort(byTime);
  const byParagraph = new Map<string, Thread<T>[]>();
  const orphaned: Thread<T>[] = [];
  for (const root of roots) {
    const thread = { root, replies: (replies.get(root.id) ?? []).sort(byTime) };
    if (root.anchor.status === 'orphaned') orphaned.push(thread);
    else if (root.anchor.versionId === versionId) {
      // Pushed, not copied: a paragraph with hundreds of threads is not copied once per thread.
      const threads = byParagraph.get(root.anchor.paragraphKey);
      if (threads) threads.push(thread);
      else byParagraph.set(root.anchor.paragraphKey, [thread]);
    }
  }
  return { byParagraph, orphaned };
};
