/**
 * Unicode CLDR's exemplar cities of time zones, for naming zones in the reader's language ("Vienne",
 * "Ciudad de México"): Intl localises a zone's generic name but has no API for its city. Each
 * language's table comes with its catalogue (i18n/catalogues.ts), cut down at build time
 * (vite-plugins/exemplar-cities.ts); until one is in, zones keep the city their id spells.
 */
export interface ExemplarCities {
  /** CLDR zone id → city, where the language does not simply spell the id's city. */
  cities: Readonly<Record<string, string>>;
  /** English's table, for finding a zone by its English city; absent from English's own. */
  english?: Readonly<Record<string, string>>;
  /** Other IANA ids → the id CLDR names the zone by ("Asia/Kolkata": "Asia/Calcutta"). */
  aliases: Readonly<Record<string, string>>;
}

const citiesByLanguage = new Map<string, Readonly<Record<string, string>>>();
let aliases: Readonly<Record<string, string>> = {};

/** Makes a language's cities (and English's, for search) known to the zone names. */
export const addExemplarCities = (language: string, table: ExemplarCities): void => {
  citiesByLanguage.set(language, table.cities);
  if (table.english && !citiesByLanguage.has('en')) citiesByLanguage.set('en', table.english);
  aliases = table.aliases;
};

/** The id CLDR knows a zone by: "Asia/Calcutta" for Asia/Kolkata. */
export const cldrZoneId = (zone: string): string => aliases[zone] ?? zone;

/** CLDR's city for a CLDR zone id in a locale ("fr-CA" reads French's), if it names one. */
export const exemplarCity = (locale: string, cldrId: string): string | undefined =>
  citiesByLanguage.get(locale.split('-')[0] ?? locale)?.[cldrId];
