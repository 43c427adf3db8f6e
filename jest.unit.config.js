const preset = require('./jest.preset');
/** @type {import('jest').Config} Unit specs live beside the code they test. */
module.exports = { ...preset, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'] };
