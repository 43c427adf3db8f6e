// Builds and runs the embedded FerretDB (tools/ferretdb) that stands in for MongoDB here.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { ROOT, run, startService, waitFor } = require('./procs');

const BIN = path.join(ROOT, '.bin', 'ferretdb');
const SRC = path.join(ROOT, 'tools', 'ferretdb');

function goBinary() {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir && fs.existsSync(path.join(dir, 'go'))) return path.join(dir, 'go');
  }
  if (fs.existsSync('/usr/local/go/bin/go')) return '/usr/local/go/bin/go';
  throw new Error(
    'Go is needed to build the embedded FerretDB: install Go (https://go.dev/doc/install) or set MONGODB_URI to a running MongoDB.',
  );
}

/** Rebuilds .bin/ferretdb when it is missing or older than its sources. */
function ensureFerretBinary() {
  const code = fs.readdirSync(SRC).filter((f) => f.endsWith('.go') && !f.endsWith('_test.go'));
  const sources = [...code, 'go.mod', 'go.sum'].map((f) => path.join(SRC, f));
  const newest = Math.max(...sources.map((f) => fs.statSync(f).mtimeMs));
  if (fs.existsSync(BIN) && fs.statSync(BIN).mtimeMs >= newest) return BIN;
  console.log('building the embedded FerretDB (first time only, about a minute)…');
  fs.mkdirSync(path.dirname(BIN), { recursive: true });
  run(goBinary(), ['build', '-trimpath', '-o', BIN, '.'], { env: { CGO_ENABLED: '0' }, cwd: SRC });
  return BIN;
}

/** Starts FerretDB on loopback and resolves once it accepts connections. */
/** `postgresqlUrl` switches FerretDB to its PostgreSQL handler (used to compare the backends). */
/** `plainIdLookups` leaves out our _id lookup index (tools/ferretdb/id_lookups.go): a benchmark's baseline. */
async function startFerret({ port, dir, echo = false, postgresqlUrl, plainIdLookups = false }) {
  const bin = ensureFerretBinary();
  fs.mkdirSync(dir, { recursive: true });
  let ready = false;
  // FerretDB warns about every command it lacks (the driver's endSessions on each disconnect):
  // noise for us, so only errors unless asked otherwise.
  const logLevel = process.env.FERRETDB_LOG_LEVEL ?? 'error';
  const svc = startService(
    'ferretdb',
    bin,
    [
      '-listen',
      `127.0.0.1:${port}`,
      ...(postgresqlUrl ? ['-postgresql-url', postgresqlUrl] : ['-sqlite-dir', dir]),
      '-log-level',
      logLevel,
      ...(plainIdLookups ? ['-no-id-lookup-index'] : []),
      // A command killed before it could stop FerretDB must not leave it running (tools/ferretdb/parent_watch.go).
      '-exit-with-parent',
    ],
    {
      echo,
      onLine: (line) => {
        if (line.startsWith('ferretdb ready')) ready = true;
      },
    },
  );
  await waitFor(svc, `FerretDB on port ${port}`, async () => ready, 30000);
  return { ...svc, uri: `mongodb://127.0.0.1:${port}/` };
}

module.exports = { ensureFerretBinary, goBinary, startFerret };
