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
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import nodemailer from 'nodemailer';
import { type SinkKind, sendReferenceMails, startSmtpSink } from './smtp-sinks';

const WARM_UP = 200;
const COUNT = 969;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** CPU seconds a process has used so far (user + system, from /proc). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function main(): Promise<void> {
  const kind: SinkKind = process.argv[2] === 'maildev' ? 'maildev' : 'discard';
  const pools = (process.argv[3] ?? '5,20').split(',').map(Number);
  const dir = mkdtempSync(path.join(tmpdir(), 'concordia-smtp-ceiling-'));
  const sink = await startSmtpSink(kind, dir, false);
  try {
    let sent = 0;
    console.log(`| sink | pool | messages per connection | msg/s | sender CPU ms/msg | sink CPU ms/msg |`);
    console.log(`| --- | ---: | ---: | ---: | ---: | ---: |`);
    for (const pool of pools) {
      for (const maxMessages of [100, Infinity]) {
        const transport = nodemailer.createTransport({
          url: sink.smtpUrl,
          pool: true,
          maxConnections: pool,
          maxMessages,
          ignoreTLS: true,
        });
        const send = async (n: number) => {
          await sendReferenceMails(transport, 'SMTP ceiling', sent, n);
          sent += n;
        };
        await send(WARM_UP);
        const cpu = process.cpuUsage();
        const sinkCpu = cpuSeconds(sink.pid);
        const started = performance.now();
        await send(COUNT);
        const seconds = (performance.now() - started) / 1000;
        const used = process.cpuUsage(cpu);
        const sinkUsed = cpuSeconds(sink.pid) - sinkCpu;
        transport.close();
        const perMessage = (s: number) => ((s * 1000) / COUNT).toFixed(2);
        console.log(
          `| ${kind} | ${pool} | ${maxMessages === Infinity ? 'no limit' : maxMessages} | ${(COUNT / seconds).toFixed(0)} | ${perMessage((used.user + used.system) / 1e6)} | ${perMessage(sinkUsed)} |`,
        );
        await sleep(300);
      }
    }
  } finally {
    await sink.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
