// Installs npm packages when node_modules is missing or older than the lockfile, and builds
// the TypeScript projects the Node services run from.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { ROOT, run } = require('./procs');

function ensureNodeModules() {
  const marker = path.join(ROOT, 'node_modules', '.package-lock.json');
  const lock = path.join(ROOT, 'package-lock.json');
  if (fs.existsSync(marker) && fs.statSync(marker).mtimeMs >= fs.statSync(lock).mtimeMs) return;
  console.log('installing npm packages (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

function buildServer() {
  run(path.join(ROOT, 'node_modules', '.bin', 'tsc'), ['-b', 'tsconfig.json']);
}

/**
 * What the web bundle is made of: the web app, the libraries it aliases to source, the lockfile, and
 * the code its build cuts CLDR's time zone cities with.
 */
const WEB_SOURCES = [
  'apps/web',
  'libs/contracts/src',
  'libs/anchoring/src',
  'package-lock.json',
  'tools/lib/exemplar-cities.js',
];
const WEB_INDEX = path.join(ROOT, 'apps', 'web', 'dist', 'index.html');

/** The newest modification time under `p`, skipping build output and installed packages. */
function newestUnder(p) {
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(p)) {
    if (entry === 'dist' || entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestUnder(path.join(p, entry)));
  }
  return newest;
}

/**
 * Builds the web client into apps/web/dist with `vite build`, unless `force` is false and the
 * bundle is newer than every source it comes from (a rebuild takes 40 s on two cores).
 */
function buildWeb({ force = false } = {}) {
  if (!force && fs.existsSync(WEB_INDEX)) {
    const built = fs.statSync(WEB_INDEX).mtimeMs;
    if (WEB_SOURCES.every((s) => newestUnder(path.join(ROOT, s)) < built)) return;
  }
  run(
    process.execPath,
    [
      path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      path.join(ROOT, 'apps', 'web', 'vite.config.ts'),
      '--logLevel',
      'warn',
    ],
    // Jest sets NODE_ENV=test, which Vite would honour with React's development build.
    { env: { NODE_ENV: 'production' } },
  );
}

module.exports = { ensureNodeModules, buildServer, buildWeb };
