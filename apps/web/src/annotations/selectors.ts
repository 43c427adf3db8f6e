import type { SpanSelectors } from '@concordia/contracts';

/** Context kept on each side of a quote: enough to tell repeated words apart. */
export const QUOTE_CONTEXT = 32;

export interface Span {
  start: number;
  end: number;
}

/** W3C TextQuote + TextPosition selectors for `text.slice(start, end)`; null for an empty span. */
export const selectorsFor = (text: string, span: Span): SpanSelectors | null => {
  const start = Math.max(0, Math.min(span.start, text.length));
  const end = Math.max(start, Math.min(span.end, text.length));
  const exact = text.slice(start, end);
  if (exact.trim() === '') return null;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact,
      prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start),
      suffix: text.slice(end, end + QUOTE_CONTEXT),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
};

/**
 * Where the selectors point in `text`: the stored position when the words are still there, else
 * the occurrence of the quote whose prefix and suffix match best. The server re-anchors across
 * versions; this only guards against a highlight drawn over the wrong words.
 */
export const locate = (text: string, selectors: SpanSelectors): Span | null => {
  const { start, end } = selectors.position;
  const { exact, prefix, suffix } = selectors.quote;
  if (text.slice(start, end) === exact) return { start, end };
  let best: Span | null = null;
  let bestScore = -1;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const score = commonSuffix(text.slice(0, at), prefix) + commonPrefix(text.slice(at + exact.length), suffix);
    if (score > bestScore) {
      bestScore = score;
      best = { start: at, end: at + exact.length };
    }
  }
  return best;
};

const commonPrefix = (a: string, b: string): number => {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
};

const commonSuffix = (a: string, b: string): number => {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n += 1;
  return n;
};

export interface Segment {
  text: string;
  /** Ids of the annotations covering this stretch of text, empty for plain text. */
  ids: string[];
}

/** Cuts `text` at every span boundary, so overlapping highlights nest without breaking words apart. */
export const segmentText = (text: string, spans: ReadonlyArray<Span & { id: string }>): Segment[] => {
  const cuts = new Set<number>([0, text.length]);
  for (const span of spans) {
    cuts.add(Math.max(0, Math.min(span.start, text.length)));
    cuts.add(Math.max(0, Math.min(span.end, text.length)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const from = points[i] ?? 0;
    const to = points[i + 1] ?? 0;
    if (to <= from) continue;
    const ids = spans.filter((s) => s.start <= from && s.end >= to).map((s) => s.id);
    segments.push({ text: text.slice(from, to), ids });
  }
  return segments;
};

/**
 * The selection as character offsets in `container`'s text, or null when it is empty or reaches
 * outside it. Highlights split the text into several nodes, so offsets are measured with ranges
 * from the container's start rather than read off the selection's own nodes.
 */
export const selectionSpanIn = (container: Element, selection: Selection | null): Span | null => {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const end = start + range.toString().length;
  return end > start ? { start, end } : null;
};
