import {
  type Annotation,
  awaitsDisposition,
  type DispositionValue,
  type MatrixParagraph,
  takesDisposition,
} from '@concordia/contracts';
import { annotationThreadPath, type RoundText } from '../annotations/thread-link';

export interface DispositionRow {
  id: string;
  paragraphNumber: string;
  kind: Annotation['kind'];
  author: string;
  excerpt: string;
  hidden: boolean;
  disposition: DispositionValue | null;
  reason: string | null;
  /** The round's text opened at this thread; null while the draft of the round is not known. */
  threadPath: string | null;
}

const EXCERPT = 140;

/**
 * The secretariat's worklist: every open comment and amendment (thread roots; replies are
 * conversation, not proposals) of the round, in the order of the text, with its disposition or
 * none yet; `onlyPending` keeps those still awaiting one. A question or reservation disposed of
 * before only comments and amendments took a disposition stays in the full list, so that no
 * decision on file drops out of sight, but is never pending. `paragraphs` gives the round's order
 * and numbers, `text` where its threads are read.
 */
export function dispositionRows(
  annotations: readonly Annotation[],
  paragraphs: readonly MatrixParagraph[],
  onlyPending: boolean,
  text: RoundText | null,
): DispositionRow[] {
  const order = new Map(paragraphs.map((p, i) => [p.key, i] as const));
  return annotations
    .filter((a) => a.parentId === null && a.status === 'open' && order.has(a.anchor.paragraphKey))
    .filter((a) => (onlyPending ? awaitsDisposition(a) : takesDisposition(a.kind) || a.disposition !== null))
    .sort(
      (a, b) =>
        (order.get(a.anchor.paragraphKey) ?? 0) - (order.get(b.anchor.paragraphKey) ?? 0) ||
        a.createdAt.localeCompare(b.createdAt),
    )
    .map((a) => {
      const words = a.body.replace(/\s+/g, ' ').trim();
      return {
        id: a.id,
        paragraphNumber: paragraphs[order.get(a.anchor.paragraphKey) ?? 0]?.number ?? '',
        kind: a.kind,
        author: a.delegationName ? `${a.delegationName} (${a.authorName})` : a.authorName,
        excerpt: words.length > EXCERPT ? `${words.slice(0, EXCERPT - 1)}…` : words,
        hidden: Boolean(a.moderation),
        disposition: a.disposition?.value ?? null,
        reason: a.disposition?.reason ?? null,
        threadPath: text ? annotationThreadPath(text, a) : null,
      };
    });
}
