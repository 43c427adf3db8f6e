import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const load = createRequire(import.meta.url);
const { exemplarCities, EXEMPLAR_CITIES_FILE } = load('../../../tools/lib/exemplar-cities.js') as {
  exemplarCities: (language: string) => unknown;
  EXEMPLAR_CITIES_FILE: RegExp;
};

/** What an import of cldr-dates-full's timeZoneNames.json ends with to be cut down. */
export const EXEMPLAR_CITIES_QUERY = '?exemplar-cities';

/**
 * Serves `cldr-dates-full/main/<language>/timeZoneNames.json?exemplar-cities` as the few kB of
 * that file the client names time zones with (tools/lib/exemplar-cities.js), not the whole file.
 * Vite's JSON plugin then makes it a module, bundled with the language's catalogue.
 */
export const exemplarCitiesPlugin = (): Plugin => ({
  name: 'concordia:exemplar-cities',
  enforce: 'pre',
  load(id) {
    if (!id.endsWith(EXEMPLAR_CITIES_QUERY)) return null;
    const language = EXEMPLAR_CITIES_FILE.exec(id)?.[1];
    if (!language) throw new Error(`${id}: ?exemplar-cities is for cldr-dates-full's timeZoneNames.json`);
    return JSON.stringify(exemplarCities(language));
  },
});
