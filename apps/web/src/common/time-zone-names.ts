import { foldForSearch } from '@concordia/contracts';
import { cldrZoneId, exemplarCity } from './exemplar-cities';

/**
 * Time zones as readers name them. IANA ids ("America/Mexico_City") are what we store, but a
 * delegate reads "Central Standard Time (Mexico City)", or "heure normale du centre nord-américain
 * (Mexico)". Intl localises the zone's generic name but has no API for its city, which tells apart
 * zones sharing a name (Paris and Zurich are both Central European Time): the city is Unicode CLDR's
 * for the reader's language (exemplar-cities.ts), else the one the id spells.
 */

const UTC_IDS = new Set(['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT']);

const part = (locale: string, zone: string, style: 'longGeneric' | 'longOffset', at: Date): string =>
  new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: style })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value ?? zone;

/** "Knox, Indiana" for America/Indiana/Knox; null for UTC and offsets. */
const idCity = (zone: string): string | null => {
  if (UTC_IDS.has(zone) || zone.startsWith('Etc/')) return null;
  const segments = zone.split('/').map((s) => s.replace(/_/g, ' '));
  if (segments.length < 2) return null;
  const city = segments[segments.length - 1] ?? zone;
  return segments.length > 2 ? `${city}, ${segments[segments.length - 2]}` : city;
};

/**
 * The zone's city in a locale: "Vienne" for Europe/Vienna in French. A zone CLDR names like its id
 * keeps the id's city; another id of the same zone is named as CLDR's id is (America/Argentina/
 * Buenos_Aires as America/Buenos_Aires: "Buenos Aires"). Null for UTC and offsets.
 */
export const zoneCity = (zone: string, locale = 'en'): string | null => {
  const cldrId = cldrZoneId(zone);
  const city = idCity(cldrId);
  return city === null ? null : (exemplarCity(locale, cldrId) ?? city);
};

/** The zone's localised generic name, and its city when the name does not already say it. */
const nameParts = (locale: string, zone: string, at: Date): { generic: string; city: string | null } => {
  const generic = part(locale, zone, 'longGeneric', at);
  const city = zoneCity(zone, locale);
  // Zones without a shared name are already named after their city ("heure : Punta Arenas"), in
  // the reader's language as CLDR spells it; folded, should the browser's CLDR put an accent elsewhere.
  const said = city !== null && foldForSearch(generic).includes(foldForSearch(city.split(',')[0] ?? city));
  return { generic, city: said ? null : city };
};

/** The zone named in a sentence: "heure d’Europe centrale (Paris)"; "UTC" for UTC. */
export const zoneName = (locale: string, zone: string, at: Date = new Date()): string => {
  if (UTC_IDS.has(zone)) return 'UTC';
  try {
    const { generic, city } = nameParts(locale, zone, at);
    return city ? `${generic} (${city})` : generic;
  } catch {
    return zone; // a zone this browser does not know: its id is the best we have
  }
};

export interface ZoneOption {
  value: string;
  /** "(UTC−06:00) Mexico – heure normale du centre nord-américain" */
  label: string;
  offsetMinutes: number;
  /** What a search matches: the label, the id and the English city, lower case and without accents. */
  search: string;
}

/** Minutes east of UTC from a long offset ("GMT-06:00", "UTC+05:45", "GMT"). */
const offsetMinutes = (longOffset: string): number => {
  const match = /([+\u2212-])(\d{1,2}):?(\d{2})?/.exec(longOffset);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '+' ? minutes : -minutes;
};

export const zoneOption = (locale: string, zone: string, at: Date = new Date()): ZoneOption => {
  const option = (label: string, minutes: number): ZoneOption => ({
    value: zone,
    label,
    offsetMinutes: minutes,
    // A reader may know the city by its English name ("Vienna" finds Vienne).
    search: foldForSearch(`${label} ${zone} ${zoneCity(zone) ?? ''}`),
  });
  if (UTC_IDS.has(zone)) return option('UTC', 0);
  try {
    const offset = part(locale, zone, 'longOffset', at);
    const { generic, city } = nameParts(locale, zone, at);
    return option(city ? `(${offset}) ${city} – ${generic}` : `(${offset}) ${generic}`, offsetMinutes(offset));
  } catch {
    return option(zone, 0);
  }
};

/** Every zone as an option, west to east, then by label: the order of the world's clocks. */
export const zoneOptions = (locale: string, zones: readonly string[], at: Date = new Date()): ZoneOption[] =>
  zones
    .map((zone) => zoneOption(locale, zone, at))
    .sort((a, b) => a.offsetMinutes - b.offsetMinutes || a.label.localeCompare(b.label, locale));
