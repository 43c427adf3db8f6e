import type { Section } from '@concordia/contracts';
import type { ParsedDocument } from '../import/structure';
import { profileSimilarity, textProfile, type TextProfile } from './similarity';

/** Paragraph `index` (document order, 0-based) of the new document and the key it inherits. */
export interface KeyMatch {
  index: number;
  /** The previous version's key, or null for a new paragraph. */
  key: string | null;
  /** 0..1, rounded to three decimals; 1 for the same text; null when unmatched. */
  similarity: number | null;
}

export interface KeyMatching {
  matches: KeyMatch[];
  /** Keys of the previous version no paragraph inherited, in their previous order. */
  removedKeys: string[];
}

/** Below this similarity a paragraph is new rather than a revision of an old one. */
export const MATCH_THRESHOLD = 0.4;
/** Tips near-equal candidates towards the one that keeps the document order. */
const ORDER_BONUS = 0.05;
/** Rarest tokens of a paragraph looked up in the inverted index. */
const LOOKUP_TOKENS = 32;
/** Candidates from the index scored in full per paragraph. */
const INDEX_CANDIDATES = 8;
/** Unmatched previous paragraphs around the expected position also scored in full. */
const POSITION_CANDIDATES = 4;

/**
 * Gives each paragraph of a revised document the key of the previous paragraph it revises.
 * Identical texts match first (in order, so repeated texts keep their order). The rest are
 * compared by word similarity, but only against candidates sharing rare words or word pairs
 * (an inverted index) and the unmatched paragraphs where the paragraph would be if the order held,
 * so a 2,000-paragraph document is not compared 4 million times. Best pairs are taken first; a
 * split paragraph's larger part scores higher, so it keeps the key.
 */
export function matchKeys(previous: Section[], next: ParsedDocument): KeyMatching {
  const before = previous.flatMap((section) => section.paragraphs);
  const after = next.sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.text));
  const state: MatchState = {
    previousOf: new Array<number>(after.length).fill(-1),
    similarity: new Array<number | null>(after.length).fill(null),
    taken: new Array<boolean>(before.length).fill(false),
  };

  matchIdentical(
    before.map((paragraph) => paragraph.text),
    after,
    state,
  );
  const anchors = orderAnchors(state.previousOf, before.length);
  matchSimilar(
    before.map((paragraph) => paragraph.text),
    after,
    anchors,
    state,
  );

  return {
    matches: after.map((_, index) => {
      const p = state.previousOf[index];
      const similarity = state.similarity[index];
      return p < 0 || similarity === null
        ? { index, key: null, similarity: null }
        : { index, key: before[p].key, similarity: Math.round(similarity * 1000) / 1000 };
    }),
    removedKeys: before.filter((_, p) => !state.taken[p]).map((paragraph) => paragraph.key),
  };
}

interface MatchState {
  /** New paragraph index -> previous paragraph index, -1 when unmatched. */
  previousOf: number[];
  similarity: (number | null)[];
  /** Previous paragraph index -> already inherited. */
  taken: boolean[];
}

function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function matchIdentical(before: string[], after: string[], state: MatchState): void {
  const queues = new Map<string, { at: number; items: number[] }>();
  before.forEach((text, p) => {
    const key = flat(text);
    const queue = queues.get(key);
    if (queue) queue.items.push(p);
    else queues.set(key, { at: 0, items: [p] });
  });
  after.forEach((text, i) => {
    const queue = queues.get(flat(text));
    if (!queue || queue.at >= queue.items.length) return;
    const p = queue.items[queue.at++];
    state.previousOf[i] = p;
    state.similarity[i] = 1;
    state.taken[p] = true;
  });
}

/** For each new paragraph, the previous-version positions of its nearest matched neighbours. */
interface Anchors {
  /** Previous index of the nearest matched paragraph before i, -1 if none. */
  low: number[];
  /** New index of that paragraph, -1 if none. */
  lowAt: number[];
  /** Previous index of the nearest matched paragraph after i, `before.length` if none. */
  high: number[];
}

