/** Spanish, fetched as one chunk: its catalogue, and its time zones' cities (common/exemplar-cities.ts). */
export { es as catalogue } from '../locales/es';
export { default as exemplarCities } from 'cldr-dates-full/main/es/timeZoneNames.json?exemplar-cities';
