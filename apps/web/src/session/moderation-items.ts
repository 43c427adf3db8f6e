import type { Annotation, Section } from '@concordia/contracts';
import { annotationThreadPath, type RoundText } from '../annotations/thread-link';
import { bareNumber } from '../drafts/document-rows';

/** Newest first; older comments are reached from the text. */
export const MODERATION_SHOWN = 100;

export interface ModerationItem {
  annotation: Annotation;
  /** "4", as the text numbers the paragraph; null when the round's text no longer has it (orphaned). */
  paragraphNumber: string | null;
  /** The round's text opened at this thread. */
  threadPath: string;
}

/**
 * What the chair's queue lists: the open comments and replies of the round the chair may read
 * (the round's list already applies the visibility rules), newest first, each with its paragraph
 * number in the round's text and the link to its thread.
 */
export function moderationItems(
  annotations: Iterable<Annotation>,
  sections: readonly Section[],
  text: RoundText,
): ModerationItem[] {
  const numbers = new Map(sections.flatMap((s) => s.paragraphs).map((p) => [p.key, bareNumber(p.number)] as const));
  return [...annotations]
    .filter((a) => a.status === 'open')
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .slice(0, MODERATION_SHOWN)
    .map((annotation) => ({
      annotation,
      paragraphNumber:
        annotation.anchor.status === 'orphaned' ? null : (numbers.get(annotation.anchor.paragraphKey) ?? null),
      threadPath: annotationThreadPath(text, annotation),
    }));
}
