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

/**
 * Where the setup reports a FerretDB that stopped before the teardown stopped it, for `npm test`
 * (tools/test/run-all.mjs). Its output is kept quiet (errors only, not echoed), so without this
 * a crash shows only as every later spec failing with ECONNREFUSED, and nobody learns why.
 */
const FERRET_EXIT_REPORT = path.join(__dirname, '../../.tmp/integration-ferretdb-exit.txt');

function reportEarlyExit(ferret) {
  fs.rmSync(FERRET_EXIT_REPORT, { force: true });
  void ferret.exited.then(({ code, signal }) => {
    if (globalThis.__concordiaIntegration?.stopping) return;
    const message =
      `FerretDB (${ferret.uri}) exited in the middle of the integration specs at ${new Date().toISOString()}, ` +
      `code ${code}, signal ${signal}; memory free ${Math.round(os.freemem() / 2 ** 20)} MiB of ` +
      `${Math.round(os.totalmem() / 2 ** 20)} MiB; its last output:\n${ferret.tail() || '(none)'}`;
    console.error(`\n${message}\n`);
    fs.mkdirSync(path.dirname(FERRET_EXIT_REPORT), { recursive: true });
    fs.writeFileSync(FERRET_EXIT_REPORT, message);
  });
}

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
    reportEarlyExit(ferret);
  }
  globalThis.__concordiaIntegration = { ferret, redis, dir, redisPrefix };
};
