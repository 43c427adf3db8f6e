import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const MAILDEV_BIN = path.resolve(__dirname, '../../../../node_modules/maildev/dist/bin/maildev.js');

/** An email as the sink's REST API returns it (the fields the tests read). */
export interface CaughtEmail {
  id: string;
  subject: string;
  text: string;
  html: string;
  to: { address: string }[];
  headers: Record<string, string>;
}

export interface MailSink {
  smtpUrl: string;
  webUrl: string;
  messages(): Promise<CaughtEmail[]>;
  to(address: string): Promise<CaughtEmail[]>;
  /** The raw message as received (every header). */
  source(id: string): Promise<string>;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * The real SMTP sink of development (MailDev), on free ports and its own mail directory, so
 * parallel spec files never read each other's mail. The tests count what it accepted.
 */
export async function startMailSink(): Promise<MailSink> {
  const [smtp, web] = [await freePort(), await freePort()];
  const dir = mkdtempSync(path.join(tmpdir(), 'concordia-mail-'));
  const child: ChildProcess = spawn(
    process.execPath,
    [MAILDEV_BIN, '-s', String(smtp), '-w', String(web), '--ip', '127.0.0.1', '--web-ip', '127.0.0.1'],
    { env: { PATH: process.env.PATH, MAILDEV_MAIL_DIRECTORY: dir }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const webUrl = `http://127.0.0.1:${web}`;
  // MailDev loads its web stack first: on two busy cores that has taken over 20 s.
  const deadline = Date.now() + 45_000;
  for (;;) {
    const ok = await fetch(`${webUrl}/api/healthz`).then(
      (res) => res.ok,
      () => false,
    );
    if (ok) break;
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      const why = child.exitCode !== null ? `exited with ${child.exitCode}` : 'no answer in 45 s';
      throw new Error(`the mail sink did not start (${why}):\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const messages = async (): Promise<CaughtEmail[]> => {
    const res = await fetch(`${webUrl}/api/email`);
    if (!res.ok) throw new Error(`mail sink answered ${res.status}`);
    return (await res.json()) as CaughtEmail[];
  };
  return {
    smtpUrl: `smtp://127.0.0.1:${smtp}`,
    webUrl,
    messages,
    to: async (address) =>
      (await messages()).filter((m) => m.to.some((t) => t.address.toLowerCase() === address.toLowerCase())),
    source: async (id) => (await fetch(`${webUrl}/api/email/${id}/source`)).text(),
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
