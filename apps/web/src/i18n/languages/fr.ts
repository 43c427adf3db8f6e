/** French, fetched as one chunk: its catalogue, and its time zones' cities (common/exemplar-cities.ts). */
export { fr as catalogue } from '../locales/fr';
export { default as exemplarCities } from 'cldr-dates-full/main/fr/timeZoneNames.json?exemplar-cities';