function orderAnchors(previousOf: number[], beforeLength: number): Anchors {
  const n = previousOf.length;
  const low = new Array<number>(n);
  const lowAt = new Array<number>(n);
  const high = new Array<number>(n);
  let lastP = -1;
  let lastI = -1;
  for (let i = 0; i < n; i += 1) {
    low[i] = lastP;
    lowAt[i] = lastI;
    if (previousOf[i] >= 0) {
      lastP = previousOf[i];
      lastI = i;
    }
  }
  let nextP = beforeLength;
  for (let i = n - 1; i >= 0; i -= 1) {
    high[i] = nextP;
    if (previousOf[i] >= 0) nextP = previousOf[i];
  }
  return { low, lowAt, high };
}

interface Pairing {
  i: number;
  p: number;
  similarity: number;
  score: number;
}

function matchSimilar(before: string[], after: string[], anchors: Anchors, state: MatchState): void {
  const open = before.map((_, p) => p).filter((p) => !state.taken[p]);
  if (open.length === 0) return;
  const profiles = new Map<number, TextProfile>(open.map((p) => [p, textProfile(before[p])]));
  const index = invertedIndex(profiles);

  const pairings: Pairing[] = [];
  after.forEach((text, i) => {
    if (state.previousOf[i] >= 0) return;
    const profile = textProfile(text);
    const low = anchors.low[i];
    const high = anchors.high[i];
    const expected = low + (i - anchors.lowAt[i]);
    const candidates = new Set([
      ...indexCandidates(profile, index, expected),
      ...positionCandidates(open, expected, low, high),
    ]);
    for (const p of candidates) {
      const similarity = profileSimilarity(profile, profiles.get(p) as TextProfile);
      if (similarity < MATCH_THRESHOLD) continue;
      const inOrder = low < p && p < high;
      pairings.push({ i, p, similarity, score: similarity + (inOrder ? ORDER_BONUS : 0) });
    }
  });

  pairings.sort((a, b) => b.score - a.score || b.similarity - a.similarity || a.i - b.i || a.p - b.p);
  for (const { i, p, similarity } of pairings) {
    if (state.previousOf[i] >= 0 || state.taken[p]) continue;
    state.previousOf[i] = p;
    state.similarity[i] = similarity;
    state.taken[p] = true;
  }
}

/** Word tokens are prefixed so they never collide with a word pair. */
const WORD_TOKEN = '\u0001';

function tokensOf(profile: TextProfile): string[] {
  return [...[...profile.words.keys()].map((word) => WORD_TOKEN + word), ...profile.pairs.keys()];
}

function invertedIndex(profiles: Map<number, TextProfile>): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (const [p, profile] of profiles) {
    for (const token of tokensOf(profile)) {
      const postings = index.get(token);
      if (postings) postings.push(p);
      else index.set(token, [p]);
    }
  }
  return index;
}

/** Previous paragraphs sharing the most of this paragraph's rarest tokens. */
function indexCandidates(profile: TextProfile, index: Map<string, number[]>, expected: number): number[] {
  const postings = tokensOf(profile)
    .map((token) => index.get(token))
    .filter((list): list is number[] => list !== undefined)
    .sort((a, b) => a.length - b.length)
    .slice(0, LOOKUP_TOKENS);
  const shared = new Map<number, number>();
  for (const list of postings) for (const p of list) shared.set(p, (shared.get(p) ?? 0) + 1);
  return [...shared]
    .sort((a, b) => b[1] - a[1] || Math.abs(a[0] - expected) - Math.abs(b[0] - expected))
    .slice(0, INDEX_CANDIDATES)
    .map(([p]) => p);
}

/** Unmatched previous paragraphs between the matched neighbours, nearest the expected place. */
function positionCandidates(open: number[], expected: number, low: number, high: number): number[] {
  let right = lowerBound(open, expected);
  let left = right - 1;
  const found: number[] = [];
  while (found.length < POSITION_CANDIDATES) {
    const leftOk = left >= 0 && open[left] > low;
    const rightOk = right < open.length && open[right] < high;
    if (!leftOk && !rightOk) break;
    if (rightOk && (!leftOk || open[right] - expected <= expected - open[left])) found.push(open[right++]);
    else found.push(open[left--]);
  }
  return found;
}

function lowerBound(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
