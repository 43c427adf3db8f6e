import { en } from './locales/en';
import { es } from './locales/es';
import { fr } from './locales/fr';
import { leaves } from '../testing/catalogue-leaves';
import { translator } from '../testing/translator';

const catalogues = [
  ['en', en],
  ['fr', fr],
  ['es', es],
] as const;

/** The catalogue's strings that match `pattern`, with their keys, for a readable failure. */
const offending = (catalogue: object, pattern: RegExp): string[] =>
  leaves(catalogue)
    .filter(([, text]) => pattern.test(text))
    .map(([key, text]) => `${key}: ${text}`);

describe('plurals', () => {
  // "1 párrafo(s) anterior(es) están…" reads as a form letter: i18next picks the _one or _other
  // form from `count`, so every counted string can agree with its number.
  const bracketedPlural = /\p{L}\((?:s|es|x|nes)\)/u;

  it.each(catalogues)('%s writes no "(s)" plural', (_lng, catalogue) => {
    expect(offending(catalogue, bracketedPlural)).toEqual([]);
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

describe('people', () => {
  // "Rosa Díaz retiré(e)", "invitado/a", "délégué·e": a delegate reads a form letter, and a screen
  // reader spells the brackets out. Strings about a person are phrased so that nothing agrees
  // with their gender ("Retrait de Rosa Díaz", "Se retiró a Rosa Díaz", "la personne").
  const genderedShortcut = /\p{L}\((?:e|es|a|as)\)|\p{Ll}·\p{Ll}|\p{Ll}\/(?:a|as|o|os|e|es)(?!\p{L})/u;

  it.each(catalogues)('%s writes no "(e)", "·e" or "/a" form', (_lng, catalogue) => {
    expect(offending(catalogue, genderedShortcut)).toEqual([]);
  });

  it('would catch each of those forms', () => {
    const samples = ['retiré(e)', 'invité(e)s', 'délégué·e', 'invitado/a', 'añadido(a)', 'invitados/as'];
    expect(samples.filter((text) => !genderedShortcut.test(text))).toEqual([]);
    expect(
      ['{{who}} · {{round}}', '{{queue}}/{{name}}', 'Paragraph (a)', 'and/or'].filter((text) =>
        genderedShortcut.test(text),
      ),
    ).toEqual([]);
  });
});

describe('co-sponsors', () => {
  // One name per language for a delegation that joins an amendment, the one UN documents use:
  // « coauteurs » in French (not « coparrains »), « copatrocinadores » in Spanish. The emails and
  // the Word documents say the same (worker email-texts.spec, api exports/co-sponsor-term.spec).
  it('French says « coauteur » and never « parrain »', () => {
    expect(offending(fr, /parrain/iu)).toEqual([]);
    expect(offending(fr, /coauteur/iu).length).toBeGreaterThan(5);
  });

  it('Spanish says « copatrocinador » and no other word for it', () => {
    expect(offending(es, /(?<!co)patrocin|coautor|proponente/iu)).toEqual([]);
    expect(offending(es, /copatrocin/iu).length).toBeGreaterThan(5);
  });

  it('the editor and the thread card name them alike', async () => {
    for (const [lng, names, said] of [
      ['fr', 'Pérou', 'Coauteurs\u00a0: Pérou'],
      ['es', 'Perú', 'Copatrocinadores: Perú'],
    ] as const) {
      const t = await translator(lng);
      expect([t('annotations.thread.sponsors', { names }), t('editor.amendments.sponsors', { names })]).toEqual([
        said,
        said,
      ]);
    }
  });
});

describe('paragraph signs', () => {
  // One screen showed "Sous silence : § 2" above "À l’examen : ¶ 2": a reader takes two signs for
  // two kinds of thing. Each language names a paragraph with the sign of its session.paragraphLabel.
  it.each(catalogues)('%s uses one sign for a paragraph', (_lng, catalogue) => {
    const sign = catalogue.session.paragraphLabel.startsWith('§') ? '§' : '¶';
    const other = sign === '§' ? /¶/ : /§/;
    expect(offending(catalogue, other)).toEqual([]);
  });
});
