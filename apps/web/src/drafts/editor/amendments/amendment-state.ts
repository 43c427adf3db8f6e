import { type AmendedText, applyAmendment } from '@concordia/anchoring';
import type { Section, WorkingAmendment } from '@concordia/contracts';

/** What Apply would do to the working text as it now reads, computed as the API computes it. */
export type AmendmentState =
  | { kind: 'applied' }
  | { kind: 'not_applicable'; reason: 'paragraph_gone' | 'words_gone' }
  | { kind: 'applicable'; preview: AmendedText; deletesParagraph: boolean };

/**
 * An orphan is tried on the paragraph it was last on: re-anchoring lost it in the published
 * version, but the key may still be in the working text with the words back in it.
 */
export const amendmentState = (item: WorkingAmendment, sections: readonly Section[]): AmendmentState => {
  if (item.applied) return { kind: 'applied' };
  const key = item.paragraphKey ?? item.lastParagraphKey;
  const paragraph = sections.flatMap((s) => s.paragraphs).find((p) => p.key === key);
  if (!paragraph) return { kind: 'not_applicable', reason: 'paragraph_gone' };
  const preview = applyAmendment(paragraph.text, item.selectors, { operation: item.operation, text: item.text });
  if (!preview) return { kind: 'not_applicable', reason: 'words_gone' };
  return {
    kind: 'applicable',
    preview,
    deletesParagraph: item.operation !== 'new_paragraph' && preview.text.trim() === '',
  };
};

/** Accepted (wholly or partly), not yet applied nor withdrawn: what is left for the secretariat to do. */
export const isToApply = (item: WorkingAmendment): boolean =>
  !item.applied &&
  !item.withdrawn &&
  (item.disposition?.value === 'accepted' || item.disposition?.value === 'partly_accepted');
