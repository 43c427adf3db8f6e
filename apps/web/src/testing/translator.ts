import { createInstance, type i18n as I18n, type TFunction } from 'i18next';
import { loadCatalogue } from '../i18n/catalogues';

/** An i18next instance with the app's catalogue of one language, as i18n.ts loads it. */
export const i18nIn = async (lng: 'en' | 'fr' | 'es'): Promise<I18n> => {
  const i18n = createInstance();
  await i18n.init({
    resources: { [lng]: { translation: await loadCatalogue(lng) } },
    lng,
    // As the app: nothing falls back to another language, so a string a catalogue lacks shows here.
    fallbackLng: false,
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  return i18n;
};

/** The app's translations in one language: for unit specs. */
export const translator = async (lng: 'en' | 'fr' | 'es'): Promise<TFunction> => {
  const i18n = await i18nIn(lng);
  return i18n.t.bind(i18n);
};
