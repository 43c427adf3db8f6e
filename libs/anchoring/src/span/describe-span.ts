import type { SpanSelectors } from '@concordia/contracts';
import { splitsPair, snap } from './text-units';

/** Context kept on each side of a quote: enough to tell repeated phrases apart. */
export const CONTEXT_LENGTH = 32;

function isOffset(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

/**
 * Selectors for the span [start, end) of a paragraph's text, with up to CONTEXT_LENGTH characters
 * of context on each side (shortened rather than cut inside a surrogate pair). Throws RangeError
 * when the range is not a non-empty span of the text (a quote cannot be empty) or cuts a
 * surrogate pair.
 */
export function describeSpan(text: string, start: number, end: number): SpanSelectors {
  if (!isOffset(start) || !isOffset(end) || start >= end || end > text.length) {
    throw new RangeError(`[${start}, ${end}) is not a non-empty span of a text of length ${text.length}`);
  }
  if (splitsPair(text, start) || splitsPair(text, end)) {
    throw new RangeError(`[${start}, ${end}) cuts a character in two`);
  }
  const prefixStart = snap(text, Math.max(0, start - CONTEXT_LENGTH), 1);
  const suffixEnd = snap(text, Math.min(text.length, end + CONTEXT_LENGTH), -1);
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/**
 * Whether selectors describe `text`: the position is a valid span holding the quote, and the text
 * around it agrees with the prefix and suffix (which may be shorter than CONTEXT_LENGTH). Used to
 * check what a client sends against the paragraph it names.
 */
export function selectorsMatch(text: string, selectors: SpanSelectors): boolean {
  const { quote, position } = selectors;
  const { start, end } = position;
  if (!isOffset(start) || !isOffset(end) || start >= end || end > text.length) return false;
  if (splitsPair(text, start) || splitsPair(text, end)) return false;
  return (
    quote.exact.length === end - start &&
    text.startsWith(quote.exact, start) &&
    text.slice(0, start).endsWith(quote.prefix) &&
    text.startsWith(quote.suffix, end)
  );
}
