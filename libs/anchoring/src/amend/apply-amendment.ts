import type { Amendment, SpanSelectors, TextChange } from '@concordia/contracts';
import { diffWords } from 'diff';
import { anchorSpan } from '../span/anchor-span';
import { joinWords } from './join-words';

export interface AmendedText {
  /** The paragraph as the amendment would leave it (for new_paragraph: the paragraph added). */
  text: string;
  changes: TextChange[];
}

/**
 * Where an amendment acts in `paragraph`: the whole paragraph without selectors, else its span
 * found as re-anchoring finds it (exact position, then quote, then fuzzy quote); null when the
 * words are no longer there.
 */
export function amendmentSpan(
  paragraph: string,
  selectors: SpanSelectors | null,
): { start: number; end: number } | null {
  if (selectors === null) return { start: 0, end: paragraph.length };
  const found = anchorSpan(paragraph, selectors);
  return found === null ? null : { start: found.start, end: found.end };
}

/**
 * The paragraph with the amendment applied, as the contracts define the operations: replace and
 * delete act on the span (the whole paragraph without one), insert puts the text at the span's
 * start, new_paragraph adds a paragraph after this one (shown as wholly inserted). Null when the
 * span's words are no longer in the paragraph: the amendment no longer applies to this text.
 * The API applies amendments with this function and the web previews them with it, so what the
 * drafter sees is what Apply writes.
 */
export function applyAmendment(
  paragraph: string,
  selectors: SpanSelectors | null,
  amendment: Amendment,
): AmendedText | null {
  if (amendment.operation === 'new_paragraph') {
    return { text: amendment.text, changes: amendment.text ? [{ op: 'insert', text: amendment.text }] : [] };
  }
  const span = amendmentSpan(paragraph, selectors);
  if (span === null) return null;
  const { start, end } = span;
  const [before, within, after] = [paragraph.slice(0, start), paragraph.slice(start, end), paragraph.slice(end)];
  let amended: string;
  switch (amendment.operation) {
    case 'replace':
      amended = joinWords(before, within, amendment.text, after);
      break;
    case 'delete':
      amended = joinWords(before, within, '', after);
      break;
    case 'insert':
      amended = joinWords(before, '', amendment.text, paragraph.slice(start));
      break;
  }
  return { text: amended, changes: wordDiff(paragraph, amended) };
}

/** Word-level differences, in the shape the compare screen already draws. */
export function wordDiff(before: string, after: string): TextChange[] {
  return diffWords(before, after).map((part) => ({
    op: part.added ? 'insert' : part.removed ? 'delete' : 'equal',
    text: part.value,
  }));
}
