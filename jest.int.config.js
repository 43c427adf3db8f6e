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
  // Setup hooks start an app, a worker or a mail sink: on two shared cores that has taken over 30 s.
  testTimeout: 60000,
  maxWorkers: 2,
};
