import type { Language } from '@concordia/contracts';
import { CATALOGUE_IMPORTS, type Catalogue } from './catalogue-imports';
import { withEveryPluralForm } from './plural-forms';

export type { Catalogue } from './catalogue-imports';

/** The catalogue of `language`, with every plural form its counts can ask for. */
export const loadCatalogue = async (language: Language): Promise<Catalogue> =>
  withEveryPluralForm(await CATALOGUE_IMPORTS[language](), language);
