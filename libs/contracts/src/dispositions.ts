import type { Annotation, AnnotationKind } from './annotations';

/**
 * The kinds the secretariat gives a disposition: proposals for the text. A question is answered
 * in its thread and a reservation is put on record; neither is accepted or not retained.
 */
export const DISPOSED_KINDS: readonly AnnotationKind[] = ['comment', 'amendment'];

export const takesDisposition = (kind: AnnotationKind): boolean => DISPOSED_KINDS.includes(kind);

/**
 * A thread the secretariat disposes of: a comment or amendment put to the round or to the
 * secretariat. A delegation's internal notes are put to no one (the secretariat cannot read them).
 */
export const isDisposable = (a: Pick<Annotation, 'kind' | 'visibility'>): boolean =>
  takesDisposition(a.kind) && a.visibility !== 'delegation';

/**
 * A thread still owed a disposition: its first annotation (replies are conversation), disposable,
 * without one yet. A question or reservation disposed of before the rule is never owed one, but
 * keeps the one it has.
 */
export const awaitsDisposition = (a: Pick<Annotation, 'parentId' | 'kind' | 'visibility' | 'disposition'>): boolean =>
  a.parentId === null && isDisposable(a) && a.disposition === null;
