import type { ImportPreview } from '@concordia/contracts';
import { effectiveKey, matchesFilter, overridesBody, reviewMatches } from './key-matching';

const preview: ImportPreview = {
  sections: [
    {
      heading: 'Principles',
      paragraphs: [
        { index: 0, number: '1', text: 'Same text.', matchedKey: 'k1', similarity: 1 },
        { index: 1, number: '2', text: 'Rather different text.', matchedKey: 'k2', similarity: 0.6 },
        { index: 2, number: '3', text: 'Brand new.', matchedKey: null, similarity: null },
      ],
    },
  ],
  stats: { paragraphs: 3, matched: 2, added: 1, removedKeys: ['k3'] },
  previous: [
    { key: 'k1', number: '1', text: 'Same text.' },
    { key: 'k2', number: '2', text: 'Different text.' },
    { key: 'k3', number: '3', text: 'Dropped.' },
  ],
  warnings: [],
};

const [first, second, third] = preview.sections[0]?.paragraphs ?? [];

describe('key matching review', () => {
  it('recounts matched, added and removed as the server did when nothing is corrected', () => {
    const review = reviewMatches(preview, {});
    expect(review).toMatchObject({ matched: 2, added: 1 });
    expect(review.removed.map((p) => p.key)).toEqual(['k3']);
    expect(review.duplicateKeys.size).toBe(0);
  });

  it('follows corrections: a paragraph made new frees its key, a reassigned key is no longer removed', () => {
    const review = reviewMatches(preview, { 1: null, 2: 'k3' });
    expect(review).toMatchObject({ matched: 2, added: 1 });
    expect(review.removed.map((p) => p.key)).toEqual(['k2']);
    if (third) expect(effectiveKey(third, { 2: 'k3' })).toBe('k3');
  });

  it('flags a key given twice', () => {
    expect([...reviewMatches(preview, { 2: 'k1' }).duplicateKeys]).toEqual(['k1']);
  });

  it('sends only the corrections that differ from the computed match', () => {
    expect(overridesBody(preview, { 0: 'k1', 1: null, 2: 'k3' })).toEqual({ '1': null, '2': 'k3' });
    expect(overridesBody(preview, {})).toEqual({});
  });

  it('filters rows to review, new and corrected ones', () => {
    if (!first || !second || !third) throw new Error('fixture');
    expect(matchesFilter(second, {}, 'review')).toBe(true);
    expect(matchesFilter(first, {}, 'review')).toBe(false);
    expect(matchesFilter(second, { 1: 'k2' }, 'review')).toBe(false);
    expect(matchesFilter(third, {}, 'new')).toBe(true);
    expect(matchesFilter(first, { 0: null }, 'new')).toBe(true);
    expect(matchesFilter(first, { 0: 'k1' }, 'corrected')).toBe(true);
  });
});
