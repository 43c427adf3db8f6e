'use strict';
const fs = require('node:fs');

module.exports = async function integrationTeardown() {
  const state = globalThis.__concordiaIntegration;
  if (!state) return;
  if (state.ferret) await state.ferret.stop();
  if (state.redis) await state.redis.stop();
  if (state.dir) fs.rmSync(state.dir, { recursive: true, force: true });
};
