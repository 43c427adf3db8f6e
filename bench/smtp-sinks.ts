/**
 * The SMTP side shared by the notifications benchmark and the SMTP ceiling: the two sinks, each
 * in its own process (MailDev as `npm start` runs it, or `discard-smtp-sink.ts`), and the
 * reference message, of the size of a notification email, that nodemailer sends to them raw.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Transporter } from 'nodemailer';
import { procs, ROOT, type Service } from './live-api';

export type SinkKind = 'maildev' | 'discard';

export interface SmtpSink {
  smtpUrl: string;
  /** The sink's process, for CPU readings. */
  pid: number;
  stop(timeoutMs?: number): Promise<void>;
}

const load = createRequire(__filename);
const mailSink = load(path.join(ROOT, 'tools/lib/mail-sink.js')) as {
  startMailSink(o: {
    smtpPort: number;
    webPort: number;
    dir: string;
    echo: boolean;
  }): Promise<Service & { smtpUrl: string }>;
};

/** Starts a sink and resolves once it accepts connections; `dir` holds MailDev's mail. */
export async function startSmtpSink(kind: SinkKind, dir: string, echo: boolean): Promise<SmtpSink> {
  const sink =
    kind === 'maildev'
      ? await mailSink.startMailSink({ smtpPort: await procs.freePort(), webPort: await procs.freePort(), dir, echo })
      : await startDiscardSink(echo);
  return { smtpUrl: sink.smtpUrl, pid: sink.child.pid ?? 0, stop: (timeoutMs) => sink.stop(timeoutMs) };
}

async function startDiscardSink(echo: boolean): Promise<Service & { smtpUrl: string }> {
  const port = await procs.freePort();
  let listening = false;
  const svc = procs.startService(
    'smtp-discard',
    process.execPath,
    [path.join(__dirname, 'discard-smtp-sink.js'), String(port)],
    {
      env: {},
      echo,
      onLine: (line) => {
        if (line.startsWith('listening')) listening = true;
      },
    },
  );
  await procs.waitFor(svc, 'the discarding SMTP sink', () => Promise.resolve(listening), 30_000);
  return { ...svc, smtpUrl: `smtp://127.0.0.1:${port}` };
}

const text = `${'A new version of the draft was published. '.repeat(6)}\nhttps://concordia.test/processes/x/drafts/y`;
const html = `<!doctype html><html><body style="font-family:Arial,sans-serif"><p>${text}</p><hr><p style="font-size:12px">Unsubscribe</p></body></html>`;

/** Sends messages `from` … `from + count - 1` of the reference mail, all at once through the pool. */
export function sendReferenceMails(transport: Transporter, label: string, from: number, count: number) {
  return Promise.all(
    Array.from({ length: count }, (_, j) =>
      transport.sendMail({
        from: 'Concordia <notifications@concordia.test>',
        to: `raw-${from + j}@bench.test`,
        subject: `${label} ${from + j}`,
        text,
        html,
        messageId: `<raw-${from + j}@bench.concordia>`,
        list: { unsubscribe: { url: 'https://concordia.test/unsubscribe?token=t', comment: 'Unsubscribe' } },
      }),
    ),
  );
}
