/**
 * The stack the web benches start, typed: `tools/lib` is plain CommonJS shared with the start and
 * test commands, so its shape is declared here once for every bench that drives a browser.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { dropRedisKeys, procs, ROOT } from './live-api';

export type WebMode = 'dev' | 'built';

export interface Stack {
  webUrl: string;
  apiUrl: string;
  stop(): Promise<void>;
}
interface StackLib {
  startStack(o: {
    apiPort: number;
    webPort: number;
    ferretPort: number;
    dataDir: string;
    redisPrefix: string;
    echo: boolean;
    webMode: WebMode;
    env?: Record<string, string>;
  }): Promise<Stack>;
}
interface InstallLib {
  buildServer(): void;
  buildWeb(o?: { force?: boolean }): void;
}

const load = createRequire(__filename);
const stackLib = load(path.join(ROOT, 'tools/lib/stack.js')) as StackLib;
export const install = load(path.join(ROOT, 'tools/lib/install.js')) as InstallLib;
/** The demo accounts the seed creates (one password for all). */
export const demo = JSON.parse(readFileSync(path.join(ROOT, 'apps/api/src/seed/demo-accounts.json'), 'utf8')) as {
  password: string;
  accounts: { email: string; processRole: string | null }[];
};

/**
 * A throwaway stack on free ports, its own data folder and Redis prefix; `stop` removes both.
 * `env` is added to the API's and the worker's environment (e.g. rate limits a bench must not meet).
 */
export const startWebStack = async (
  webMode: WebMode,
  name: string,
  env: Record<string, string> = {},
): Promise<Stack> => {
  const redisPrefix = `concordia_${name}_${process.pid}_${Date.now()}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), `concordia-${name}-`));
  const stack = await stackLib.startStack({
    apiPort: await procs.freePort(),
    webPort: await procs.freePort(),
    ferretPort: await procs.freePort(),
    dataDir,
    redisPrefix,
    echo: false,
    webMode,
    env,
  });
  return {
    webUrl: stack.webUrl,
    apiUrl: stack.apiUrl,
    stop: async () => {
      await stack.stop();
      rmSync(dataDir, { recursive: true, force: true });
      await dropRedisKeys(process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379', `${redisPrefix}*`);
    },
  };
};
