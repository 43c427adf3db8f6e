import type { Annotation, AnnotationKind } from './annotations';

/**
 * The kinds the secretariat gives a disposition: proposals for the text. A question is answered
 * in its thread and a reservation is put on record; neither is accepted or not retained.
 */
export const DISPOSED_KINDS: readonly AnnotationKind[] = ['comment', 'amendment'];

export const takesDisposition = (kind: AnnotationKind): boolean => DISPOSED_KINDS.includes(kind);

/**
 * A thread still owed a disposition: its first annotation (replies are conversation), of a kind
 * that takes one, without one yet. A question or reservation disposed of before the rule is
 * never owed one, but keeps the one it has.
 */
export const awaitsDisposition = (a: Pick<Annotation, 'parentId' | 'kind' | 'disposition'>): boolean =>
  a.parentId === null && takesDisposition(a.kind) && a.disposition === null;
