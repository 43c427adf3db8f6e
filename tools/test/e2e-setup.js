// Jest globalSetup for browser specs: the whole product, started the way `npm start` starts
// it, on free ports with a throwaway data folder and its own queue prefix.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { freePort } = require('../lib/procs');
const { startStack } = require('../lib/stack');
const { buildServer, buildWeb } = require('../lib/install');

module.exports = async function e2eSetup() {
  if (process.env.WEB_URL) return; // a stack started by hand, for debugging
  buildServer(); // incremental: cheap when the test command has just built
  // The browsers load the built client, as users get it: with the dev server every fresh browser
  // profile fetched hundreds of modules transformed on request (a sign-in page in 10 s instead of
  // 2.6 s at load 10, bench/README.md). E2E_WEB=dev keeps the dev server, for debugging the client.
  const webMode = process.env.E2E_WEB === 'dev' ? 'dev' : 'built';
  if (webMode === 'built') buildWeb();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'concordia-e2e-'));
  const stack = await startStack({
    apiPort: await freePort(),
    webPort: await freePort(),
    ferretPort: await freePort(),
    dataDir,
    redisPrefix: `concordia_e2e_${process.pid}`,
    echo: process.env.E2E_ECHO === 'true',
    webMode,
    // Every browser of every spec signs in from 127.0.0.1, many times a minute, and the specs share
    // the demo accounts, each used by several browsers at once.
    env: {
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000',
      RATE_LIMIT_SIGN_IN_PER_MINUTE: '1000000',
      RATE_LIMIT_ACCOUNT_PER_MINUTE: '1000000',
      RATE_LIMIT_COSTLY_PER_MINUTE: '1000000',
    },
  });
  process.env.WEB_URL = stack.webUrl;
  process.env.API_URL = stack.apiUrl;
  // The browser tests read the caught mail and enqueue scheduled jobs (the digest) themselves.
  if (stack.mailUrl) process.env.MAIL_URL = stack.mailUrl;
  process.env.E2E_REDIS_PREFIX = `concordia_e2e_${process.pid}`;
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  globalThis.__concordiaE2E = { stack, dataDir, redisUrl, redisPrefix: process.env.E2E_REDIS_PREFIX };
};
