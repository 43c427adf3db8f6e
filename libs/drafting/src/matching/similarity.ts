/**
 * Word-level text similarity for matching paragraphs across versions. The score averages the
 * Dice coefficient of the word multisets (robust to reordering and small edits) and of the word
 * pairs (shingles of two words: unrelated paragraphs built from the same vocabulary share words
 * but rarely pairs). Dice, unlike containment, favours the larger part of a split paragraph.
 */

export interface TextProfile {
  words: ReadonlyMap<string, number>;
  wordTotal: number;
  pairs: ReadonlyMap<string, number>;
  pairTotal: number;
  /** Whitespace-normalised text, for texts without any word. */
  flat: string;
}

const WORD = /[\p{L}\p{N}]+/gu;

export function tokenize(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

function count(items: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

export function textProfile(text: string): TextProfile {
  const words = tokenize(text);
  const pairs: string[] = [];
  for (let i = 1; i < words.length; i += 1) pairs.push(`${words[i - 1]} ${words[i]}`);
  return {
    words: count(words),
    wordTotal: words.length,
    pairs: count(pairs),
    pairTotal: pairs.length,
    flat: text.replace(/\s+/g, ' ').trim(),
  };
}

function dice(a: ReadonlyMap<string, number>, aTotal: number, b: ReadonlyMap<string, number>, bTotal: number): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [item, n] of small) shared += Math.min(n, large.get(item) ?? 0);
  return (2 * shared) / (aTotal + bTotal);
}

export function profileSimilarity(a: TextProfile, b: TextProfile): number {
  if (a.wordTotal === 0 || b.wordTotal === 0) return a.flat === b.flat ? 1 : 0;
  const wordScore = dice(a.words, a.wordTotal, b.words, b.wordTotal);
  // One-word texts have no pairs; their words alone decide.
  if (a.pairTotal === 0 && b.pairTotal === 0) return wordScore;
  return (wordScore + dice(a.pairs, a.pairTotal, b.pairs, b.pairTotal)) / 2;
}

/** 0 (nothing in common) to 1 (same words in the same order, ignoring case and punctuation). */
export function textSimilarity(a: string, b: string): number {
  return profileSimilarity(textProfile(a), textProfile(b));
}
