import { foldForSearch, foldWithOrigins } from '@concordia/contracts';
import type { Span } from './selectors';

/** Words shown on each side of an occurrence, so repeated words can be told apart by ear. */
export const CONTEXT_WORDS = 4;

export interface Occurrence extends Span {
  /** The few words just before the occurrence ("…" first when the paragraph goes on). */
  before: string;
  /** The paragraph's own characters at the occurrence (its case and spacing, not the typed ones). */
  found: string;
  after: string;
}

const escapeRegExp = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every place `words` occurs in `text`, in reading order. Typed words are matched the way people
 * read them, and the way the Find tab matches: any case, any accents ("etat" finds "État"), and
 * any run of spaces or line breaks between words, so "States  will" finds "States will". Offsets
 * are the paragraph's, ready for the selectors a mouse selection makes.
 */
export const findOccurrences = (text: string, words: string): Occurrence[] => {
  const parts = words.split(/\s+/u).map(foldForSearch).filter(Boolean);
  if (parts.length === 0) return [];
  // Folding can change the length of a text ("ﬁ" → "fi", "e" + combining accent → "e"), so the
  // search runs on the folded paragraph and each match is mapped back to the paragraph's offsets.
  const { folded, origins } = foldWithOrigins(text);
  const pattern = new RegExp(parts.map(escapeRegExp).join(' +'), 'gu');
  return [...folded.matchAll(pattern)].map((match) => {
    const start = origins[match.index] ?? 0;
    const end = endAfter(text, origins[match.index + match[0].length - 1] ?? start);
    return {
      start,
      end,
      before: wordsBefore(text, start),
      found: text.slice(start, end),
      after: wordsAfter(text, end),
    };
  });
};

/**
 * Where the paragraph's character at `at` ends, with the accents that follow it when written
 * apart (combining marks fold to nothing): a quote never splits a letter from its accent.
 */
const endAfter = (text: string, at: number): number => {
  let end = at + String.fromCodePoint(text.codePointAt(at) ?? 0).length;
  for (const char of text.slice(end)) {
    if (foldForSearch(char) !== '') break;
    end += char.length;
  }
  return end;
};

const wordsBefore = (text: string, at: number): string => {
  const head = text.slice(0, at);
  const words = head.split(/(?<=\s)(?=\S)/u);
  const kept = words.slice(-CONTEXT_WORDS).join('');
  return words.length > CONTEXT_WORDS ? `…${kept}` : kept;
};

const wordsAfter = (text: string, at: number): string => {
  const tail = text.slice(at);
  const words = tail.split(/(?<=\S)(?=\s)/u);
  const kept = words.slice(0, CONTEXT_WORDS).join('');
  return words.length > CONTEXT_WORDS ? `${kept}…` : kept;
};
