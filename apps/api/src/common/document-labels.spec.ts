import { LANGUAGES, type Language } from '@concordia/contracts';
import { DOCX_LABELS } from '../drafts/exports/docx-labels';
import { COMPILATION_LABELS } from '../positions/exports/compilation-labels';
import { MATRIX_LABELS } from '../positions/exports/matrix-labels';
import { DOCUMENT_TERMS } from '../positions/exports/document-terms';

/** Every text of a label table with its key path; a function is called with placeholder words. */
const leaves = (tree: object, path: string[] = []): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]: [string, unknown]): [string, string][] => {
    const at = [...path, key].join('.');
    if (typeof value === 'string') return [[at, value]];
    if (typeof value === 'function') {
      const args = Array.from({ length: value.length }, (_, i) => (i === 1 ? 2 : `«W${i}»`));
      return [[at, String((value as (...a: unknown[]) => unknown)(...args))]];
    }
    return leaves(value as object, [...path, key]);
  });

const TABLES: Record<string, Record<Language, object>> = {
  DOCX_LABELS,
  COMPILATION_LABELS,
  MATRIX_LABELS,
  DOCUMENT_TERMS,
};

describe.each(Object.entries(TABLES))('the document label table %s', (_, table) => {
  const keys = (language: Language) => leaves(table[language]).map(([key]) => key);

  it('has every key, with words, in English, French and Spanish', () => {
    for (const language of LANGUAGES) {
      expect(keys(language)).toEqual(keys('en'));
      const empty = leaves(table[language]).filter(([, text]) => text.trim() === '');
      expect({ language, empty }).toEqual({ language, empty: [] });
    }
  });

  it('is translated, not copied from the English', () => {
    const english = new Map(leaves(table.en));
    for (const language of ['fr', 'es'] as const) {
      const translated = leaves(table[language]).filter(([key, text]) => text !== english.get(key));
      // A few words are the same in both ("Question", "Objection", "Code"): most are not.
      expect(translated.length).toBeGreaterThan(leaves(table[language]).length / 2);
    }
  });

  it('writes French with a no-break space before : ; ? ! and the typographic apostrophe', () => {
    const offending = leaves(table.fr).filter(([, text]) => /[^\u00a0][:;?!](\s|$)|'/u.test(text));
    expect(offending).toEqual([]);
  });

  it('writes the typographic apostrophe in English and Spanish too', () => {
    for (const language of ['en', 'es'] as const)
      expect(leaves(table[language]).filter(([, t]) => t.includes("'"))).toEqual([]);
  });
});

describe('the compilation in French', () => {
  it('puts the no-break space where French wants it', () => {
    const fr = COMPILATION_LABELS.fr;
    expect(fr.reason('Repris')).toBe('Motif\u00a0: Repris');
    expect(fr.byline('Amendement', 'Ana (Chili)', null)).toBe('Amendement — Ana (Chili)\u00a0: ');
    expect(fr.withAmendments(fr.terms.position.support_with_amendments, 2)).toBe(
      'Soutien avec amendements (2 amendements)',
    );
  });
});
