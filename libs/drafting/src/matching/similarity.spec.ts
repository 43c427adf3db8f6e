import { gibberish, seeded } from '../testing/fixtures';
import { textSimilarity, tokenize } from './similarity';

describe('textSimilarity', () => {
  const random = seeded(7);
  const a = gibberish(random, 60);
  const b = gibberish(random, 60);

  it('is 1 for the same words, whatever the case, spacing and punctuation', () => {
    expect(textSimilarity(a, a)).toBe(1);
    expect(textSimilarity('States cooperate, fully.', 'states  COOPERATE fully')).toBe(1);
  });

  it('is 0 for texts without a word in common', () => {
    expect(textSimilarity('alpha beta gamma', 'delta epsilon zeta')).toBe(0);
  });

  it('compares texts without words by their characters', () => {
    expect(textSimilarity('', '')).toBe(1);
    expect(textSimilarity('— …', '—  …')).toBe(1);
    expect(textSimilarity('', 'words')).toBe(0);
    expect(textSimilarity('—', 'words')).toBe(0);
  });

  it('decides one-word texts by their words alone', () => {
    expect(textSimilarity('Agreed', 'agreed.')).toBe(1);
    expect(textSimilarity('Agreed', 'Agreed text')).toBeCloseTo(1 / 3);
  });

  it('is symmetric and within 0..1', () => {
    expect(textSimilarity(a, b)).toBe(textSimilarity(b, a));
    expect(textSimilarity(a, b)).toBeGreaterThanOrEqual(0);
    expect(textSimilarity(a, b)).toBeLessThan(0.3);
  });

  it('falls as more of the text is changed', () => {
    const words = a.split(' ');
    const changed = (n: number) => words.map((w, i) => (i % 10 < n ? `x${i}` : w)).join(' ');
    const scores = [1, 2, 4, 6].map((n) => textSimilarity(a, changed(n)));
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    expect(scores[0]).toBeGreaterThan(0.75);
    expect(scores[3]).toBeLessThan(0.4);
  });

  it('scores the larger part of a split paragraph higher than the smaller', () => {
    const words = a.split(' ');
    const large = words.slice(0, 40).join(' ');
    const small = words.slice(40).join(' ');
    expect(textSimilarity(a, large)).toBeGreaterThan(textSimilarity(a, small));
  });

  it('tokenizes letters and digits of any script, in lower case', () => {
    expect(tokenize('Résolution 60/1, États-Unis — ДОКЛАД')).toEqual([
      'résolution',
      '60',
      '1',
      'états',
      'unis',
      'доклад',
    ]);
  });
});
