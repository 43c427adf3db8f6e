import { createInstance } from 'i18next';
import { ANNOTATION_BODY_MAX } from '@concordia/contracts';
import { en } from './locales/en';
import { es } from './locales/es';
import { fr } from './locales/fr';

/** The app's translations, as i18n.ts sets them up, in one language. */
const translator = async (lng: 'en' | 'fr' | 'es') => {
  const i18n = createInstance();
  await i18n.init({
    resources: { en: { translation: en }, fr: { translation: fr }, es: { translation: es } },
    lng,
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  return i18n.t.bind(i18n) as (key: string, options?: Record<string, unknown>) => string;
};

describe('limits are written as each language writes numbers', () => {
  it.each([
    ['en', /Up to 10,000 characters/],
    ['fr', /10\s000 caractères au plus/u],
    ['es', /10\.000|10\s000/u],
  ] as const)('%s', async (lng, expected) => {
    const t = await translator(lng);
    expect(t('annotations.composer.bodyHint', { max: ANNOTATION_BODY_MAX })).toMatch(expected);
    expect(t('validation.maxLength', { max: ANNOTATION_BODY_MAX })).not.toContain(String(ANNOTATION_BODY_MAX));
  });
});
