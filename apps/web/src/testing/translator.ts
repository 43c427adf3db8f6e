import { createInstance, type i18n as I18n, type TFunction } from 'i18next';
import { en } from '../i18n/locales/en';
import { es } from '../i18n/locales/es';
import { fr } from '../i18n/locales/fr';

/** An i18next instance with the app's translations, as i18n.ts sets them up, in one language. */
export const i18nIn = async (lng: 'en' | 'fr' | 'es'): Promise<I18n> => {
  const i18n = createInstance();
  await i18n.init({
    resources: { en: { translation: en }, fr: { translation: fr }, es: { translation: es } },
    lng,
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
