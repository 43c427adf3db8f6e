import { type CreatedInvitation, type JobPayload, QueueName } from '@concordia/contracts';
import { Queue } from 'bullmq';
import { JobQueue } from '../infra/job-queue.service';
import { eventually } from '../notifications/test/notification-fixtures';
import { type NotificationStack, startNotificationStack } from '../notifications/test/notification-stack';
import { SETUP_TIMEOUT_MS } from '../test/deadlines';
import { createUser } from '../test/fixtures';

describe('the invitation email', () => {
  let s: NotificationStack;

  beforeAll(async () => {
    s = await startNotificationStack();
  }, SETUP_TIMEOUT_MS);
  afterAll(() => s?.stop());

  /** Queues a `send-invitation` job and waits until the worker has run it. */
  const runJob = async (payload: JobPayload<typeof QueueName.Notifications, 'send-invitation'>, jobId: string) => {
    await s.t.app
      .get(JobQueue)
      .add(QueueName.Notifications, 'send-invitation', payload, { jobId, removeOnComplete: true });
    const queue = new Queue(QueueName.Notifications, {
      connection: { url: s.t.config.redis.url },
      prefix: s.t.config.redis.prefix,
    });
    try {
      // Removed on completion: gone means it ran.
      await eventually(`job ${jobId}`, async () => ((await queue.getJob(jobId)) ? undefined : true));
    } finally {
      await queue.close();
    }
  };

  const invite = async (email: string, role = 'delegate', delegationId: string | null = null) => {
    const res = await s.t.http.post(
      '/api/invitations',
      { email, processId: s.n.processId, role, delegationId },
      { token: s.n.secretariat.token },
    );
    expect(res.status).toBe(201);
    return res.body as CreatedInvitation;
  };

  it('carries the link that accepts it to the invitee, once, saying who invites, to what and until when', async () => {
    const email = `newcomer-${Date.now()}@example.test`;
    const created = await invite(email, 'head_of_delegation', s.n.c.id);
    expect(created.emailQueued).toBe(true);

    const [message] = await eventually('the invitation email', async () => {
      const found = await s.sink.to(email);
      return found.length > 0 ? found : undefined;
    });
    const process = (await s.t.models.processes.findById(s.n.processId).lean().exec())!;
    expect(message.subject).toBe(`Invitation to take part in “${process.title}”`);
    expect(message.text).toContain(`with the role Head of delegation (delegation: ${s.n.c.name})`);
    expect(message.text).toContain('Coordinated Universal Time');
    const link = /Accept the invitation: (\S+)/.exec(message.text)?.[1];
    expect(link).toBe(`http://web.test/invitations/${created.token}`);
    // The link is the real one: the page it opens finds the invitation.
    expect((await s.t.http.get(`/api/invitations/${created.token}`)).status).toBe(200);

    // The same job run again (a retry, or a second run after a crash) sends nothing more.
    await runJob({ invitationId: created.id, token: created.token, language: 'en' }, `invitation-${created.id}-again`);
    expect(await s.sink.to(email)).toHaveLength(1);
  });

  it('is written in the language of the invitee who already has an account', async () => {
    const user = await createUser(s.t.models);
    await s.t.models.users
      .updateOne({ email: user.email }, { $set: { language: 'fr', timeZone: 'Europe/Paris' } })
      .exec();
    await invite(user.email, 'chair');
    const [message] = await eventually('the French invitation email', async () => {
      const found = await s.sink.to(user.email);
      return found.length > 0 ? found : undefined;
    });
    expect(message.subject).toMatch(/^Invitation à participer à «\u00a0.+\u00a0»$/);
    expect(message.text).toContain('avec le rôle Présidence');
    expect(message.text).toMatch(/heure (normale|d’été) d’Europe centrale/);
  });
  it('is sent again, with the new link, when the invitation is resent; the old link is never mailed again', async () => {
    const email = `resent-${Date.now()}@example.test`;
    const created = await invite(email, 'chair');
    await eventually('the first email', async () => ((await s.sink.to(email)).length === 1 ? true : undefined));
    const resent = await s.t.http.post(`/api/invitations/${created.id}/resend`, {}, { token: s.n.secretariat.token });
    expect(resent.status).toBe(200);
    const newToken = (resent.body as CreatedInvitation).token;
    const messages = await eventually('the second email', async () => {
      const found = await s.sink.to(email);
      return found.length === 2 ? found : undefined;
    });
    const links = messages.map((m) => /Accept the invitation: (\S+)/.exec(m.text)?.[1]);
    expect(links).toEqual(
      expect.arrayContaining([
        `http://web.test/invitations/${created.token}`,
        `http://web.test/invitations/${newToken}`,
      ]),
    );
    // A job still carrying the replaced link sends nothing, even under a claim of its own.
    await runJob(
      { invitationId: created.id, token: created.token, language: 'en', send: 3 },
      `invitation-${created.id}-late`,
    );
    expect(await s.sink.to(email)).toHaveLength(2);
  });
});
