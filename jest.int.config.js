const preset = require('./jest.preset');
/**
 * Integration specs run against a real FerretDB (started here unless MONGODB_URI is set) and
 * the real Redis. Each spec file uses its own database name and queue prefix.
 * @type {import('jest').Config}
 */
module.exports = {
  ...preset,
  displayName: 'integration',
  testMatch: ['<rootDir>/{apps,libs}/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/tools/test/integration-setup.js',
  globalTeardown: '<rootDir>/tools/test/integration-teardown.js',
  testTimeout: 30000,
  maxWorkers: 2,
};
