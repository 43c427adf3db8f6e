// Child-process helpers shared by the start command, the test runner and jest global setups.
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const http = require('node:http');
const net = require('node:net');
const readline = require('node:readline');

const ROOT = require('node:path').resolve(__dirname, '../..');

/** Runs a command to completion, streaming its output; throws with the command line on failure. */
function run(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, {
    cwd: opts.cwd ?? ROOT,
    stdio: opts.quiet ? 'pipe' : 'inherit',
    env: { ...process.env, ...opts.env },
  });
  if (res.error) throw new Error(`${cmd} ${args.join(' ')}: ${res.error.message}`);
  if (res.status !== 0) {
    const out = opts.quiet ? `\n${res.stdout}${res.stderr}` : '';
    throw new Error(`${cmd} ${args.join(' ')} exited with ${res.status}${out}`);
  }
  return res;
}

/**
 * Starts a long-running child in its own process group, so stopping it also stops anything it
 * spawned (vite, for instance). Each output line is prefixed with the service name.
 */
function startService(name, cmd, args, { env = {}, cwd = ROOT, echo = true, onLine } = {}) {
  const child = spawn(cmd, args, {
    cwd,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail = [];
  const handle = (stream) => {
    readline.createInterface({ input: stream }).on('line', (line) => {
      tail.push(line);
      if (tail.length > 60) tail.shift();
      if (echo) process.stdout.write(`[${name}] ${line}\n`);
      if (onLine) onLine(line);
    });
  };
  handle(child.stdout);
  handle(child.stderr);
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return {
    name,
    child,
    exited,
    tail: () => tail.join('\n'),
    async stop(timeoutMs = 15000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        return;
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }, timeoutMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Resolves when `predicate` returns true, rejects when the service exits first or on timeout. */
async function waitFor(service, what, predicate, timeoutMs = 60000) {
  const started = Date.now();
  let exited = null;
  void service.exited.then((r) => (exited = r));
  for (;;) {
    if (await predicate().catch(() => false)) return;
    if (exited)
      throw new Error(`${service.name} exited (${exited.code ?? exited.signal}) before ${what}:\n${service.tail()}`);
    if (Date.now() - started > timeoutMs)
      throw new Error(`${service.name}: timed out after ${timeoutMs} ms waiting for ${what}:\n${service.tail()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function portAnswers(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const s = net.connect({ port, host });
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Whether a GET of `url` answers 2xx, on a connection of its own that is closed after: a socket
 * pooled here and left idle could be handed to the first test's request just as the server
 * closes it (ECONNRESET).
 */
function httpOk(url) {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent: false, timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode >= 200 && res.statusCode < 300);
    });
    req.on('timeout', () => req.destroy(new Error(`no answer from ${url} within 2 s`)));
    req.on('error', reject);
  });
}

module.exports = { ROOT, run, startService, waitFor, portAnswers, freePort, httpOk };
