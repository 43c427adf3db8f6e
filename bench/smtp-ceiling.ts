/**
 * How fast nodemailer alone reaches an SMTP sink, by pool size: the ceiling of the notifications
 * benchmark's email part, and whether it is the round trips (too few connections) or the CPU of
 * the sender or of the sink. The sink runs in its own process, as in the benchmark.
 *
 *   npx tsc -p bench/tsconfig.json && node .tmp/bench/smtp-ceiling.js discard 1,5,10,20,40
 *   node .tmp/bench/smtp-ceiling.js maildev 5,20
 *
 * For each pool size, with nodemailer's default of 100 messages per connection and with no
 * limit: 200 warm-up messages, then 969 timed ones; messages per second and CPU milliseconds per
 * message of this process (the sender) and of the sink (from /proc).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import nodemailer from 'nodemailer';
import { ROOT } from './live-api';

const WARM_UP = 200;
const COUNT = 969;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** CPU seconds a process has used so far (user + system, from /proc). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function startSink(kind: string, port: number, dir: string): ChildProcess {
  if (kind === 'discard') {
    return spawn(process.execPath, [path.join(__dirname, 'discard-smtp-sink.js'), String(port)], { stdio: 'ignore' });
  }
  const bin = path.join(ROOT, 'node_modules/maildev/dist/bin/maildev.js');
  const args = ['-s', String(port), '-w', String(port + 1), '--ip', '127.0.0.1', '--web-ip', '127.0.0.1'];
  return spawn(process.execPath, [bin, ...args, '--mail-directory', dir, '--max-emails', '2000', '--silent'], {
    stdio: 'ignore',
  });
}

async function main(): Promise<void> {
  const kind = process.argv[2] === 'maildev' ? 'maildev' : 'discard';
  const pools = (process.argv[3] ?? '5,20').split(',').map(Number);
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'concordia-smtp-ceiling-'));
  const sink = startSink(kind, port, dir);
  try {
    await sleep(2500);
    const text = `${'A new version of the draft was published. '.repeat(6)}\nhttps://concordia.test/processes/x/drafts/y`;
    const html = `<!doctype html><html><body style="font-family:Arial,sans-serif"><p>${text}</p><hr><p style="font-size:12px">Unsubscribe</p></body></html>`;
    let sent = 0;
    console.log(`| sink | pool | messages per connection | msg/s | sender CPU ms/msg | sink CPU ms/msg |`);
    console.log(`| --- | ---: | ---: | ---: | ---: | ---: |`);
    for (const pool of pools) {
      for (const maxMessages of [100, Infinity]) {
        const transport = nodemailer.createTransport({
          url: `smtp://127.0.0.1:${port}`,
          pool: true,
          maxConnections: pool,
          maxMessages,
          ignoreTLS: true,
        });
        const send = (n: number) =>
          Promise.all(
            Array.from({ length: n }, () => {
              const i = sent++;
              return transport.sendMail({
                from: 'Concordia <notifications@concordia.test>',
                to: `raw-${i}@bench.test`,
                subject: `SMTP ceiling ${i}`,
                text,
                html,
                messageId: `<ceiling-${i}@bench.concordia>`,
                list: { unsubscribe: { url: 'https://concordia.test/unsubscribe?token=t', comment: 'Unsubscribe' } },
              });
            }),
          );
        await send(WARM_UP);
        const cpu = process.cpuUsage();
        const sinkCpu = cpuSeconds(sink.pid!);
        const started = performance.now();
        await send(COUNT);
        const seconds = (performance.now() - started) / 1000;
        const used = process.cpuUsage(cpu);
        const sinkUsed = cpuSeconds(sink.pid!) - sinkCpu;
        transport.close();
        const perMessage = (s: number) => ((s * 1000) / COUNT).toFixed(2);
        console.log(
          `| ${kind} | ${pool} | ${maxMessages === Infinity ? 'no limit' : maxMessages} | ${(COUNT / seconds).toFixed(0)} | ${perMessage((used.user + used.system) / 1e6)} | ${perMessage(sinkUsed)} |`,
        );
        await sleep(300);
      }
    }
  } finally {
    sink.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
