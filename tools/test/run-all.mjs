// `npm test`: lint, typecheck, unit, integration (real FerretDB + Redis) and browser tests
// (real Chromium), then one closing line with the totals over every suite.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const { ROOT } = require('../lib/procs.js');
const { ensureNodeModules, buildServer } = require('../lib/install.js');
const { ensureFerretBinary, goBinary } = require('../lib/ferretdb.js');

const TMP = path.join(ROOT, '.tmp');
mkdirSync(TMP, { recursive: true });
const bin = (name) => path.join(ROOT, 'node_modules', '.bin', name);
const results = [];

function record(name, passed, failed, skipped = 0, note = '') {
  results.push({ name, passed, failed, skipped });
  const status = failed > 0 ? 'FAIL' : 'ok';
  console.log(
    `\n== ${name}: ${status} (${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''})${note ? ` ${note}` : ''}\n`,
  );
}

/** A check that is one test: passes when the command exits 0. */
function check(name, cmd, args, env = {}) {
  console.log(`\n== ${name}: ${cmd.replace(ROOT + '/', '')} ${args.join(' ')}`);
  const res = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = res.status === 0;
  record(name, ok ? 1 : 0, ok ? 0 : 1);
  return ok;
}

function jestSuite(name, config) {
  const out = path.join(TMP, `jest-${name}.json`);
  rmSync(out, { force: true });
  console.log(`\n== ${name} tests (jest -c ${config})`);
  spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/jest/bin/jest.js'),
      '-c',
      config,
      '--json',
      `--outputFile=${out}`,
      '--passWithNoTests',
    ],
    {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' },
    },
  );
  if (!existsSync(out)) {
    record(`${name} tests`, 0, 1, 0, '(jest did not report: see the output above)');
    return;
  }
  const r = JSON.parse(readFileSync(out, 'utf8'));
  // A spec file that fails to load has no test results; count it as a failure so it is seen.
  const brokenSuites = r.numRuntimeErrorTestSuites ?? 0;
  record(`${name} tests`, r.numPassedTests, r.numFailedTests + brokenSuites, r.numPendingTests + (r.numTodoTests ?? 0));
}

function ensureChromium() {
  const exe = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(exe)) return;
  if (process.getuid?.() === 0) {
    console.log('installing Debian Chromium for the browser tests…');
    const up = spawnSync('apt-get', ['update'], { stdio: 'inherit' });
    const inst = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (up.status === 0 && inst.status === 0 && existsSync(exe)) return;
  }
  throw new Error(
    `Chromium is needed at ${exe} for the browser tests: run "apt-get install -y chromium" as root, or set CHROMIUM_PATH.`,
  );
}

/** The production compose file must stay valid; there is no Docker engine here to start it. */
function composeCheck() {
  const which = spawnSync('sh', ['-c', 'command -v docker-compose'], { encoding: 'utf8' });
  if (which.status !== 0) {
    console.log('\n== compose file: docker-compose is not installed (apt-get install -y docker-compose); skipped');
    record('compose file validates (docker-compose config)', 0, 0, 1);
    return;
  }
  // Throwaway values for the variables compose requires; nothing is started.
  const env = Object.fromEntries(
    ['JWT_ACCESS_SECRET', 'MONGO_ROOT_PASSWORD', 'MONGO_APP_PASSWORD', 'REDIS_PASSWORD'].map((k) => [
      k,
      'x'.repeat(64),
    ]),
  );
  check(
    'compose file validates (docker-compose config)',
    which.stdout.trim(),
    ['-f', 'docker/compose.yaml', 'config', '-q'],
    {
      ...env,
      PUBLIC_URL: 'https://concordia.example.org',
      SMTP_URL: 'smtps://mailer:secret@smtp.example.org:465',
    },
  );
}

let ready = true;
try {
  ensureNodeModules();
  ensureFerretBinary();
  ensureChromium();
} catch (err) {
  console.error(`\nsetup failed: ${err.message}`);
  record('setup', 0, 1);
  ready = false;
}

if (ready) {
  console.log('\n== build (tsc -b): libraries, api, worker');
  try {
    buildServer();
    record('typecheck: build of libs, api, worker', 1, 0);
  } catch {
    record('typecheck: build of libs, api, worker', 0, 1);
    ready = false;
  }
}
if (ready) {
  check('typecheck: specs, tools, e2e', bin('tsc'), ['-p', 'tsconfig.spec.json']);
  check('typecheck: web', bin('tsc'), ['-p', 'apps/web/tsconfig.json', '--noEmit']);
  // The module-boundaries rule silently skips itself without a computed project graph.
  check('project graph (nx)', bin('nx'), ['show', 'projects'], { NX_DAEMON: 'false' });
  check('lint', bin('eslint'), ['.', '--max-warnings', '0']);
  check('format (prettier --check)', bin('prettier'), ['--check', '--log-level', 'warn', '.']);
  composeCheck();
  // No Docker engine here either: the images' build stages run on their build context instead.
  check('docker images build from their context', process.execPath, ['tools/test/docker-builds-check.mjs']);
  // The embedded FerretDB's own addition (an index its _id lookups can use), against SQLite files.
  check('embedded FerretDB (go test)', goBinary(), ['-C', 'tools/ferretdb', 'test', './...'], { CGO_ENABLED: '0' });
  jestSuite('unit', 'jest.unit.config.js');
  // Written by the integration teardown when the specs left Redis keys behind (it removed them).
  const leaks = path.join(TMP, 'integration-redis-leaks.txt');
  rmSync(leaks, { force: true });
  const ferretExit = path.join(TMP, 'integration-ferretdb-exit.txt');
  rmSync(ferretExit, { force: true });
  jestSuite('integration', 'jest.int.config.js');
  if (existsSync(ferretExit))
    record('FerretDB up through the integration specs', 0, 1, 0, readFileSync(ferretExit, 'utf8'));
  if (existsSync(leaks)) record('integration specs leave no Redis keys', 0, 1, 0, readFileSync(leaks, 'utf8'));
  else record('integration specs leave no Redis keys', 1, 0);
  jestSuite('e2e', 'jest.e2e.config.js');
}

const total = results.reduce(
  (t, r) => ({ passed: t.passed + r.passed, failed: t.failed + r.failed, skipped: t.skipped + r.skipped }),
  { passed: 0, failed: 0, skipped: 0 },
);
console.log('\nsummary:');
for (const r of results)
  console.log(
    `  ${r.failed ? 'FAIL' : 'ok  '} ${r.name}: ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}`,
  );
console.log(
  `tests: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`,
);
process.exit(total.failed > 0 ? 1 : 0);
