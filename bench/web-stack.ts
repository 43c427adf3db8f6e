/**
 * The stack the web benches start, typed: `tools/lib` is plain CommonJS shared with the start and
 * test commands, so its shape is declared here once for every bench that drives a browser.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ROOT } from './live-api';

export type WebMode = 'dev' | 'built';

export interface Stack {
  webUrl: string;
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
  }): Promise<Stack>;
}
interface InstallLib {
  buildServer(): void;
  buildWeb(o?: { force?: boolean }): void;
}

const load = createRequire(__filename);
export const stackLib = load(path.join(ROOT, 'tools/lib/stack.js')) as StackLib;
export const install = load(path.join(ROOT, 'tools/lib/install.js')) as InstallLib;
/** The demo accounts the seed creates (one password for all). */
export const demo = JSON.parse(readFileSync(path.join(ROOT, 'apps/api/src/seed/demo-accounts.json'), 'utf8')) as {
  password: string;
  accounts: { email: string; processRole: string | null }[];
};
