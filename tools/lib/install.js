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

module.exports = { ensureNodeModules, buildServer };
