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
export function joinWords(before: string, removed: string, words: string, after: string): string {
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
}
