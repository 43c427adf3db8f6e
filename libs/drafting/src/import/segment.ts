import type { Block } from './block';
import { BULLET, ENDS_SENTENCE, NUMBER_SOURCE, SUB_ITEM, isWeakHeading, strongHeadingLevel } from './patterns';
import { joinWrapped } from './text-lines';

/**
 * Splits one blank-line-separated block into paragraphs by their numbers. Needed because
 * documents often reach us without blank lines between paragraphs: one numbered paragraph per
 * line, or a whole page flattened onto a single line by PDF extraction
 * ("C. Heading 47. Text ... 48. Text ...").
 *
 * A "N." inside running text only starts a paragraph when it continues the numbering (N is the
 * previous number plus one) right after the end of a sentence, so "in paragraph 48. We" or
 * "in 2003. 2004. was" stay text.
 */

export type SegmentMode = 'text' | 'markdown';

type Boundary = 'start' | 'line' | 'inline';

interface NumberCandidate {
  index: number;
  base: number;
  suffixed: boolean;
  boundary: Boundary;
  afterSentence: boolean;
  /** Preceded by a sentence end and then a heading ("... end. B. Next heading 49. Text"). */
  afterHeading: boolean;
}

const CANDIDATE = new RegExp(`(?<!\\S)${NUMBER_SOURCE} ?\\.\\s+(?=\\S)`, 'gi');
/** Paragraphs inside running text start with a capital, a quote or a bracket. */
const INLINE_PARAGRAPH_START = /[\p{Lu}"“‘'([]/u;
/** A heading prefix longer than this is body text; also bounds the work on huge single lines. */
const MAX_PREFIX = 200;

export function segmentBlock(lines: readonly string[], mode: SegmentMode): Block[] {
  const text = lines.join('\n');
  const chain = selectChain(text, findCandidates(text, mode));
  if (chain.length === 0) return itemBlocks(text);

  const blocks: Block[] = [];
  const first = chain[0];
  const prefix = text.slice(0, first.index).trim();
  if (prefix) blocks.push(...prefixBlocks(prefix, first.boundary, mode));
  chain.forEach((candidate, position) => {
    const next = chain[position + 1];
    const segment = text.slice(candidate.index, next?.index ?? text.length).trim();
    // Flattened PDF text runs the next heading into the end of the paragraph before it.
    const split = mode === 'text' && next?.boundary === 'inline' ? splitTrailingHeading(segment) : null;
    blocks.push(...itemBlocks(split?.body ?? segment));
    if (split) blocks.push(split.heading);
  });
  return blocks;
}

function findCandidates(text: string, mode: SegmentMode): NumberCandidate[] {
  const found: NumberCandidate[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const index = match.index;
    const { newline, tail } = lookBehind(text, index);
    const boundary: Boundary = index === 0 ? 'start' : newline ? 'line' : 'inline';
    if (boundary === 'inline' && !INLINE_PARAGRAPH_START.test(text.charAt(index + match[0].length))) continue;
    found.push({
      index,
      base: Number(match[1]),
      suffixed: match[2] !== undefined,
      boundary,
      afterSentence: ENDS_SENTENCE.test(tail),
      // Only plain text guesses headings; Markdown marks them.
      afterHeading:
        mode === 'text' &&
        boundary === 'inline' &&
        trailingHeading(text.slice(Math.max(0, index - MAX_PREFIX), index)) !== null,
    });
  }
  return found;
}

/** Whether a newline precedes `index` (past spaces), and the few characters before that. */
function lookBehind(text: string, index: number): { newline: boolean; tail: string } {
  let end = index;
  let newline = false;
  while (end > 0 && /\s/.test(text.charAt(end - 1))) {
    if (text.charAt(end - 1) === '\n') newline = true;
    end -= 1;
  }
  return { newline, tail: text.slice(Math.max(0, end - 4), end) };
}

function selectChain(text: string, candidates: NumberCandidate[]): NumberCandidate[] {
  if (candidates.length === 0) return [];
  if (candidates[0].boundary === 'start') return extendChain(candidates, 0);
  for (let i = 0; i < candidates.length; i += 1) {
    const candidate = candidates[i];
    const headingPrefix = candidate.index <= MAX_PREFIX && isHeadingPrefix(text.slice(0, candidate.index), candidate);
    if (!candidate.afterSentence && !headingPrefix) continue;
    const chain = extendChain(candidates, i);
    if (chain.length >= 2 || headingPrefix || candidate.boundary === 'line') return chain;
  }
  return [];
}

function extendChain(candidates: NumberCandidate[], from: number): NumberCandidate[] {
  const chain = [candidates[from]];
  let last = candidates[from].base;
  for (const candidate of candidates.slice(from + 1)) {
    const continues = candidate.suffixed ? candidate.base === last : candidate.base === last + 1;
    // A number at the start of a line after a full stop is a paragraph even with a gap in the
    // numbering (reported later); inside a line it must continue the sequence.
    const accepted =
      candidate.boundary === 'line'
        ? continues || candidate.afterSentence
        : continues && (candidate.afterSentence || candidate.afterHeading);
    if (accepted) {
      chain.push(candidate);
      last = candidate.base;
    }
  }
  return chain;
}

function isHeadingPrefix(prefix: string, candidate: NumberCandidate): boolean {
  const flat = joinWrapped(prefix.split('\n'));
  if (!flat) return false;
  return strongHeadingLevel(flat) !== null || (candidate.boundary === 'line' && isWeakHeading(flat));
}

function prefixBlocks(prefix: string, boundary: Boundary, mode: SegmentMode): Block[] {
  if (mode === 'text') {
    const flat = joinWrapped(prefix.split('\n'));
    const level = strongHeadingLevel(flat) ?? (boundary === 'line' && isWeakHeading(flat) ? 2 : null);
    if (level !== null) return [{ kind: 'heading', level, text: flat }];
  }
  return itemBlocks(prefix);
}

const SENTENCE_END = /[.;:!?][’”")\]]?\d{0,3}\s+/g;

/** The heading at the end of `text` after its last sentence, with the start of that heading. */
function trailingHeading(text: string): { start: number; level: number; heading: string } | null {
  // The heading's own enumerator ("B. ") looks like a sentence end too: try the last few.
  const ends = [...text.matchAll(SENTENCE_END)].map((match) => match.index + match[0].length).slice(-3);
  for (const start of ends.reverse()) {
    const heading = joinWrapped(text.slice(start).split('\n'));
    const level = heading ? strongHeadingLevel(heading) : null;
    if (level !== null) return { start, level, heading };
  }
  return null;
}

function splitTrailingHeading(segment: string): { body: string; heading: Block } | null {
  const found = trailingHeading(segment);
  if (!found) return null;
  return {
    body: segment.slice(0, found.start).trim(),
    heading: { kind: 'heading', level: found.level, text: found.heading },
  };
}

/**
 * Paragraph blocks of a run of lines: a sub-item or bullet line starts a block of its own (the
 * structuring step attaches it to its paragraph); any other line continues the one above.
 */
export function itemBlocks(text: string): Block[] {
  const items: string[][] = [];
  for (const line of text.split('\n')) {
    if (items.length === 0 || SUB_ITEM.test(line) || BULLET.test(line)) items.push([line]);
    else items[items.length - 1].push(line);
  }
  return items
    .map((lines) => joinWrapped(lines))
    .filter(Boolean)
    .map((t) => ({ kind: 'paragraph', text: t }));
}
