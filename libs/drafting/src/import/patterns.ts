/**
 * The line shapes of negotiation documents, shared by block splitting (blocks.ts) and structuring
 * (structure.ts). UN practice: paragraphs numbered "47.", inserted ones "47 bis.", sub-items
 * "(a)", headings "II." / "C." / "Annex", a document symbol such as "A/59/377" in the page header.
 */

/** Latin ordinals appended to the number of a paragraph inserted during negotiation ("12 bis"). */
export const NUMBER_SUFFIXES = [
  'bis',
  'ter',
  'quater',
  'quinquies',
  'sexies',
  'septies',
  'octies',
  'novies',
  'decies',
] as const;

/** A paragraph number as written: "47", "12 bis", "12bis". Group 1 is the integer, 2 the suffix. */
export const NUMBER_SOURCE = `(\\d{1,4})(?: ?(${NUMBER_SUFFIXES.join('|')}))?`;

/** "47. Text", "47 . Text", "12 bis. Text" at the start of a paragraph. Also matches a bare "47.". */
export const LEADING_NUMBER = new RegExp(`^${NUMBER_SOURCE} ?\\.(?:\\s+|$)`, 'i');

/** "(a)", "(iv)", "(A)", "a)", "iv)" at the start of a sub-item of a paragraph. */
export const SUB_ITEM = /^(?:\((?:[a-z]{1,2}|[ivxlcdm]{1,6}|[A-Z])\)|(?:[a-z]|[ivxlcdm]{1,6})\))\s/;

/** A bulleted line ("- ", "• ", "* "...). Bullets, like sub-items, belong to the paragraph above. */
export const BULLET = /^[-*+•–—▪◦·‣]\s/;

/** A UN document symbol such as "A/59/377" or "E/CN.4/2005/L.10" (at least two slashes). */
export const DOCUMENT_SYMBOL = /^[A-Z]{1,6}(?:\/[A-Z0-9][A-Za-z0-9.-]*){2,}(?=\s|$)/;

/** A line that is only a page number: "15", "- 15 -", "Page 3", "page 3 of 12". */
export const PAGE_NUMBER_ONLY = /^(?:\d{1,4}|-\s*\d{1,4}\s*-|page\s+\d{1,4}(?:\s+of\s+\d{1,4})?)$/i;

const ROMAN_OR_LETTER_HEADING = /^(?:[IVXLCDM]{1,7}|[A-Z])\.\s+\S/;
const LEVEL_ONE_KEYWORD = /^(?:chapter|part|annex|appendix|book|title|schedule|preamble)\b/i;
const LEVEL_TWO_KEYWORD = /^(?:section|article)\b/i;
const ENDS_LIKE_SENTENCE = /[.,;:!?]$/;

function wordCount(line: string): number {
  return line.split(/\s+/).filter(Boolean).length;
}

function hasLetter(line: string): boolean {
  return /\p{L}/u.test(line);
}

function isAllCapitals(line: string): boolean {
  const letters = line.match(/\p{L}/gu) ?? [];
  return letters.length >= 3 && line === line.toUpperCase() && line !== line.toLowerCase();
}

/** A line that starts like an item of the body rather than a title. */
export function startsLikeItem(line: string): boolean {
  return LEADING_NUMBER.test(line) || SUB_ITEM.test(line) || BULLET.test(line);
}

/** Headings are short and are not sentences: no closing punctuation. */
function hasHeadingShape(line: string, maxLength: number, maxWords: number): boolean {
  return (
    line.length > 0 &&
    line.length <= maxLength &&
    wordCount(line) <= maxWords &&
    hasLetter(line) &&
    !ENDS_LIKE_SENTENCE.test(line) &&
    !startsLikeItem(line)
  );
}

/**
 * Level of a line that announces itself as a heading ("II. Context", "C. Towards ...",
 * "Chapter 3", "ANNEX"), or null. Safe to apply to the first line of a longer block.
 */
export function strongHeadingLevel(line: string): number | null {
  if (!hasHeadingShape(line, 150, 20)) return null;
  if (LEVEL_ONE_KEYWORD.test(line) || isAllCapitals(line)) return 1;
  if (/^[IVXLCDM]{2,7}\.\s/.test(line) || /^I\.\s/.test(line)) return 1;
  if (ROMAN_OR_LETTER_HEADING.test(line) || LEVEL_TWO_KEYWORD.test(line)) return 2;
  return null;
}

/**
 * A short line standing on its own that does not end like a sentence ("Migration and
 * development"). Only meaningful for a line set apart by blank lines: the first line of a
 * wrapped paragraph often looks the same.
 */
export function isWeakHeading(line: string): boolean {
  return hasHeadingShape(line, 100, 14) && /^\p{Lu}/u.test(line);
}

/** Heading level for a line set apart by blank lines, or null when it reads as body text. */
export function standaloneHeadingLevel(line: string): number | null {
  return strongHeadingLevel(line) ?? (isWeakHeading(line) ? 2 : null);
}

/** Ends a sentence, possibly followed by a glued footnote reference ("Australia.9"). */
export const ENDS_SENTENCE = /[.;:!?)\]"”’](?:\d{1,3})?$/;
