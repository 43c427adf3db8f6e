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
  transform: {
    // The web client fetches pages with import(), which Node's CommonJS keeps as a native ES import
    // that Jest cannot serve (nor mock): compiled to require() here, as the bundler would resolve it.
    '^.+/apps/web/src/.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest-web.json' }],
    ...preset.transform,
  },
};
