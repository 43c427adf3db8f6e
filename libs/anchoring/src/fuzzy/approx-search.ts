/**
 * Approximate string search: Myers' bit-parallel algorithm with the block-based extension for
 * patterns longer than 32 characters (G. Myers, "A Fast Bit-Vector Algorithm for Approximate
 * String Matching Based on Dynamic Programming", J. ACM 46(3), 1999; branch-free steps after
 * M. Šošić, 2014).
 *
 * A typed port of approx-string-match 2.0.0 (https://github.com/robertknight/approx-string-match-js,
 * MIT License, Copyright (c) 2020 Robert Knight). The package is ESM-only, which a CommonJS
 * build and jest's CommonJS runtime cannot load, and its CommonJS 1.x release has a wrong-result
 * bug for patterns whose length is a multiple of 32; the code is kept here instead. The match
 * ends and costs are the package's; starts are computed exactly (see matchStart). Positions are
 * UTF-16 code units.
 */

export interface ApproxMatch {
  /** Start offset of the match in the text. */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** Insertions, deletions and substitutions between the pattern and the matched text. */
  errors: number;
}

const WORD = 32;

interface BlockState {
  P: Uint32Array;
  M: Uint32Array;
  lastRowMask: Uint32Array;
}

/** 1 when n is non-zero, else 0, without a branch. */
function oneIfNotZero(n: number): number {
  return ((n | -n) >> 31) & 1;
}

/** One block step (Fig. 8 of Myers); returns the horizontal delta out of the block, in {-1, 0, 1}. */
function advanceBlock(state: BlockState, peq: Uint32Array, b: number, hIn: number): number {
  let pV = state.P[b];
  let mV = state.M[b];
  const hInIsNegative = hIn >>> 31;
  const eq = peq[b] | hInIsNegative;

  const xV = eq | mV;
  const xH = (((eq & pV) + pV) ^ pV) | eq;
  let pH = mV | ~(xH | pV);
  let mH = pV & xH;

  const hOut = oneIfNotZero(pH & state.lastRowMask[b]) - oneIfNotZero(mH & state.lastRowMask[b]);

  pH <<= 1;
  mH <<= 1;
  mH |= hInIsNegative;
  pH |= oneIfNotZero(hIn) - hInIsNegative;
  pV = mH | ~(xV | pH);
  mV = pH & xV;
  state.P[b] = pV;
  state.M[b] = mV;
  return hOut;
}

/** Ends and error counts of the lowest-cost matches (Fig. 9 of Myers); `start` is left at -1. */
function findMatchEnds(text: string, pattern: string, maxErrorsIn: number): ApproxMatch[] {
  if (pattern.length === 0) return [];
  let maxErrors = Math.min(maxErrorsIn, pattern.length);
  const matches: ApproxMatch[] = [];
  const bMax = Math.ceil(pattern.length / WORD) - 1;
  const state: BlockState = {
    P: new Uint32Array(bMax + 1),
    M: new Uint32Array(bMax + 1),
    lastRowMask: new Uint32Array(bMax + 1),
  };
  state.lastRowMask.fill(1 << 31);
  state.lastRowMask[bMax] = 1 << ((pattern.length - 1) % WORD);

  // Bit vectors of the pattern positions holding each character; an array for the first 256
  // code units makes the per-character lookup of the hot loop cheap.
  const emptyPeq = new Uint32Array(bMax + 1);
  const peq = new Map<number, Uint32Array>();
  const asciiPeq: Uint32Array[] = new Array<Uint32Array>(256).fill(emptyPeq);
  for (let c = 0; c < pattern.length; c += 1) {
    const val = pattern.charCodeAt(c);
    if (peq.has(val)) continue;
    const charPeq = new Uint32Array(bMax + 1);
    peq.set(val, charPeq);
    if (val < asciiPeq.length) asciiPeq[val] = charPeq;
    for (let b = 0; b <= bMax; b += 1) {
      for (let r = 0; r < WORD; r += 1) {
        const idx = b * WORD + r;
        if (idx < pattern.length && pattern.charCodeAt(idx) === val) charPeq[b] |= 1 << r;
      }
    }
  }

  let y = Math.max(0, Math.ceil(maxErrors / WORD) - 1);
  const score = new Uint32Array(bMax + 1);
  for (let b = 0; b <= y; b += 1) score[b] = (b + 1) * WORD;
  score[bMax] = pattern.length;
  for (let b = 0; b <= y; b += 1) {
    state.P[b] = ~0;
    state.M[b] = 0;
  }

  for (let j = 0; j < text.length; j += 1) {
    const charCode = text.charCodeAt(j);
    const charPeq = charCode < asciiPeq.length ? asciiPeq[charCode] : (peq.get(charCode) ?? emptyPeq);

    let carry = 0;
    for (let b = 0; b <= y; b += 1) {
      carry = advanceBlock(state, charPeq, b, carry);
      score[b] += carry;
    }

    if (score[y] - carry <= maxErrors && y < bMax && (charPeq[y + 1] & 1 || carry < 0)) {
      // The bottom block is under the threshold: compute one more block from now on.
      y += 1;
      state.P[y] = ~0;
      state.M[y] = 0;
      const remainder = pattern.length % WORD;
      const maxBlockScore = y === bMax ? (remainder === 0 ? WORD : remainder) : WORD;
      score[y] = score[y - 1] + maxBlockScore - carry + advanceBlock(state, charPeq, y, carry);
    } else {
      while (y > 0 && score[y] >= maxErrors + WORD) y -= 1;
    }

    if (y === bMax && score[y] <= maxErrors) {
      if (score[y] < maxErrors) matches.splice(0, matches.length);
      matches.push({ start: -1, end: j + 1, errors: score[y] });
      // Only the best matches are reported, so the threshold can ratchet down.
      maxErrors = score[y];
    }
  }
  return matches;
}

/**
 * The start of a match ending at `end` with `errors` edits: the longest text.slice(start, end)
 * within `errors` of the pattern. A dynamic program anchored at `end` (the upstream package
 * searched the reversed text unanchored, which can return a start whose slice costs more than
 * reported); O(pattern length x match length), run only for the few best matches.
 */
function matchStart(text: string, pattern: string, end: number, errors: number): number {
  const minStart = Math.max(0, end - pattern.length - errors);
  const span = end - minStart;
  // row[j]: edits between the pattern's last i characters and the text's last j before `end`.
  let row = Array.from({ length: span + 1 }, (_, j) => j);
  for (let i = 1; i <= pattern.length; i += 1) {
    const p = pattern.charCodeAt(pattern.length - i);
    const next = [i];
    for (let j = 1; j <= span; j += 1) {
      const same = text.charCodeAt(end - j) === p ? 0 : 1;
      next.push(Math.min(row[j - 1] + same, row[j] + 1, next[j - 1] + 1));
    }
    row = next;
  }
  for (let j = span; j >= 0; j -= 1) if (row[j] <= errors) return end - j;
  return end;
}

/**
 * The lowest-cost matches of `pattern` in `text` with at most `maxErrors` edits (all of them when
 * several share that cost), in text order; empty when none is within the budget.
 */
export function approxSearch(text: string, pattern: string, maxErrors: number): ApproxMatch[] {
  return findMatchEnds(text, pattern, maxErrors).map((m) => ({
    ...m,
    start: matchStart(text, pattern, m.end, m.errors),
  }));
}
