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
      amended = joinWords(paragraph.slice(0, start), paragraph.slice(start, end), amendment.text, paragraph.slice(end));
      break;
    case 'delete':
      amended = joinWords(paragraph.slice(0, start), paragraph.slice(start, end), '', paragraph.slice(end));
      break;
    case 'insert':
      amended = joinWords(paragraph.slice(0, start), '', amendment.text, paragraph.slice(start));
      break;
  }
  return { text: amended, changes: wordDiff(paragraph, amended) };
};

const SPACE_END = /\s+$/;
const CLINGS_LEFT = /^[,.;:!?)\]’”]/;
const CLINGS_RIGHT = /[([‘“/-]$/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const insideWord = (left: string, right: string) => WORD_CHAR.test(left.slice(-1)) && WORD_CHAR.test(right.charAt(0));

/**
 * Puts proposed words in place of `removed` (nothing for an insertion) as a drafter means them:
 * a selection of whole words leaves its spaces outside, so "indigenous peoples" inserted before
 * "older persons" needs a space after it, and deleting words must leave neither two spaces nor a
 * space before a comma. A change inside a word (the selection cut it) adds no space.
 */
export const joinWords = (before: string, removed: string, words: string, after: string): string => {
  const text = words.trim();
  if (text === '') {
    return SPACE_END.test(before) && (after === '' || /^\s/.test(after) || CLINGS_LEFT.test(after))
      ? before.replace(SPACE_END, '') + after
      : before + after;
  }
  const lead =
    before !== '' && !/\s$/.test(before) && !CLINGS_LEFT.test(text) && !insideWord(before, removed + after) ? ' ' : '';
  const trail =
    after !== '' &&
    !/^\s/.test(after) &&
    !CLINGS_LEFT.test(after) &&
    !CLINGS_RIGHT.test(text) &&
    !insideWord(before + removed, after)
      ? ' '
      : '';
  return before + lead + text + trail + after;
};

/** Word-level differences, in the shape the compare screen already draws. */
export const wordDiff = (before: string, after: string): TextChange[] =>
  diffWords(before, after).map((part) => ({
    op: part.added ? 'insert' : part.removed ? 'delete' : 'equal',
    text: part.value,
  }));
