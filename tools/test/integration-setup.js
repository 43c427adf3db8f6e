// Jest globalSetup for integration specs: a throwaway FerretDB (unless MONGODB_URI is given)
// and a Redis that answers. Specs pick their own database names and queue prefixes, all
// starting with this run's Redis prefix, so the teardown can find what they left behind.
'use strict';
const { randomBytes } = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { freePort } = require('../lib/procs');
const { startFerret } = require('../lib/ferretdb');
const { ensureRedis } = require('../lib/redis');

module.exports = async function integrationSetup() {
  process.env.REDIS_URL ??= 'redis://127.0.0.1:6379';
  // Fresh for each run: a prefix inherited from another run would count its keys as ours.
  const redisPrefix = `concordia_it_${randomBytes(4).toString('hex')}`;
  process.env.CONCORDIA_IT_REDIS_PREFIX = redisPrefix;
  const redis = await ensureRedis(process.env.REDIS_URL);
  let ferret = null;
  let dir = null;
  if (!process.env.MONGODB_URI) {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concordia-it-'));
    ferret = await startFerret({ port: await freePort(), dir });
    process.env.MONGODB_URI = ferret.uri;
  }
  globalThis.__concordiaIntegration = { ferret, redis, dir, redisPrefix };
};
