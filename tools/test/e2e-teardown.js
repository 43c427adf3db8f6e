'use strict';
const fs = require('node:fs');

module.exports = async function e2eTeardown() {
  const state = globalThis.__concordiaE2E;
  if (!state) return;
  await state.stack.stop();
  fs.rmSync(state.dataDir, { recursive: true, force: true });
};
