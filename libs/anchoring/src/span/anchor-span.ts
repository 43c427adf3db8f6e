import type { AnchorMethod, SpanSelectors, TextQuoteSelector } from '@concordia/contracts';
import { approxSearch } from '../fuzzy/approx-search';
import { commonPrefixLength, commonSuffixLength, snap, splitsPair } from './text-units';

export interface AnchorResult {
  start: number;
  end: number;
  method: Exclude<AnchorMethod, 'original' | 'paragraph'>;
}

/** A located span with the evidence behind it, to compare candidates across paragraphs. */
export interface ScoredAnchor extends AnchorResult {
  /** Quote characters that matched (length minus fuzzy errors) plus context characters that agree. */
  evidence: number;
}

/**
 * Fuzzy matching allows one edit per four characters of the quote: a reworded word or two in a
 * sentence still anchors, a rewritten sentence does not.
 */
export const FUZZY_ERROR_RATE = 0.25;
/** A fuzzy match of a quote shorter than this needs some context to agree... */
const SHORT_QUOTE = 20;
/** ...at least this many characters of it, or a short word would land on any look-alike. */
const SHORT_QUOTE_CONTEXT = 8;

/** A prefix or suffix at least this long that agrees entirely vouches for a match elsewhere. */
const FIRM_SIDE = 24;

interface ContextAgreement {
  /** Characters of the prefix and suffix that the text around the span still agrees with. */
  context: number;
  /**
   * Whether one side of the context agrees entirely and is firm: long enough, or as short as it
   * is because the quote sat at the paragraph's edge and still does.
   */
  wholeSide: boolean;
}

function contextAgreement(text: string, quote: TextQuoteSelector, start: number, end: number): ContextAgreement {
  const { prefix, suffix } = quote;
  const before = commonSuffixLength(prefix, text.slice(Math.max(0, start - prefix.length), start));
  const after = commonPrefixLength(suffix, text.slice(end, end + suffix.length));
  const prefixFirm = before === prefix.length && (prefix.length >= FIRM_SIDE || start === prefix.length);
  const suffixFirm = after === suffix.length && (suffix.length >= FIRM_SIDE || end + suffix.length === text.length);
  return { context: before + after, wholeSide: prefixFirm || suffixFirm };
}

interface Candidate extends ContextAgreement {
  start: number;
  end: number;
  errors: number;
}

/** Fewest errors, then most context, then nearest the old position (or earliest without one). */
function best(candidates: Candidate[], hint: number | null): Candidate | null {
  let chosen: Candidate | null = null;
  for (const c of candidates) {
    if (chosen === null) {
      chosen = c;
      continue;
    }
    const better =
      c.errors !== chosen.errors
        ? c.errors < chosen.errors
        : c.context !== chosen.context
          ? c.context > chosen.context
          : hint !== null && Math.abs(c.start - hint) < Math.abs(chosen.start - hint);
    if (better) chosen = c;
  }
  return chosen;
}

/** How strict a search is: inside the annotation's own paragraph, or in another one. */
export interface SearchOptions {
  /** The old start offset, to choose between equally good matches; null when meaningless. */
  hint: number | null;
  /** Least evidence (see ScoredAnchor) a match needs. */
  minEvidence: number;
  /** Whether the prefix or the suffix must agree entirely (see ContextAgreement). */
  wholeSide: boolean;
}

const OWN_PARAGRAPH: SearchOptions = { hint: null, minEvidence: 0, wholeSide: false };

/** The occurrence of the quote whose context agrees best (then nearest `hint`). */
export function findQuote(text: string, quote: TextQuoteSelector, options: SearchOptions): ScoredAnchor | null {
  const { exact } = quote;
  if (exact.length === 0) return null;
  const found: Candidate[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const agreement = contextAgreement(text, quote, at, at + exact.length);
    if (agreement.wholeSide || !options.wholeSide)
      found.push({ start: at, end: at + exact.length, errors: 0, ...agreement });
  }
  const chosen = best(found, options.hint);
  if (chosen === null || exact.length + chosen.context < options.minEvidence) return null;
  return { start: chosen.start, end: chosen.end, method: 'quote', evidence: exact.length + chosen.context };
}

/** The closest approximate match of the quote within the error budget, scored like findQuote. */
export function findFuzzy(text: string, quote: TextQuoteSelector, options: SearchOptions): ScoredAnchor | null {
  const { exact } = quote;
  const budget = Math.floor(exact.length * FUZZY_ERROR_RATE);
  if (budget < 1 || text.length === 0) return null;
  const found = approxSearch(text, exact, budget)
    .map(({ start, end, errors }) => ({ start: snap(text, start, -1), end: snap(text, end, 1), errors }))
    .filter(({ start, end }) => end > start)
    .map((m) => ({ ...m, ...contextAgreement(text, quote, m.start, m.end) }))
    .filter((m) => m.wholeSide || !options.wholeSide)
    .filter((m) => exact.length >= SHORT_QUOTE || m.context >= SHORT_QUOTE_CONTEXT);
  const chosen = best(found, options.hint);
  if (chosen === null) return null;
  const evidence = exact.length - chosen.errors + chosen.context;
  if (evidence < options.minEvidence) return null;
  return { start: chosen.start, end: chosen.end, method: 'fuzzy', evidence };
}

/**
 * The quote still at its recorded position, with at least one side of its context unchanged (a
 * shorter paragraph could otherwise put another occurrence of a common word at that offset).
 */
function atPosition(text: string, selectors: SpanSelectors): AnchorResult | null {
  const { quote, position } = selectors;
  const { start, end } = position;
  if (
    !Number.isSafeInteger(start) ||
    !Number.isSafeInteger(end) ||
    start < 0 ||
    end - start !== quote.exact.length ||
    end > text.length ||
    splitsPair(text, start) ||
    splitsPair(text, end) ||
    !text.startsWith(quote.exact, start)
  ) {
    return null;
  }
  const prefixHolds = text.slice(0, start).endsWith(quote.prefix);
  const suffixHolds = text.startsWith(quote.suffix, end);
  return prefixHolds || suffixHolds ? { start, end, method: 'exact' } : null;
}

function strip({ start, end, method }: ScoredAnchor): AnchorResult {
  return { start, end, method };
}

/**
 * Finds the span in (possibly changed) text: 'exact' when the quote is still at its position;
 * else 'quote', the occurrence whose prefix/suffix agree best (repeats told apart by context,
 * then by nearness to the old position); else 'fuzzy', an approximate match within an error
 * budget of FUZZY_ERROR_RATE of the quote's length, scored the same way; else null. An empty
 * quote never anchors.
 */
export function anchorSpan(text: string, selectors: SpanSelectors): AnchorResult | null {
  const { quote, position } = selectors;
  if (quote.exact.length === 0) return null;
  const exact = atPosition(text, selectors);
  if (exact !== null) return exact;
  const options = { ...OWN_PARAGRAPH, hint: Number.isSafeInteger(position.start) ? position.start : null };
  const found = findQuote(text, quote, options) ?? findFuzzy(text, quote, options);
  return found === null ? null : strip(found);
}
