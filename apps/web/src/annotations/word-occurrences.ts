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
 * read them: any case, and any run of spaces or line breaks between words, so "States  will"
 * finds "States will". Offsets are the paragraph's, ready for the selectors a mouse selection makes.
 */
export const findOccurrences = (text: string, words: string): Occurrence[] => {
  const parts = words.trim().split(/\s+/u).filter(Boolean);
  if (parts.length === 0) return [];
  // The `u` and `i` flags fold case per code point, so match offsets stay offsets in `text`.
  const pattern = new RegExp(parts.map(escapeRegExp).join('\\s+'), 'giu');
  return [...text.matchAll(pattern)].map((match) => {
    const start = match.index;
    const end = start + match[0].length;
    return { start, end, before: wordsBefore(text, start), found: match[0], after: wordsAfter(text, end) };
  });
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
