// Makes sure a Redis answers at REDIS_URL; starts a local redis-server when none does and one is installed.
'use strict';
const fs = require('node:fs');
const net = require('node:net');
const { startService, waitFor } = require('./procs');

function ping(url) {
  const u = new URL(url);
  return new Promise((resolve) => {
    const s = net.connect({ host: u.hostname, port: Number(u.port || 6379) });
    const done = (ok) => {
      s.destroy();
      resolve(ok);
    };
    s.setTimeout(1500, () => done(false));
    s.once('error', () => done(false));
    s.once('connect', () => {
      const auth = u.password
        ? `AUTH ${decodeURIComponent(u.username || 'default')} ${decodeURIComponent(u.password)}\r\n`
        : '';
      s.write(`${auth}PING\r\n`);
    });
    s.on('data', (buf) => {
      const text = buf.toString();
      if (text.includes('+PONG')) done(true);
      else if (text.startsWith('-')) done(false);
    });
  });
}

function which(cmd) {
  return (process.env.PATH ?? '').split(':').some((d) => d && fs.existsSync(`${d}/${cmd}`)) ? cmd : null;
}

/** Returns a service handle when it had to start Redis itself (to stop it afterwards), else null. */
async function ensureRedis(url, { dataDir } = {}) {
  if (await ping(url)) return null;
  const u = new URL(url);
  const local = ['127.0.0.1', 'localhost', '::1'].includes(u.hostname);
  if (!local || !which('redis-server')) {
    throw new Error(
      `Nothing answers at REDIS_URL=${url}. Start Redis there (Debian: apt-get install -y redis-server && redis-server --daemonize yes), or point REDIS_URL at a running Redis.`,
    );
  }
  const port = u.port || '6379';
  console.log(`no Redis at ${url}: starting redis-server on 127.0.0.1:${port}`);
  const args = [
    '--port',
    port,
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
    '--maxmemory-policy',
    'noeviction',
  ];
  if (dataDir) {
    fs.mkdirSync(dataDir, { recursive: true });
    args.push('--dir', dataDir);
  }
  const svc = startService('redis', 'redis-server', args, { echo: false });
  await waitFor(svc, 'Redis PING', () => ping(url), 15000);
  return svc;
}

module.exports = { ensureRedis, pingRedis: ping };
