import type { EmailRecipient, NotificationEvent } from '@concordia/contracts';
import type { WorkerConfig } from '../config/worker-config';
import type { Claim, Deliveries } from './deliveries';
import type { Mailer } from './mailer';
import { duplicateWindow, SendEmailHandler } from './send-email.handler';

const POOL = 3;
const config = { mail: { poolConnections: POOL, webBaseUrl: 'http://127.0.0.1:4200' } } as unknown as WorkerConfig;
const event: NotificationEvent = {
  type: 'version.published',
  processId: '64b000000000000000000001',
  actorUserId: null,
  actorName: null,
  draftId: '64b000000000000000000002',
  versionId: '64b000000000000000000003',
  label: 'Rev.1',
};
const recipients: EmailRecipient[] = Array.from({ length: 20 }, (_, i) => ({
  userId: `64b0000000000000000001${String(i).padStart(2, '0')}`,
  email: `delegate${i}@example.test`,
  language: 'en',
  unsubscribeToken: `token-${i}`,
}));

describe('SendEmailHandler', () => {
  it('stops sending while two emails per pooled connection wait for their delivery to be stored', async () => {
    let storeNow: () => void = () => undefined;
    const stored = new Promise<void>((resolve) => (storeNow = resolve));
    const sent: string[] = [];
    const deliveries = {
      claimMany: (entries: { key: string; userId: string }[]) =>
        Promise.resolve(
          entries.map((e): Claim => ({
            ...e,
            messageId: `<${e.key}@test>`,
            attempts: 1,
            claimedAt: new Date(),
            send: true,
          })),
        ),
      // A slow insert: nothing is stored until the test says so.
      recordSent: () => stored,
    } as unknown as Deliveries;
    const mailer = {
      send: (message: { to: string }) => {
        sent.push(message.to);
        return Promise.resolve();
      },
    } as unknown as Mailer;
    const handler = new SendEmailHandler(config, deliveries, mailer);

    const batch = handler.handle({ eventId: 'event-1', event, recipients });
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Those are what a kill at this moment could send twice.
    expect(sent).toHaveLength(duplicateWindow(POOL));

    storeNow();
    await expect(batch).resolves.toEqual({ sent: recipients.length, alreadySent: 0 });
    expect(new Set(sent).size).toBe(recipients.length);
  });
});

describe("SendEmailHandler: each recipient's time zone", () => {
  it('states times in the zone dispatch read for the recipient, in UTC for a job enqueued without one', async () => {
    const texts = new Map<string, string>();
    const deliveries = {
      claimMany: (entries: { key: string; userId: string }[]) =>
        Promise.resolve(entries.map((e) => ({ ...e, messageId: `<${e.key}@test>`, send: true }))),
      recordSent: () => Promise.resolve(),
    } as unknown as Deliveries;
    const mailer = {
      send: (message: { to: string; text: string }) => {
        texts.set(message.to, message.text);
        return Promise.resolve();
      },
    } as unknown as Mailer;
    const opened: NotificationEvent = {
      type: 'round.opened',
      processId: '64b000000000000000000001',
      actorUserId: null,
      actorName: null,
      roundId: '64b000000000000000000004',
      roundName: 'First reading',
      closesAt: '2026-12-03T17:00:00.000Z',
    };
    const [geneva, before] = recipients;
    await new SendEmailHandler(config, deliveries, mailer).handle({
      eventId: 'event-2',
      event: opened,
      recipients: [{ ...geneva, language: 'fr', timeZone: 'Europe/Zurich' }, before],
    });
    expect(texts.get(geneva.email)).toContain('jusqu’au 3 décembre 2026 à 18:00 heure normale d’Europe centrale.');
    expect(texts.get(before.email)).toContain('until December 3, 2026 at 5:00 PM Coordinated Universal Time.');
  });
});
