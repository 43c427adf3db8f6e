import type { Section } from '@concordia/contracts';
import type { ParsedDocument } from '../import/structure';
import { draft, gibberish, paragraphKeys, section, seeded } from '../testing/fixtures';
import { MATCH_THRESHOLD, matchKeys } from './match-keys';

const random = seeded(42);
const texts = Array.from({ length: 12 }, () => gibberish(random, 40));
const [A, B, C, D, E, F] = texts;

function previousOf(...paragraphs: string[]): Section[] {
  return draft(
    1,
    section(
      's',
      '',
      paragraphs.map((text, i) => [`k${i}`, text]),
    ),
  );
}

function documentOf(...paragraphs: string[][]): ParsedDocument {
  let n = 1;
  return {
    sections: paragraphs.map((list, s) => ({
      heading: `Section ${s}`,
      paragraphs: list.map((text) => ({ number: String(n++), text, explicitNumber: true })),
    })),
    warnings: [],
  };
}

/** Replaces every `every`-th word, from the `from`-th. */
function amend(text: string, every = 8, from = 3): string {
  return text
    .split(' ')
    .map((w, i) => (i % every === from ? 'amended' : w))
    .join(' ');
}

describe('matchKeys', () => {
  it('matches identical paragraphs across sections, with similarity 1', () => {
    const result = matchKeys(previousOf(A, B, C), documentOf([A], [B, C]));
    expect(result.matches).toEqual([
      { index: 0, key: 'k0', similarity: 1 },
      { index: 1, key: 'k1', similarity: 1 },
      { index: 2, key: 'k2', similarity: 1 },
    ]);
    expect(result.removedKeys).toEqual([]);
  });

  it('ignores whitespace differences when matching exactly', () => {
    const result = matchKeys(previousOf(A), documentOf([`  ${A.replace(/ /g, '  \n')} `]));
    expect(result.matches[0]).toEqual({ index: 0, key: 'k0', similarity: 1 });
  });

  it('keeps the key of an edited paragraph, with its similarity', () => {
    const { matches } = matchKeys(previousOf(A, B, C), documentOf([A, amend(B), C]));
    expect(matches[1].key).toBe('k1');
    expect(matches[1].similarity).toBeGreaterThan(MATCH_THRESHOLD);
    expect(matches[1].similarity).toBeLessThan(1);
    expect(String(matches[1].similarity)).toMatch(/^0\.\d{1,3}$/);
  });

  it('keeps the keys of moved paragraphs', () => {
    const { matches } = matchKeys(previousOf(A, B, C, D), documentOf([D, B], [amend(C), A]));
    expect(matches.map((m) => m.key)).toEqual(['k3', 'k1', 'k2', 'k0']);
  });

  it('gives no key to new paragraphs and reports unmatched keys as removed, in order', () => {
    const result = matchKeys(previousOf(A, B, C, D), documentOf([E, B, F]));
    expect(result.matches.map((m) => m.key)).toEqual([null, 'k1', null]);
    expect(result.matches[0].similarity).toBeNull();
    expect(result.removedKeys).toEqual(['k0', 'k2', 'k3']);
  });

  it('treats a rewritten paragraph below the threshold as new', () => {
    const rewritten = amend(amend(amend(A, 2, 0), 2, 1), 3, 2);
    const result = matchKeys(previousOf(A), documentOf([rewritten]));
    expect(result.matches[0].key).toBeNull();
    expect(result.removedKeys).toEqual(['k0']);
  });

  it('matches repeated identical paragraphs in their order', () => {
    const { matches } = matchKeys(previousOf(A, B, A, C, A), documentOf([A, C, A]));
    expect(matches.map((m) => m.key)).toEqual(['k0', 'k3', 'k2']);
  });

  it('prefers, among equally similar candidates, the one that keeps the order', () => {
    const edited = amend(A);
    expect(matchKeys(previousOf(B, A, C, A, D), documentOf([B, edited, C, D])).matches[1].key).toBe('k1');
    expect(matchKeys(previousOf(B, A, C, A, D), documentOf([B, C, edited, D])).matches[2].key).toBe('k3');
  });

  it('leaves the key of a split paragraph with the larger part', () => {
    const words = A.split(' ');
    const small = words.slice(0, 14).join(' ');
    const large = words.slice(14).join(' ');
    const first = matchKeys(previousOf(A, B), documentOf([small, large, B]));
    expect(first.matches.map((m) => m.key)).toEqual([null, 'k0', 'k1']);
    const second = matchKeys(previousOf(A, B), documentOf([large, small, B]));
    expect(second.matches.map((m) => m.key)).toEqual(['k0', null, 'k1']);
    expect(second.removedKeys).toEqual([]);
  });

  it('gives a merged paragraph the key of the longer part', () => {
    const short = texts[6].split(' ').slice(0, 15).join(' ');
    const result = matchKeys(previousOf(short, A, B), documentOf([`${short} ${A}`, B]));
    expect(result.matches.map((m) => m.key)).toEqual(['k1', 'k2']);
    expect(result.removedKeys).toEqual(['k0']);
  });

  it('handles empty sides', () => {
    expect(matchKeys([], documentOf([A, B])).matches.map((m) => m.key)).toEqual([null, null]);
    expect(matchKeys(previousOf(A, B), documentOf([]))).toEqual({ matches: [], removedKeys: ['k0', 'k1'] });
  });

  it('matches a large revision correctly (1,000 paragraphs, 10 % edited, shuffled in places)', () => {
    const rnd = seeded(3);
    const base = Array.from({ length: 1_000 }, () => gibberish(rnd, 50));
    const previous = previousOf(...base);
    const keys = paragraphKeys(previous);
    const revised: { text: string; key: string | null }[] = base.map((text, i) => ({
      text: i % 10 === 5 ? amend(text, 7, Math.floor(rnd() * 7)) : text,
      key: keys[i],
    }));
    for (let n = 0; n < 20; n += 1) {
      const [moved] = revised.splice(Math.floor(rnd() * revised.length), 1);
      revised.splice(Math.floor(rnd() * revised.length), 0, moved);
    }
    for (let n = 0; n < 20; n += 1) revised.splice(Math.floor(rnd() * revised.length), 1);
    for (let n = 0; n < 20; n += 1) {
      revised.splice(Math.floor(rnd() * revised.length), 0, { text: gibberish(rnd, 50), key: null });
    }
    const result = matchKeys(previous, documentOf(revised.map((r) => r.text)));
    expect(result.matches.map((m) => m.key)).toEqual(revised.map((r) => r.key));
    const kept = new Set(revised.map((r) => r.key));
    expect(result.removedKeys).toEqual(keys.filter((k) => !kept.has(k)));
  });
});
