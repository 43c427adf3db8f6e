import type { Amendment, Annotation } from '@concordia/contracts';

/** How long an amendment's words may be where a position names it, before they are cut. */
export const EXCERPT_MAX = 80;

/** `text` on one line and at most `max` characters, cut after a whole word with an ellipsis. */
export const excerpt = (text: string, max = EXCERPT_MAX): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  // One character more than fits with the ellipsis: a space there means the last word is whole.
  const head = flat.slice(0, max);
  const lastSpace = head.lastIndexOf(' ');
  const kept = lastSpace > max / 2 ? head.slice(0, lastSpace) : head.slice(0, max - 1);
  return `${kept.replace(/[\s,.;:]+$/, '')}…`;
};

/** What names an amendment to a reader: its delegation (else author), what it does, and its words. */
export interface AmendmentName {
  id: string;
  author: string;
  operation: Amendment['operation'];
  /** The words proposed; for a deletion, the words it deletes. */
  words: string;
}

export const amendmentName = (annotation: Annotation): AmendmentName | null => {
  const amendment = annotation.amendment;
  if (!amendment) return null;
  const words = amendment.operation === 'delete' ? (annotation.anchor.selectors?.quote.exact ?? '') : amendment.text;
  return {
    id: annotation.id,
    author: annotation.delegationName ?? annotation.authorName,
    operation: amendment.operation,
    words: excerpt(words || annotation.body),
  };
};

/**
 * The amendments a position supports, named when the reader has them (open amendments of the
 * paragraph they may read) and counted when not (withdrawn since, or another delegation's own).
 */
export const linkedAmendments = (
  ids: readonly string[],
  amendments: readonly Annotation[],
): { named: AmendmentName[]; unlisted: number } => {
  const byId = new Map(amendments.map((a) => [a.id, a] as const));
  const named = ids.flatMap((id) => {
    const found = byId.get(id);
    const name = found ? amendmentName(found) : null;
    return name ? [name] : [];
  });
  return { named, unlisted: ids.length - named.length };
};
