import { type Language, languageSchema } from './common';
import { NEGOTIATION_TERMS } from './negotiation-terms';
import { type ProcessRole, processRoleSchema } from './roles';
import { foldForSearch } from './search-fold';

/** "Délégué", "delegue", "DELEGATE", "head-of-delegation": compared without case, accents or separators. */
export const sheetWord = (text: string): string =>
  foldForSearch(text)
    .replace(/[\s_.-]+/g, ' ')
    .trim();

const LANGUAGES = languageSchema.options;

const ROLE_BY_WORD: ReadonlyMap<string, ProcessRole> = new Map(
  processRoleSchema.options.flatMap((role) => [
    [sheetWord(role), role] as const,
    ...LANGUAGES.map((language) => [sheetWord(NEGOTIATION_TERMS[language].processRole[role]), role] as const),
  ]),
);

/** A role as a sheet may write it: its code, or its name in English, French or Spanish. */
export const roleFromSheet = (cell: string): ProcessRole | null => ROLE_BY_WORD.get(sheetWord(cell)) ?? null;

/** Each language's code and its name in the three languages. */
const LANGUAGE_NAMES: Readonly<Record<Language, readonly string[]>> = {
  en: ['English', 'anglais', 'inglés'],
  fr: ['French', 'français', 'francés'],
  es: ['Spanish', 'espagnol', 'español'],
};
const LANGUAGE_BY_WORD: ReadonlyMap<string, Language> = new Map(
  LANGUAGES.flatMap((language) =>
    [language, ...LANGUAGE_NAMES[language]].map((word) => [sheetWord(word), language] as const),
  ),
);

/** A language as a sheet may write it ("fr", "French", "français"); null when it is none of ours. */
export const languageFromSheet = (cell: string): Language | null => LANGUAGE_BY_WORD.get(sheetWord(cell)) ?? null;
