import type { Language } from '@concordia/contracts';
import type { ExemplarCities } from '../common/exemplar-cities';
import type { en } from './locales/en';
import type { Translation } from './locales/translation';

/** One language's strings: the English tree, each leaf in that language. */
export type Catalogue = Translation<typeof en>;

/** What a language brings: its strings, and the names of time zones' cities in it. */
export interface LanguageData {
  catalogue: Catalogue;
  exemplarCities: ExemplarCities;
}

/**
 * Each catalogue is a chunk of its own (en-…js, fr-…js, es-…js: Rollup names a chunk after its module),
 * fetched when a reader first needs that language: about 90 kB of text each, of which a reader
 * reads one. The language's time zone cities ride in the same chunk (i18n/languages/): a few kB
 * more, and no second request. The catalogue preload and the app import them through this one map,
 * so both ask for the same chunk and the browser fetches it once.
 */
export const CATALOGUE_IMPORTS: Record<Language, () => Promise<LanguageData>> = {
  en: () => import('./languages/en'),
  fr: () => import('./languages/fr'),
  es: () => import('./languages/es'),
};
