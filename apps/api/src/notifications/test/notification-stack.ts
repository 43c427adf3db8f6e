import { type Negotiation, setUpNegotiation } from '../../annotations/test/negotiation';
import { type MailSink, startMailSink } from '../../test/mail-sink';
import { startTestApp, type TestApp } from '../../test/test-app';
import { startWorker, type WorkerProcess } from '../../test/worker-process';

/** The whole notification path of a spec: SMTP sink, API, worker process, and a negotiation. */
export interface NotificationStack {
  t: TestApp;
  sink: MailSink;
  worker: WorkerProcess;
  n: Negotiation;
  stop(): Promise<void>;
}

export async function startNotificationStack(): Promise<NotificationStack> {
  const sink = await startMailSink();
  const t = await startTestApp();
  const worker = await startWorker(t, { SMTP_URL: sink.smtpUrl, WEB_BASE_URL: 'http://web.test' });
  const n = await setUpNegotiation(t);
  return {
    t,
    sink,
    worker,
    n,
    stop: async () => {
      await worker.stop();
      await t.close();
      await sink.stop();
    },
  };
}
