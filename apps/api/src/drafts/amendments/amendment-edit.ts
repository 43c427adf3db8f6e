import { applyAmendment } from '@concordia/anchoring';
import type { Amendment, Section, SpanSelectors, TextOperation } from '@concordia/contracts';
import { amendmentNotApplicable } from './amendment-errors';

/** An amendment where it sits in the latest published version (its paragraph key and words). */
export interface PlacedAmendment {
  paragraphKey: string;
  selectors: SpanSelectors | null;
  amendment: Amendment;
}

/**
 * The edit that applies an amendment to the working text as it now reads: its words are looked
 * for in the paragraph with its key (exact position, then quote, then fuzzy quote, as
 * re-anchoring does). A new paragraph goes after it; deleting the paragraph's whole text deletes
 * the paragraph. 409 AMENDMENT_NOT_APPLICABLE when the paragraph or the words are gone.
 */
export function amendmentEdit(sections: readonly Section[], placed: PlacedAmendment): TextOperation {
  const section = sections.find((s) => s.paragraphs.some((p) => p.key === placed.paragraphKey));
  const paragraph = section?.paragraphs.find((p) => p.key === placed.paragraphKey);
  if (!section || !paragraph) throw amendmentNotApplicable('paragraph_gone');
  const { amendment } = placed;
  if (amendment.operation === 'new_paragraph') {
    return { type: 'add_paragraph', sectionKey: section.key, afterKey: paragraph.key, text: amendment.text.trim() };
  }
  const amended = applyAmendment(paragraph.text, placed.selectors, amendment);
  if (amended === null) throw amendmentNotApplicable('words_gone');
  const text = amended.text.trim();
  return text === ''
    ? { type: 'delete_paragraph', key: paragraph.key }
    : { type: 'edit_paragraph', key: paragraph.key, text };
}
