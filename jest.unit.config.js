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
  moduleNameMapper: { ...preset.moduleNameMapper, '\\.css$': '<rootDir>/tools/test/style-stub.js' },
};
