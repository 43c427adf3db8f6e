// Unicode CLDR's exemplar cities of time zones ("Vienne" for Europe/Vienna in French), cut from
// cldr-dates-full and cldr-bcp47 down to what the web client names zones with: 2 to 5 kB gzipped
// per language, where each language's timeZoneNames.json is 45 to 58 kB. The web build
// (apps/web/vite-plugins/exemplar-cities.ts) and the unit tests (tools/test/exemplar-cities-transform.js)
// both cut it here, so the tests read what the bundle ships.
'use strict';
const fs = require('node:fs');

const read = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

/** CLDR zone id → city, for the zones a locale names otherwise than its id ("Europe/Vienna": "Vienne"). */
function citiesOf(timeZoneNames) {
  const [locale] = Object.values(timeZoneNames.main);
  const cities = {};
  const walk = (node, path) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value !== 'object' || value === null) continue;
      const id = [...path, key];
      // Etc/Unknown ("Unknown Location") names no zone a reader can pick.
      if (typeof value.exemplarCity === 'string' && id[0] !== 'Etc') cities[id.join('/')] = value.exemplarCity;
      walk(value, id);
    }
  };
  walk(locale.dates.timeZoneNames.zone, []);
  return cities;
}

/**
 * Other IANA ids → the id CLDR names the zone by ("Asia/Kolkata": "Asia/Calcutta"): browsers
 * differ in which of them they report, and a profile keeps whichever it was given.
 */
function aliasesOf(bcp47TimeZones) {
  const aliases = {};
  for (const zone of Object.values(bcp47TimeZones.keyword.u.tz)) {
    if (typeof zone !== 'object' || typeof zone._alias !== 'string') continue;
    const [cldrId, ...others] = zone._alias.split(' ');
    for (const other of others) aliases[other] = cldrId;
  }
  return aliases;
}

/**
 * One language's table: its cities, English's for a search by English name (the English table
 * itself has none), and the aliases. `resolve` finds a package's file (require.resolve).
 */
function exemplarCities(language, resolve = require.resolve) {
  const cities = (lang) => citiesOf(read(resolve(`cldr-dates-full/main/${lang}/timeZoneNames.json`)));
  return {
    cities: cities(language),
    ...(language === 'en' ? {} : { english: cities('en') }),
    aliases: aliasesOf(read(resolve('cldr-bcp47/bcp47/timezone.json'))),
  };
}

/** The query that asks for the cut: `cldr-dates-full/main/fr/timeZoneNames.json?exemplar-cities`. */
const EXEMPLAR_CITIES_FILE =
  /[\\/]cldr-dates-full[\\/]main[\\/]([^\\/]+)[\\/]timeZoneNames\.json(?:\?exemplar-cities)?$/;

module.exports = { exemplarCities, EXEMPLAR_CITIES_FILE };
