import { languageSchema, type Language } from '@concordia/contracts';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en';
import { es } from './locales/es';
import { fr } from './locales/fr';

const STORAGE_KEY = 'concordia.language';

const stored = (): Language | null => {
  try {
    const parsed = languageSchema.safeParse(window.localStorage.getItem(STORAGE_KEY));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // storage disabled
  }
};

/** Before sign-in: the last choice made in this browser, else the browser's own preference. */
const initialLanguage = (): Language => {
  const remembered = stored();
  if (remembered) return remembered;
  for (const tag of navigator.languages) {
    const parsed = languageSchema.safeParse(tag.slice(0, 2).toLowerCase());
    if (parsed.success) return parsed.data;
  }
  return 'en';
};

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, fr: { translation: fr }, es: { translation: es } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  supportedLngs: ['en', 'fr', 'es'],
  interpolation: { escapeValue: false }, // React escapes already
  initAsync: false,
  showSupportNotice: false,
});

document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

export const currentLanguage = (): Language => {
  const parsed = languageSchema.safeParse(i18n.resolvedLanguage ?? i18n.language);
  return parsed.success ? parsed.data : 'en';
};

export const applyLanguage = (language: Language, options: { remember: boolean }): void => {
  if (options.remember) {
    try {
      window.localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // storage disabled: the choice lasts for this page only
    }
  }
  if (currentLanguage() !== language) void i18n.changeLanguage(language);
};

export { i18n };
