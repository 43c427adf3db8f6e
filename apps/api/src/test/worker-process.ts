import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Redis } from 'ioredis';
import type { TestApp } from './test-app';

/** The worker as built (`npx tsc -b`), run as its own process exactly as in production. */
const WORKER_MAIN = path.resolve(__dirname, '../../../worker/dist/main.js');

export interface WorkerProcess {
  output(): string;
  stop(): Promise<void>;
  /** SIGKILL, as a crash would: no job finishes, nothing is cleaned up. */
  kill(): Promise<void>;
}

/**
 * Starts the real worker on the test app's database and queue prefix, and waits for its
 * "worker ready" line. The API enqueues, this process parses: imports run end to end.
 */
export async function startWorker(
  t: TestApp,
  extraEnv: Record<string, string> = {},
  options: { keepQueues?: boolean } = {},
): Promise<WorkerProcess> {
  if (!existsSync(WORKER_MAIN)) throw new Error(`${WORKER_MAIN} is missing: build first (npx tsc -b tsconfig.json)`);
  const child: ChildProcess = spawn(process.execPath, [WORKER_MAIN], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      REDIS_URL: t.config.redis.url,
      REDIS_PREFIX: t.config.redis.prefix,
      MONGODB_URI: t.config.mongo.uri,
      MONGODB_DB: t.config.mongo.dbName,
      // No mail leaves a test unless it gives its own sink (a developer's sink may be on 1025).
      SMTP_URL: 'smtp://127.0.0.1:9',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  // A cold start (Node, Nest, the connections) takes seconds on a loaded machine.
  const deadline = Date.now() + 60_000;
  while (!output.includes('"msg":"worker ready"')) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the worker did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      if (!options.keepQueues) await removeQueueKeys(t.config.redis.url, t.config.redis.prefix);
    },
    kill: async () => {
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

async function removeQueueKeys(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url);
  try {
    const keys: string[] = [];
    for await (const batch of redis.scanStream({ match: `${prefix}:*`, count: 500 }) as AsyncIterable<string[]>) {
      keys.push(...batch);
    }
    if (keys.length > 0) await redis.unlink(...keys);
  } finally {
    await redis.quit();
  }
}

/** Polls GET /imports/:id until the import leaves queued/parsing/matching. */
export async function settledImport(
  t: TestApp,
  importId: string,
  token: string,
  timeoutMs = 20_000,
): Promise<Record<string, unknown> & { status: string }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await t.http.get(`/api/imports/${importId}`, { token });
    if (res.status !== 200) throw new Error(`GET import ${importId}: ${res.status} ${JSON.stringify(res.body)}`);
    const body = res.body as Record<string, unknown> & { status: string };
    if (!['queued', 'parsing', 'matching'].includes(body.status)) return body;
    if (Date.now() > deadline) throw new Error(`import ${importId} still ${body.status} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
