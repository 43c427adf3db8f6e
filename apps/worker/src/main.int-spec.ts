import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { dropDatabase, eventually, removeRedisKeys, requireEnv, uniqueName } from './test/int-env';

// The compiled entry point, exactly as `npm start` and the container run it.
const MAIN = path.resolve(__dirname, '../dist/main.js');

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function runWorker(env: NodeJS.ProcessEnv): Started {
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, output: () => output, exited };
}

describe('node apps/worker/dist/main.js', () => {
  const prefix = uniqueName('main');
  const dbName = uniqueName('main');
  const running: ChildProcess[] = [];

  beforeAll(() => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build first (npx tsc -b apps/worker)`);
  });

  afterAll(async () => {
    for (const child of running) if (child.exitCode === null) child.kill('SIGKILL');
    await removeRedisKeys(prefix);
    await dropDatabase(dbName);
  });

  it('logs "worker ready", then stops on SIGTERM with exit code 0', async () => {
    const worker = runWorker({
      NODE_ENV: 'production',
      REDIS_URL: requireEnv('REDIS_URL'),
      REDIS_PREFIX: prefix,
      MONGODB_URI: requireEnv('MONGODB_URI'),
      MONGODB_DB: dbName,
      // Required in production; nothing is mailed in this test, so no server needs to listen.
      SMTP_URL: 'smtp://127.0.0.1:9',
      WEB_BASE_URL: 'https://concordia.example.org',
    });
    running.push(worker.child);

    const ready = await eventually(
      'the worker ready line',
      () =>
        Promise.resolve(
          worker
            .output()
            .split('\n')
            .find((line) => line.includes('"msg":"worker ready"')),
        ),
      20_000,
    );
    expect(JSON.parse(ready)).toMatchObject({
      level: 'info',
      service: 'worker',
      queues: expect.arrayContaining(['maintenance', 'imports', 'procedures', 'notifications']),
    });

    worker.child.kill('SIGTERM');

    expect(await worker.exited).toEqual({ code: 0, signal: null });
    expect(worker.output()).toContain('"msg":"worker stopped"');
  });

  it('exits 1 naming the variable when the configuration is invalid', async () => {
    const worker = runWorker({ WORKER_CONCURRENCY: 'lots', REDIS_URL: 'http://nowhere' });
    running.push(worker.child);

    expect(await worker.exited).toEqual({ code: 1, signal: null });
    const fatal = worker
      .output()
      .split('\n')
      .find((line) => line.includes('"level":"fatal"'));
    expect(fatal).toBeDefined();
    const { msg } = JSON.parse(fatal!) as { msg: string };
    expect(msg).toMatch(/^worker failed to start: Invalid worker configuration/);
    expect(msg).toContain('REDIS_URL: must be a URL starting with redis:// or rediss://');
    expect(msg).toContain('WORKER_CONCURRENCY: ');
  });
});
