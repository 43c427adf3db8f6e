// Removes the keys a test run wrote to the shared Redis, and says what they were.
'use strict';
const { Redis } = require('ioredis');

/**
 * Unlinks every key matching `pattern`; returns how many there were per family (the key
 * without its test prefix and ids) and the prefixes they were under (one per test app or
 * worker spec), so a teardown can name what a suite forgot to remove.
 */
async function removeKeys(url, pattern, { familyOf = (key) => key } = {}) {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null });
  redis.on('error', () => undefined);
  const families = new Map();
  const owners = new Set();
  let count = 0;
  try {
    await redis.connect();
    for await (const keys of redis.scanStream({ match: pattern, count: 500 })) {
      if (keys.length === 0) continue;
      count += keys.length;
      for (const key of keys) {
        const family = familyOf(key);
        families.set(family, (families.get(family) ?? 0) + 1);
        owners.add(key.split(':')[0]);
      }
      await redis.unlink(...keys);
    }
  } finally {
    redis.disconnect();
  }
  return { count, families, owners };
}

module.exports = { removeKeys };
