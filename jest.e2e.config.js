const preset = require('./jest.preset');
/**
 * Browser tests: the whole product is started by globalSetup exactly as `npm start` starts it
 * (own ports and data folder), and Debian's Chromium is driven through playwright-core.
 * @type {import('jest').Config}
 */
module.exports = {
  ...preset,
  displayName: 'e2e',
  testMatch: ['<rootDir>/e2e/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/tools/test/e2e-setup.js',
  globalTeardown: '<rootDir>/tools/test/e2e-teardown.js',
  testTimeout: 60000,
  maxWorkers: 1,
};
