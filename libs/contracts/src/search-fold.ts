/*
 * How text is compared wherever a reader searches or a sheet names something: one fold, so the
 * annotation search, the time zone picker and the invitation sheet ignore the same differences.
 */

// Lowercase first (so "İ" loses its dot with the other marks), decompose (NFKD also splits
// ligatures such as "ﬁ" from pasted PDFs), then drop nonspacing marks: é → e, ñ → n, й → и.
// Final sigma is the only lowercasing that depends on the next letter: folded as σ, a text
// folds the same whole or letter by letter, which foldWithOrigins relies on.
/** A text as a search compares it: case, accents, ligatures and kinds of white space ignored. */
export const foldForSearch = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{Mn}+/gu, '')
    .replace(/ς/g, 'σ')
    .replace(/\s/g, ' ');
