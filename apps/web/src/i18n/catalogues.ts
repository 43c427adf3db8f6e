import type { Language } from '@concordia/contracts';
import { addExemplarCities } from '../common/exemplar-cities';
import { CATALOGUE_IMPORTS, type Catalogue } from './catalogue-imports';
import { withEveryPluralForm } from './plural-forms';

export type { Catalogue } from './catalogue-imports';

/**
 * The catalogue of `language`, with every plural form its counts can ask for; its time zone cities
 * are known from then on, so no page names a zone before they are.
 */
export const loadCatalogue = async (language: Language): Promise<Catalogue> => {
  const { catalogue, exemplarCities } = await CATALOGUE_IMPORTS[language]();
  addExemplarCities(language, exemplarCities);
  return withEveryPluralForm(catalogue, language);
};
