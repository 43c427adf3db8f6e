import type { Language } from '@concordia/contracts';
import type { en } from './locales/en';
import type { Translation } from './locales/translation';

/** One language's strings: the English tree, each leaf in that language. */
export type Catalogue = Translation<typeof en>;

/**
 * Each catalogue is a chunk of its own (en-…js, fr-…js, es-…js: Rollup names a chunk after its module),
 * fetched when a reader first needs that language: about 90 kB of text each, of which a reader
 * reads one. The catalogue preload and the app import them through this one map, so both ask for
 * the same chunk and the browser fetches it once.
 */
export const CATALOGUE_IMPORTS: Record<Language, () => Promise<Catalogue>> = {
  en: async () => (await import('./locales/en')).en,
  fr: async () => (await import('./locales/fr')).fr,
  es: async () => (await import('./locales/es')).es,
};
