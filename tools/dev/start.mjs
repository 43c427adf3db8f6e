// `npm start`: installs what is missing, builds, starts every service with demo data and
// prints where to sign in. Ctrl-C stops everything it started; data stays in .data/.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);
const { ensureNodeModules, buildServer } = require('../lib/install.js');
const { ROOT, portAnswers } = require('../lib/procs.js');

const int = (name, fallback) => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 65535) {
    console.error(`${name} must be a port number, got "${raw}"`);
    process.exit(2);
  }
  return n;
};

const ports = {
  apiPort: int('API_PORT', 3000),
  webPort: int('WEB_PORT', 4200),
  ferretPort: int('FERRETDB_PORT', 27018),
  smtpPort: int('SMTP_PORT', 1025),
  mailWebPort: int('MAIL_WEB_PORT', 1080),
};

try {
  ensureNodeModules();
  const { ensureFerretBinary } = require('../lib/ferretdb.js');
  if (!process.env.MONGODB_URI) ensureFerretBinary();
  console.log('building…');
  buildServer();
} catch (err) {
  console.error(`\nstart failed: ${err.message}`);
  process.exit(1);
}

const portVariables = {
  apiPort: 'API_PORT',
  webPort: 'WEB_PORT',
  ferretPort: 'FERRETDB_PORT',
  smtpPort: 'SMTP_PORT',
  mailWebPort: 'MAIL_WEB_PORT',
};
for (const [name, port] of Object.entries(ports)) {
  if (name === 'ferretPort' && process.env.MONGODB_URI) continue;
  if ((name === 'smtpPort' || name === 'mailWebPort') && process.env.SMTP_URL) continue;
  if (await portAnswers(port)) {
    console.error(
      `port ${port} (${name}) is already in use: stop what uses it, or choose another with ${portVariables[name]}=…`,
    );
    process.exit(1);
  }
}

const { startStack } = require('../lib/stack.js');
let stack;
try {
  stack = await startStack({ ...ports, dataDir: path.join(ROOT, '.data'), echo: process.env.QUIET !== 'true' });
} catch (err) {
  console.error(`\nstart failed: ${err.message}`);
  process.exit(1);
}

const demo = JSON.parse(readFileSync(path.join(ROOT, 'apps/api/src/seed/demo-accounts.json'), 'utf8'));
// Labels name the delegation too ("head of delegation (Mexico)"): the emails line up past the longest.
const labelWidth = Math.max(...demo.accounts.map((a) => a.label.length)) + 2;
const lines = [
  '',
  `Concordia is running: ${stack.webUrl}`,
  `API ${stack.apiUrl}/api  ·  OpenAPI ${stack.apiUrl}/api/docs  ·  database ${stack.mongoUri}`,
  ...(stack.mailPageUrl ? [`Caught email (nothing is really sent): ${stack.mailPageUrl}`] : []),
  '',
  `Demo accounts (password: ${demo.password}):`,
  ...demo.accounts.map((a) => `  ${a.label.padEnd(labelWidth)}${a.email}`),
  '',
  'Press Ctrl-C to stop.',
  '',
];
console.log(lines.join('\n'));

let stopping = false;
const shutdown = async (exitCode = 0) => {
  if (stopping) return;
  stopping = true;
  console.log('\nstopping…');
  await stack.stop();
  process.exit(exitCode);
};
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
for (const svc of stack.services) {
  void svc.exited.then(({ code, signal }) => {
    if (stopping) return;
    console.error(`${svc.name} stopped unexpectedly (${code ?? signal}); stopping the rest.`);
    void shutdown(1);
  });
}
