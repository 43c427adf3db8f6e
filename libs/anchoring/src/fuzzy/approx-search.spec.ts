import { approxSearch } from './approx-search';

/** Least edit distance between the pattern and any substring ending at each text offset (Sellers). */
function bestCostsByEnd(text: string, pattern: string): number[] {
  let column = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  const costs: number[] = [];
  for (let j = 1; j <= text.length; j += 1) {
    const next = [0];
    for (let i = 1; i <= pattern.length; i += 1) {
      const substitution = column[i - 1] + (pattern[i - 1] === text[j - 1] ? 0 : 1);
      next.push(Math.min(substitution, column[i] + 1, next[i - 1] + 1));
    }
    column = next;
    costs.push(column[pattern.length]);
  }
  return costs;
}

function levenshtein(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i];
    for (let j = 1; j <= b.length; j += 1) {
      next.push(Math.min(row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1), row[j] + 1, next[j - 1] + 1));
    }
    row = next;
  }
  return row[b.length];
}

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('approxSearch', () => {
  it('finds an exact occurrence with no errors', () => {
    expect(approxSearch('the delegations reaffirm the text', 'reaffirm', 2)).toEqual([
      { start: 16, end: 24, errors: 0 },
    ]);
  });

  it('finds a near occurrence and counts its edits', () => {
    const [match] = approxSearch('delegates will reconsider the paragraph', 'reconsidder', 3);
    expect(match).toEqual({ start: 15, end: 25, errors: 1 });
  });

  it('returns nothing beyond the error budget or for an empty pattern', () => {
    expect(approxSearch('observers may attend', 'plenary', 2)).toEqual([]);
    expect(approxSearch('observers may attend', '', 2)).toEqual([]);
  });

  it('agrees with the dynamic-programming definition on random inputs, including long patterns', () => {
    const random = seeded(42);
    const alphabet = 'abcd e';
    const randomText = (n: number) =>
      Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    for (let round = 0; round < 300; round += 1) {
      const text = randomText(Math.floor(random() * 120));
      // Lengths around and at multiples of 32 exercise the block boundaries.
      const pattern = randomText(1 + Math.floor(random() * 96));
      const budget = Math.floor(random() * pattern.length);
      const costs = bestCostsByEnd(text, pattern);
      const least = Math.min(...costs, Infinity);
      const matches = approxSearch(text, pattern, budget);
      if (least > budget) {
        expect(matches).toEqual([]);
        continue;
      }
      const expectedEnds = costs.map((cost, j) => (cost === least ? j + 1 : -1)).filter((end) => end >= 0);
      expect(matches.map((m) => m.end)).toEqual(expectedEnds);
      for (const m of matches) {
        expect(m.errors).toBe(least);
        expect(levenshtein(text.slice(m.start, m.end), pattern)).toBe(least);
        // The longest such match: no earlier start is as close.
        for (let s = Math.max(0, m.end - pattern.length - least); s < m.start; s += 1) {
          expect(levenshtein(text.slice(s, m.end), pattern)).toBeGreaterThan(least);
        }
      }
    }
  });
});
