import type { AnchorMethod, Paragraph, Section, SpanSelectors, TextQuoteSelector } from '@concordia/contracts';
import { anchorSpan, findFuzzy, findQuote, type ScoredAnchor, type SearchOptions } from '../span/anchor-span';
import { describeSpan } from '../span/describe-span';
import { ParagraphIndex } from './paragraph-index';

export interface ReanchorInput {
  id: string;
  paragraphKey: string;
  /** Null for an annotation on the whole paragraph. */
  selectors: SpanSelectors | null;
}

export interface ReanchorOutcome {
  id: string;
  status: 'anchored' | 'orphaned';
  /** How it was found; null when orphaned. */
  method: AnchorMethod | null;
  /** The paragraph of the new version; null when orphaned. */
  paragraphKey: string | null;
  /** Selectors in the new paragraph; null for a whole paragraph or when orphaned. */
  selectors: SpanSelectors | null;
}

/**
 * Drafts repeat set phrases ("without prejudice to national competence"), so in another
 * paragraph a match must rest on at least this many agreeing characters of quote and context,
 * with the text on one side of it unchanged (text that moved keeps its context, at least on the
 * side away from the cut of a merge or split).
 */
const FOREIGN_MIN_EVIDENCE = 40;
const FOREIGN: SearchOptions = { hint: null, minEvidence: FOREIGN_MIN_EVIDENCE, wholeSide: true };
/** Paragraphs sharing the quote's rare words searched after the neighbours. */
const INDEX_CANDIDATES = 8;
/** How far to look back and forward for an old neighbour that survived. */
const NEIGHBOUR_SCAN = 5;

interface Found {
  index: number;
  anchor: ScoredAnchor;
}

/** Orders (method, evidence): a verbatim quote beats a fuzzy match, then more evidence wins. */
function stronger(a: Found, b: Found | null): boolean {
  if (b === null) return true;
  if (a.anchor.method !== b.anchor.method) return a.anchor.method === 'quote';
  return a.anchor.evidence > b.anchor.evidence;
}

class Carrier {
  private readonly before: Paragraph[];
  private readonly after: Paragraph[];
  private readonly beforeAt: Map<string, number>;
  private readonly afterAt: Map<string, number>;
  private index: ParagraphIndex | null = null;

  constructor(from: Section[], to: Section[]) {
    this.before = from.flatMap((section) => section.paragraphs);
    this.after = to.flatMap((section) => section.paragraphs);
    this.beforeAt = new Map(this.before.map((p, i) => [p.key, i]));
    this.afterAt = new Map(this.after.map((p, i) => [p.key, i]));
  }

  carry(input: ReanchorInput): ReanchorOutcome {
    const target = this.afterAt.get(input.paragraphKey);
    if (input.selectors === null) return this.carryParagraph(input, target);

    if (target !== undefined) {
      const text = this.after[target].text;
      const anchor = anchorSpan(text, input.selectors);
      if (anchor !== null) return this.anchored(input, target, anchor.start, anchor.end, anchor.method);
    }
    const found = this.searchElsewhere(input.selectors.quote, input.paragraphKey, target);
    if (found === null) return orphaned(input);
    return this.anchored(input, found.index, found.anchor.start, found.anchor.end, found.anchor.method);
  }

  /**
   * A whole-paragraph annotation follows its key. When the key is gone, the old text may live on
   * inside another paragraph (a merge): it then becomes an annotation on that span.
   */
  private carryParagraph(input: ReanchorInput, target: number | undefined): ReanchorOutcome {
    if (target !== undefined) return anchoredParagraph(input, this.after[target].key);
    const old = this.beforeAt.get(input.paragraphKey);
    const text = old === undefined ? '' : this.before[old].text;
    if (text.trim() === '') return orphaned(input);
    const found = this.searchElsewhere(
      { type: 'TextQuoteSelector', exact: text, prefix: '', suffix: '' },
      input.paragraphKey,
      undefined,
    );
    if (found === null) return orphaned(input);
    const paragraph = this.after[found.index];
    if (found.anchor.start === 0 && found.anchor.end === paragraph.text.length)
      return anchoredParagraph(input, paragraph.key);
    return this.anchored(input, found.index, found.anchor.start, found.anchor.end, found.anchor.method);
  }

