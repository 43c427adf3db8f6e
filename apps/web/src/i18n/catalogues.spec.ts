import { LANGUAGES } from '@concordia/contracts';
import { leaves } from '../testing/catalogue-leaves';
import { translator } from '../testing/translator';
import { loadCatalogue } from './catalogues';
import { withEveryPluralForm } from './plural-forms';

/** A count of each plural category the three languages have (CLDR): 1 000 000 is "many" in fr and es. */
const COUNTS = [0, 1, 2, 5, 21, 1_000_000, 2_000_000];

describe('catalogues, one language at a time', () => {
  it.each(LANGUAGES)('%s reads every count of every counted string in its own words', async (lng) => {
    // The app loads one catalogue and falls back to none: a count whose form were missing would
    // show its key (before, a French million read in English).
    const t = await translator(lng);
    const catalogue = await loadCatalogue(lng);
    const stems = leaves(catalogue)
      .map(([key]) => key)
      .filter((key) => key.endsWith('_other'))
      .map((key) => key.slice(0, -'_other'.length));
    expect(stems.length).toBeGreaterThan(50);
    const missing = stems.flatMap((stem) =>
      COUNTS.filter((count) => t(stem as never, { count }) === stem).map((count) => `${stem} (${count})`),
    );
    expect(missing).toEqual([]);
  });

  it('a million takes the plural in French and Spanish', async () => {
    expect((await translator('fr'))('compare.stats.modified', { count: 1_000_000 })).toBe(
      '1\u202f000\u202f000 modifiés',
    );
    expect((await translator('es'))('compare.stats.modified', { count: 1_000_000 })).toBe('1.000.000 modificados');
    expect((await translator('en'))('compare.stats.modified', { count: 1 })).toBe('1 changed');
  });
});

describe('withEveryPluralForm', () => {
  it('gives each plural category a catalogue leaves out its "other" form, and keeps the rest', () => {
    const tree = {
      a: { n_one: 'un', n_other: 'des', kept_one: 'un', kept_many: 'beaucoup', kept_other: 'des' },
      s: 'x',
    };
    expect(withEveryPluralForm(tree, 'fr')).toEqual({
      a: { n_one: 'un', n_many: 'des', n_other: 'des', kept_one: 'un', kept_many: 'beaucoup', kept_other: 'des' },
      s: 'x',
    });
    expect(withEveryPluralForm(tree, 'en')).toEqual(tree);
  });
});
