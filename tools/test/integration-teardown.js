'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { removeKeys } = require('../lib/redis-keys');

/**
 * Where the teardown reports leaked keys for `npm test` (tools/test/run-all.mjs), which counts
 * them as a failed check: failing the teardown itself would cost the run its test counts.
 */
const LEAK_REPORT = path.join(__dirname, '../../.tmp/integration-redis-leaks.txt');

/** `concordia_it_1a2b3c4d_0a1b2c3d4e:unread-writes:<24 hex>` → `unread-writes:<id>`. */
const familyOf = (redisPrefix) => (key) =>
  key
    .slice(redisPrefix.length)
    .replace(/^_[^:]*:/, '')
    .replace(/\b[0-9a-f]{24}\b/g, '<id>')
    .replace(/\b\d{6,}\b/g, '<n>');

/**
 * Every spec removes the Redis keys it wrote (the Redis is shared and keeps them for months).
 * What is still there under this run's prefix is removed here, and reported by family.
 */
async function leftRedisKeys(redisPrefix) {
  if (!redisPrefix) return null;
  const { count, families, owners } = await removeKeys(process.env.REDIS_URL, `${redisPrefix}_*`, {
    familyOf: familyOf(redisPrefix),
  });
  if (count === 0) return null;
  const list = [...families]
    .sort((a, b) => b[1] - a[1])
    .map(([family, n]) => `  ${n} × ${family}`)
    .join('\n');
  return new Error(
    `the integration specs left ${count} Redis keys under ${redisPrefix}_* (now removed), ` +
      `from ${owners.size} prefixes (${[...owners].join(', ')}):\n${list}`,
  );
}

module.exports = async function integrationTeardown() {
  const state = globalThis.__concordiaIntegration;
  if (!state) return;
  let leak = null;
  // The FerretDB exit that follows is ours, not a crash (tools/test/integration-setup.js).
  state.stopping = true;
  try {
    leak = await leftRedisKeys(state.redisPrefix);
  } finally {
    if (state.ferret) await state.ferret.stop();
    if (state.redis) await state.redis.stop();
    if (state.dir) fs.rmSync(state.dir, { recursive: true, force: true });
  }
  fs.rmSync(LEAK_REPORT, { force: true });
  if (leak) {
    console.error(`\n${leak.message}\n`);
    fs.mkdirSync(path.dirname(LEAK_REPORT), { recursive: true });
    fs.writeFileSync(LEAK_REPORT, leak.message);
  }
};
