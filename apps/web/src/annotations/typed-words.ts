import { useEffect, useMemo, useState } from 'react';
import type { Span } from './selectors';
import { findOccurrences, type Occurrence } from './word-occurrences';

export interface TypedWords {
  words: string;
  occurrences: Occurrence[];
  /** Index in `occurrences` of the one commented on. */
  choice: number;
  /** The occurrence commented on; null while the words are blank, absent, or not asked for. */
  chosen: Occurrence | null;
  type: (words: string) => void;
  choose: (index: number) => void;
}

/**
 * The words a keyboard user typed from the paragraph and the occurrence they chose, reported to
 * `onSpan` as it changes (and null when the composer goes) so the text can highlight it.
 */
export const useTypedWords = (
  paragraphText: string,
  active: boolean,
  onSpan?: (span: Span | null) => void,
  /** Words kept from an earlier visit (unsent text restored). */
  initial = '',
): TypedWords => {
  const [words, setWords] = useState(initial);
  const [choice, setChoice] = useState(0);
  const occurrences = useMemo(() => findOccurrences(paragraphText, words), [paragraphText, words]);
  const chosen = active ? (occurrences[choice] ?? null) : null;
  const [start, end] = [chosen?.start, chosen?.end];
  useEffect(() => {
    onSpan?.(start === undefined || end === undefined ? null : { start, end });
  }, [start, end, onSpan]);
  useEffect(() => () => onSpan?.(null), [onSpan]);
  return {
    words,
    occurrences,
    choice,
    chosen,
    type: (value) => {
      setWords(value);
      // Other words, other occurrences: the first is the likeliest meant.
      setChoice(0);
    },
    choose: setChoice,
  };
};
