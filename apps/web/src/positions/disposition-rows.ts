import type { Annotation, DispositionValue, MatrixParagraph } from '@concordia/contracts';

export interface DispositionRow {
  id: string;
  paragraphNumber: string;
  kind: Annotation['kind'];
  author: string;
  excerpt: string;
  hidden: boolean;
  disposition: DispositionValue | null;
  reason: string | null;
}

const EXCERPT = 140;

/**
 * The secretariat's worklist: every open comment and amendment (thread roots; replies are
 * conversation, not proposals) of the round, in the order of the text, with its disposition or
 * none yet. `paragraphs` gives the round's order and numbers.
 */
export function dispositionRows(
  annotations: readonly Annotation[],
  paragraphs: readonly MatrixParagraph[],
  onlyPending: boolean,
): DispositionRow[] {
  const order = new Map(paragraphs.map((p, i) => [p.key, i] as const));
  return annotations
    .filter((a) => a.parentId === null && a.status === 'open' && order.has(a.anchor.paragraphKey))
    .filter((a) => !onlyPending || a.disposition === null)
    .sort(
      (a, b) =>
        (order.get(a.anchor.paragraphKey) ?? 0) - (order.get(b.anchor.paragraphKey) ?? 0) ||
        a.createdAt.localeCompare(b.createdAt),
    )
    .map((a) => {
      const text = a.body.replace(/\s+/g, ' ').trim();
      return {
        id: a.id,
        paragraphNumber: paragraphs[order.get(a.anchor.paragraphKey) ?? 0]?.number ?? '',
        kind: a.kind,
        author: a.delegationName ? `${a.delegationName} (${a.authorName})` : a.authorName,
        excerpt: text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1)}…` : text,
        hidden: Boolean(a.moderation),
        disposition: a.disposition?.value ?? null,
        reason: a.disposition?.reason ?? null,
      };
    });
}
