import type { Language } from '@concordia/contracts';

/**
 * The interface's languages, written out rather than read from contracts' schema: this module is
 * part of the catalogue preload's tiny first script (catalogue-preload.ts), which must not pull in
 * zod. initial-language.spec.ts keeps the two lists equal.
 */
export const INTERFACE_LANGUAGES: readonly Language[] = ['en', 'fr', 'es'];

export const LANGUAGE_STORAGE_KEY = 'concordia.language';

const asLanguage = (value: string | null): Language | null =>
  INTERFACE_LANGUAGES.find((language) => language === value) ?? null;

/** The last choice made in this browser (also the signed-in reader's own language), if any. */
export const storedLanguage = (): Language | null => {
  try {
    return asLanguage(window.localStorage.getItem(LANGUAGE_STORAGE_KEY));
  } catch {
    return null; // storage disabled
  }
};

/** Before sign-in: the last choice made in this browser, else the browser's own preference. */
export const initialLanguage = (): Language => {
  const remembered = storedLanguage();
  if (remembered) return remembered;
  for (const tag of navigator.languages) {
    const language = asLanguage(tag.slice(0, 2).toLowerCase());
    if (language) return language;
  }
  return 'en';
};
