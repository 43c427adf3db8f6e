import { languageSchema, type Language } from '@concordia/contracts';
import i18n from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { loadCatalogue } from './catalogues';
import { initialLanguage, LANGUAGE_STORAGE_KEY } from './initial-language';

export const NAMESPACE = 'translation';

/** Keeps the choice for the next visit in this browser, before anyone signs in. */
export const rememberLanguage = (language: Language): void => {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // storage disabled: the choice lasts for this page only
  }
};

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

/**
 * True once the reader's catalogue is in, false if it could not be fetched (offline, or a release
 * replaced the chunk): the app renders only after it, so no page shows half translated or raw keys.
 */
export const i18nReady: Promise<boolean> = i18n
  .use(resourcesToBackend((language: string) => loadCatalogue(languageSchema.parse(language))))
  .use(initReactI18next)
  .init({
    lng: initialLanguage(),
    // Nothing falls back: every catalogue has every key (Translation<typeof en>) and every plural
    // form (plural-forms.ts), so a French reader loads the French catalogue and no other.
    fallbackLng: false,
    supportedLngs: ['en', 'fr', 'es'],
    ns: NAMESPACE,
    interpolation: { escapeValue: false }, // React escapes already
    showSupportNotice: false,
  })
  .then(
    () => i18n.hasResourceBundle(i18n.language, NAMESPACE),
    () => false,
  );

export const currentLanguage = (): Language => {
  const parsed = languageSchema.safeParse(i18n.resolvedLanguage ?? i18n.language);
  return parsed.success ? parsed.data : 'en';
};

export { i18n };
