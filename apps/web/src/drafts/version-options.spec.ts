import {
  defaultComparePair,
  defaultVersionId,
  labelChoices,
  orderedVersions,
  suggestLabel,
  type VersionSummary,
} from './version-options';

const v = (id: string, status: VersionSummary['status'], publishedAt: string | null, label = id): VersionSummary => ({
  id,
  label,
  status,
  publishedAt,
});

const rev1 = v('b'.repeat(24), 'published', '2025-02-01T00:00:00.000Z', 'Rev.1');
const zero = v('a'.repeat(24), 'published', '2025-01-01T00:00:00.000Z', 'Zero draft');
const working = v('c'.repeat(24), 'working', null, 'Working');

describe('version choices', () => {
  it('orders published versions by publication and puts the working one last, when shown', () => {
    expect(orderedVersions([working, rev1, zero], true).map((x) => x.label)).toEqual([
      'Zero draft',
      'Rev.1',
      'Working',
    ]);
    expect(orderedVersions([working, rev1, zero], false).map((x) => x.label)).toEqual(['Zero draft', 'Rev.1']);
  });

  it('opens the latest published version, else the working one for those who may see it', () => {
    expect(defaultVersionId([zero, rev1, working], true)).toBe(rev1.id);
    expect(defaultVersionId([working], true)).toBe(working.id);
    expect(defaultVersionId([working], false)).toBeNull();
  });

  it('compares the last two published versions, or the only one with the working text', () => {
    expect(defaultComparePair([zero, rev1, working], true)).toEqual({ from: zero.id, to: rev1.id });
    expect(defaultComparePair([zero, working], true)).toEqual({ from: zero.id, to: working.id });
    expect(defaultComparePair([zero, working], false)).toBeNull();
  });
});

describe('suggestLabel', () => {
  it('starts with the zero draft, then counts revisions', () => {
    expect(suggestLabel([])).toBe('Zero draft');
    expect(suggestLabel(['Zero draft'])).toBe('Rev.1');
    expect(suggestLabel(['Zero draft', 'Rev.1', 'rev 2'])).toBe('Rev.3');
    expect(suggestLabel(['Zero draft', 'Rev.5'])).toBe('Rev.6');
  });

  it('offers the suggestion first and leaves out labels already used', () => {
    const choices = labelChoices(['Zero draft', 'Rev.1']);
    expect(choices[0]).toBe('Rev.2');
    expect(choices).not.toContain('Rev.1');
    expect(choices).not.toContain('Zero draft');
    expect(choices).toContain('Final');
    expect(new Set(choices).size).toBe(choices.length);
  });
});
