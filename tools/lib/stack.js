// Starts the whole product: FerretDB (unless MONGODB_URI is set), Redis (if none answers),
// the API, the worker and the web client. Used by `npm start` and by the browser tests, so the
// tests exercise exactly what a developer runs.
'use strict';
const path = require('node:path');
const { ROOT, startService, waitFor, httpOk, freePort } = require('./procs');
const { startMailSink } = require('./mail-sink');
const { startFerret } = require('./ferretdb');
const { ensureRedis } = require('./redis');

/**
 * @param {{ apiPort: number, webPort: number, ferretPort: number, dataDir: string,
 *           smtpPort?: number, mailWebPort?: number,
 *           redisPrefix?: string, echo?: boolean, env?: Record<string,string>,
 *           webMode?: 'dev' | 'built' }} o
 */
async function startStack(o) {
  const started = [];
  const stop = async () => {
    for (const svc of started.reverse()) await svc.stop();
  };
  try {
    let mongoUri = process.env.MONGODB_URI;
    if (!mongoUri) {
      const ferret = await startFerret({ port: o.ferretPort, dir: path.join(o.dataDir, 'ferretdb'), echo: o.echo });
      started.push(ferret);
      mongoUri = `${ferret.uri}concordia`;
    }
    const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
    const redis = await ensureRedis(redisUrl, { dataDir: path.join(o.dataDir, 'redis') });
    if (redis) started.push(redis);

    // Email goes to a local sink that keeps it for reading, unless a real SMTP_URL is given.
    let mail = { url: process.env.SMTP_URL, webUrl: null, pageUrl: process.env.MAIL_CATCHER_URL };
    if (!mail.url) {
      const sink = await startMailSink({
        smtpPort: o.smtpPort ?? (await freePort()),
        webPort: o.mailWebPort ?? (await freePort()),
        dir: path.join(o.dataDir, 'mail'),
        echo: o.echo,
      });
      started.push(sink);
      mail = { url: sink.smtpUrl, webUrl: sink.webUrl, pageUrl: sink.pageUrl };
    }

    const origins = [`http://localhost:${o.webPort}`, `http://127.0.0.1:${o.webPort}`].join(',');
    const env = {
      NODE_ENV: 'development',
      MONGODB_URI: mongoUri,
      REDIS_URL: redisUrl,
      // A second `npm start` on a shared Redis needs its own prefix, or its worker takes the
      // other's jobs: the variable the README documents is honoured here.
      REDIS_PREFIX: o.redisPrefix ?? (process.env.REDIS_PREFIX || 'concordia'),
      API_PORT: String(o.apiPort),
      CORS_ORIGINS: process.env.CORS_ORIGINS ?? origins,
      WEB_BASE_URL: process.env.WEB_BASE_URL ?? `http://127.0.0.1:${o.webPort}`,
      SEED_DEMO: process.env.SEED_DEMO ?? 'true',
      SMTP_URL: mail.url,
      ...(mail.pageUrl ? { MAIL_CATCHER_URL: mail.pageUrl } : {}),
      ...o.env,
    };
    const api = startService('api', process.execPath, [path.join(ROOT, 'apps/api/dist/main.js')], {
      env,
      echo: o.echo,
    });
    started.push(api);
    const apiUrl = `http://127.0.0.1:${o.apiPort}`;
    await waitFor(api, 'the API to be ready', () => httpOk(`${apiUrl}/api/health/ready`), 90000);

    let workerReady = false;
    const worker = startService('worker', process.execPath, [path.join(ROOT, 'apps/worker/dist/main.js')], {
      env,
      echo: o.echo,
      onLine: (line) => {
        if (line.includes('worker ready')) workerReady = true;
      },
    });
    started.push(worker);
    await waitFor(worker, 'the worker to be ready', async () => workerReady, 60000);

    const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
    // 'built' serves apps/web/dist (built by the caller) through `vite preview`, same proxy: a page
    // then loads a few bundles instead of hundreds of modules transformed on request.
    const viteArgs = o.webMode === 'built' ? [vite, 'preview'] : [vite];
    const web = startService(
      'web',
      process.execPath,
      [...viteArgs, '--config', path.join(ROOT, 'apps/web/vite.config.ts')],
      {
        env: { ...env, WEB_PORT: String(o.webPort), API_PROXY_TARGET: apiUrl },
        echo: o.echo,
      },
    );
    started.push(web);
    const webUrl = `http://127.0.0.1:${o.webPort}`;
    // Ready when its page loads and its proxy reaches the API: the first request of a browser test goes that way.
    await waitFor(
      web,
      'the web client',
      async () => (await httpOk(`${webUrl}/`)) && httpOk(`${webUrl}/api/health/ready`),
      60000,
    );
    // mailUrl: the sink's base (its API is mailUrl/api); mailPageUrl: the page people read.
    return {
      apiUrl,
      webUrl,
      mongoUri,
      mailUrl: mail.webUrl ?? null,
      mailPageUrl: mail.pageUrl ?? null,
      stop,
      services: started,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

module.exports = { startStack };