  /**
   * Where the text went when its paragraph no longer holds it: the paragraphs around it in the new
   * version (a split or merge keeps text next door), then those sharing the quote's rarest words.
   * Verbatim quotes are tried in all of them before any fuzzy match.
   */
  private searchElsewhere(quote: TextQuoteSelector, key: string, target: number | undefined): Found | null {
    const candidates = this.candidates(quote.exact, key, target);
    let found: Found | null = null;
    for (const index of candidates) {
      const anchor = findQuote(this.after[index].text, quote, FOREIGN);
      if (anchor !== null && stronger({ index, anchor }, found)) found = { index, anchor };
    }
    if (found !== null) return found;
    for (const index of candidates) {
      const anchor = findFuzzy(this.after[index].text, quote, FOREIGN);
      if (anchor !== null && stronger({ index, anchor }, found)) found = { index, anchor };
    }
    return found;
  }

  private candidates(exact: string, key: string, target: number | undefined): number[] {
    const list: number[] = [];
    if (target !== undefined) list.push(target - 1, target + 1);
    const old = this.beforeAt.get(key);
    if (old !== undefined) {
      const previous = this.survivor(old, -1);
      const next = this.survivor(old, 1);
      if (previous !== undefined) list.push(previous, previous + 1);
      if (next !== undefined) list.push(next, next - 1);
    }
    this.index ??= new ParagraphIndex(this.after.map((p) => p.text));
    list.push(...this.index.candidates(exact, INDEX_CANDIDATES));
    return [...new Set(list)].filter((i) => i >= 0 && i < this.after.length && i !== target);
  }

  /** Index in the new version of the nearest old neighbour (in `direction`) whose key survived. */
  private survivor(old: number, direction: -1 | 1): number | undefined {
    for (let step = 1; step <= NEIGHBOUR_SCAN; step += 1) {
      const neighbour = this.before[old + direction * step] as Paragraph | undefined;
      if (neighbour === undefined) return undefined;
      const at = this.afterAt.get(neighbour.key);
      if (at !== undefined) return at;
    }
    return undefined;
  }

  private anchored(
    input: ReanchorInput,
    index: number,
    start: number,
    end: number,
    method: AnchorMethod,
  ): ReanchorOutcome {
    const paragraph = this.after[index];
    return {
      id: input.id,
      status: 'anchored',
      method,
      paragraphKey: paragraph.key,
      selectors: describeSpan(paragraph.text, start, end),
    };
  }
}

function anchoredParagraph(input: ReanchorInput, key: string): ReanchorOutcome {
  return { id: input.id, status: 'anchored', method: 'paragraph', paragraphKey: key, selectors: null };
}

function orphaned(input: ReanchorInput): ReanchorOutcome {
  return { id: input.id, status: 'orphaned', method: null, paragraphKey: null, selectors: null };
}

/**
 * Carries annotations from one version to the next. A span is looked for in the paragraph with
 * the same key (anchorSpan: exact, quote, fuzzy); when the key is gone or the span is not found
 * there, in the paragraphs that took its text (new neighbours, then paragraphs sharing its rarest
 * words), verbatim then fuzzy, with stricter evidence since common phrases recur across a draft. A
 * whole-paragraph annotation keeps its key ('paragraph'), or follows its text into a merged
 * paragraph. Anything not found is orphaned, never dropped: one outcome per input, in input order.
 */
export function reanchor(annotations: readonly ReanchorInput[], from: Section[], to: Section[]): ReanchorOutcome[] {
  const carrier = new Carrier(from, to);
  return annotations.map((annotation) => carrier.carry(annotation));
}
