const preset = require('./jest.preset');
/**
 * Unit specs live beside the code they test. Web components' specs (*.spec.tsx) render in jsdom,
 * naming tools/test/jsdom-environment.js in their docblock; the rest run in node.
 * @type {import('jest').Config}
 */
module.exports = {
  ...preset,
  displayName: 'unit',
  testMatch: ['<rootDir>/{apps,libs}/**/*.spec.{ts,tsx}'],
  moduleNameMapper: {
    ...preset.moduleNameMapper,
    '\\.css$': '<rootDir>/tools/test/style-stub.js',
    // A language's time zone cities: the file, which the transform below cuts as the web build does.
    '^(cldr-dates-full/main/[^/]+/timeZoneNames\\.json)\\?exemplar-cities$': '$1',
  },
  transformIgnorePatterns: ['/node_modules/(?!cldr-dates-full/)'],
  // The web client fetches pages and catalogues with import(), which Node's CommonJS keeps as a
  // native ES import that Jest cannot serve (nor mock): compiled to require() here, as the bundler
  // would resolve it. For every file, not only the web's: ts-jest keeps one compiler setting per
  // Jest config (its cache ignores the transform's own options), so a second ts-jest transform
  // here raced the first in each worker, and a worker that compiled a library first kept import()
  // native in the web files (CI of 5609952: 106 web cases failed, none in the run before).
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest-unit.json' }],
    '/cldr-dates-full/main/[^/]+/timeZoneNames\\.json$': '<rootDir>/tools/test/exemplar-cities-transform.js',
  },
};
