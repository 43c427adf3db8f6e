import { en } from './locales/en';
import { es } from './locales/es';
import { fr } from './locales/fr';
import { leaves } from '../testing/catalogue-leaves';
import { translator } from '../testing/translator';

describe('plurals', () => {
  // "1 párrafo(s) anterior(es) están…" reads as a form letter: i18next picks the _one or _other
  // form from `count`, so every counted string can agree with its number.
  const bracketedPlural = /\p{L}\((?:s|es|x|nes)\)/u;

  it.each([
    ['en', en],
    ['fr', fr],
    ['es', es],
  ] as const)('%s writes no "(s)" plural', (_lng, catalogue) => {
    const offending = leaves(catalogue)
      .filter(([, text]) => bracketedPlural.test(text))
      .map(([key, text]) => `${key}: ${text}`);
    expect(offending).toEqual([]);
  });

  it.each([
    [
      'en',
      '1 previous paragraph is matched twice.',
      '3 previous paragraphs are matched twice.',
      '1 changed',
      '2 changed',
    ],
    [
      'fr',
      '1 paragraphe précédent est rapproché deux fois.',
      '3 paragraphes précédents sont rapprochés deux fois.',
      '1 modifié',
      '2 modifiés',
    ],
    [
      'es',
      '1 párrafo anterior está emparejado dos veces.',
      '3 párrafos anteriores están emparejados dos veces.',
      '1 modificado',
      '2 modificados',
    ],
  ] as const)(
    '%s agrees counted words with their number',
    async (lng, oneDuplicate, threeDuplicates, oneChanged, twoChanged) => {
      const t = await translator(lng);
      expect(t('imports.duplicates', { count: 1 })).toContain(oneDuplicate);
      expect(t('imports.duplicates', { count: 3 })).toContain(threeDuplicates);
      expect(t('compare.stats.modified', { count: 1 })).toBe(oneChanged);
      expect(t('compare.stats.modified', { count: 2 })).toBe(twoChanged);
    },
  );
});
