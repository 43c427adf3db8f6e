// Jest's side of apps/web/vite-plugins/exemplar-cities.ts: a `…/timeZoneNames.json?exemplar-cities`
// import (the query dropped by jest.unit.config.js's moduleNameMapper) reads the same cut as the
// bundle. Jest parses a transformed JSON file's output as JSON.
'use strict';
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const { exemplarCities, EXEMPLAR_CITIES_FILE } = require('../lib/exemplar-cities');

// The cut depends on the cutting code and the English and alias files too, not only on this file.
const CUTTER = fs.readFileSync(require.resolve('../lib/exemplar-cities'), 'utf8');

module.exports = {
  getCacheKey(source, file) {
    return createHash('sha1').update(CUTTER).update(file).update(source).digest('hex');
  },
  process(_source, file) {
    const language = EXEMPLAR_CITIES_FILE.exec(file)?.[1];
    if (!language) throw new Error(`${file} is not a cldr-dates-full timeZoneNames.json`);
    return { code: JSON.stringify(exemplarCities(language)) };
  },
};
