/** English, fetched as one chunk: its catalogue, and its time zones' cities (common/exemplar-cities.ts). */
export { en as catalogue } from '../locales/en';
export { default as exemplarCities } from 'cldr-dates-full/main/en/timeZoneNames.json?exemplar-cities';
