import type { Amendment, SpanSelectors, TextChange } from '@concordia/contracts';
import { diffWords } from 'diff';
import { locate } from './selectors';

export interface AmendedText {
  /** The paragraph as the amendment would leave it (for new_paragraph: the paragraph added). */
  text: string;
  changes: TextChange[];
}

/**
 * The paragraph with the amendment applied, as the contracts define the operations: replace and
 * delete act on the span (the whole paragraph without one), insert puts the text at the span's
 * start, new_paragraph adds a paragraph after this one (shown as wholly inserted).
 */
export const applyAmendment = (
  paragraph: string,
  selectors: SpanSelectors | null,
  amendment: Amendment,
): AmendedText => {
  if (amendment.operation === 'new_paragraph') {
    return { text: amendment.text, changes: amendment.text ? [{ op: 'insert', text: amendment.text }] : [] };
  }
  const span = selectors ? locate(paragraph, selectors) : null;
  const start = span?.start ?? 0;
  const end = span?.end ?? paragraph.length;
  let amended: string;
  switch (amendment.operation) {
    case 'replace':
      amended = paragraph.slice(0, start) + amendment.text + paragraph.slice(end);
      break;
    case 'delete':
      amended = paragraph.slice(0, start) + paragraph.slice(end);
      break;
    case 'insert':
      amended = paragraph.slice(0, start) + amendment.text + paragraph.slice(start);
      break;
  }
  return { text: amended, changes: wordDiff(paragraph, amended) };
};

/** Word-level differences, in the shape the compare screen already draws. */
export const wordDiff = (before: string, after: string): TextChange[] =>
  diffWords(before, after).map((part) => ({
    op: part.added ? 'insert' : part.removed ? 'delete' : 'equal',
    text: part.value,
  }));
