'use strict';
const fs = require('node:fs');
const { removeKeys } = require('../lib/redis-keys');

module.exports = async function e2eTeardown() {
  const state = globalThis.__concordiaE2E;
  if (!state) return;
  await state.stack.stop();
  fs.rmSync(state.dataDir, { recursive: true, force: true });
  // The stack's queues, live logs and counters would stay in the shared Redis for months (a
  // Redis the stack started itself is gone with them: nothing answers, nothing to remove).
  if (state.redisPrefix) await removeKeys(state.redisUrl, `${state.redisPrefix}:*`).catch(() => undefined);
};
