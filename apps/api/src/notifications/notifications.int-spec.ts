import { randomUUID } from 'node:crypto';
import { type Annotation, QueueName, type NotificationList, type NotificationPreferences } from '@concordia/contracts';
import { unreadCountKey } from '@concordia/dal';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { Types } from 'mongoose';
import type { Negotiation } from '../annotations/test/negotiation';
import { addMembership, createUser, login } from '../test/fixtures';
import { LiveClient } from '../test/live-client';
import type { MailSink } from '../test/mail-sink';
import type { TestApp } from '../test/test-app';
import { comment, emailOf, eventually, notificationsOf, reply } from './test/notification-fixtures';
import { type NotificationStack, startNotificationStack } from './test/notification-stack';

/** Long enough for a stray duplicate email to arrive, short enough to keep the suite quick. */
const SETTLE_MS = 1_500;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('notifications end to end (API, relay, worker process, SMTP sink)', () => {
  let stack: NotificationStack | undefined;
  let t: TestApp;
  let sink: MailSink;
  let n: Negotiation;
  let producer: Queue;

  beforeAll(async () => {
    stack = await startNotificationStack();
    ({ t, sink, n } = stack);
    producer = new Queue(QueueName.Notifications, {
      connection: { url: t.config.redis.url },
      prefix: t.config.redis.prefix,
    });
    // Let the set-up's own notifications (publication, opening) land before counting anything.
    await eventually('the set-up notifications', async () => {
      const types = (await notificationsOf(t, n.delegateA)).items.map((i) => i.event.type);
      return types.includes('round.opened') && types.includes('version.published') ? true : undefined;
    });
  }, 60_000);

  afterAll(async () => {
    await producer?.close();
    await stack?.stop();
  });

  it("shows a reply in the thread author's bell at once and mails it exactly once", async () => {
    const paragraph = n.published.sections[0].paragraphs[0].key;
    const root = await comment(t, n.delegateA, n.round.id, paragraph, 'We would prefer a firmer verb here.');
    const live = await LiveClient.connect(t.baseUrl, n.delegateA.token);
    try {
      const before = (await notificationsOf(t, n.delegateA)).unread;
      await reply(t, n.headB, root.id, 'We could accept **shall** if the second clause goes.');
      await live.until(
        'the unread count to rise',
        () => live.all('notifications:unread').some((p) => p.unread > before),
        15_000,
      );
      const list = await notificationsOf(t, n.delegateA);
      const entry = list.items.find((i) => i.event.type === 'annotation.replied');
      expect(entry).toBeDefined();
      expect(entry!.event).toMatchObject({ type: 'annotation.replied', threadId: root.id, paragraphKey: paragraph });
      expect(entry!.readAt).toBeNull();

      const address = await emailOf(t, n.delegateA);
      const mails = await eventually('the reply email', async () => {
        const found = (await sink.to(address)).filter((m) => m.subject.includes('replied in a thread you follow'));
        return found.length > 0 ? found : undefined;
      });
      await pause(SETTLE_MS);
      const again = (await sink.to(address)).filter((m) => m.subject.includes('replied in a thread you follow'));
      expect(again).toHaveLength(1);
      expect(mails[0].text).toContain('We could accept shall if the second clause goes.');
      expect(mails[0].text).toContain(`http://web.test/processes/${n.processId}/drafts/${n.draftId}?version=`);
      expect(mails[0].html).toContain('/unsubscribe?token=');
      const source = await sink.source(mails[0].id);
      expect(source).toMatch(
        /^List-Unsubscribe:\s+<http:\/\/web\.test\/api\/notifications\/unsubscribe\/one-click\?token=/m,
      );
      expect(source).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
      // The author of the reply is not told about their own words.
      expect((await notificationsOf(t, n.headB)).items.some((i) => i.event.type === 'annotation.replied')).toBe(false);
    } finally {
      live.socket.disconnect();
    }
  });

  it('sends a reply only in the daily digest once the author chose the digest for replies', async () => {
    const paragraph = n.published.sections[0].paragraphs[1].key;
    const put = await t.http.put(
      '/api/notifications/preferences',
      { modes: { 'annotation.replied': 'digest' } },
      { token: n.delegateA.token },
    );
    expect(put.status).toBe(200);
    expect((put.body as NotificationPreferences).modes['annotation.replied']).toBe('digest');
    const address = await emailOf(t, n.delegateA);
    const root = await comment(t, n.delegateA, n.round.id, paragraph, 'Indigenous peoples should be named first.');
    await reply(t, n.delegateB, root.id, 'Digest-only reply about the order of the list.');

    // In the bell...
    await eventually('the in-app notification', async () => {
      const list = await notificationsOf(t, n.delegateA);
      return list.items.find((i) => i.event.type === 'annotation.replied' && i.event.threadId === root.id);
    });
    // ...but no immediate email, and a digest scheduler in the user's time zone.
    await pause(SETTLE_MS);
    expect((await sink.to(address)).filter((m) => m.text.includes('Digest-only reply'))).toHaveLength(0);
    const schedulers = await eventually('the digest scheduler', async () => {
      const list = await producer.getJobSchedulers();
      return list.some((s) => s.key === `digest-${n.delegateA.id}`) ? list : undefined;
    });
    expect(schedulers.find((s) => s.key === `digest-${n.delegateA.id}`)).toMatchObject({
      pattern: '0 8 * * *',
      tz: 'UTC',
    });

    // The scheduled run, brought forward.
    await producer.add('send-digest', { userId: n.delegateA.id }, { jobId: `digest-now-${Date.now()}` });
    const digest = await eventually('the digest email', async () => {
      const found = (await sink.to(address)).filter((m) => m.subject.includes('daily Concordia digest'));
      return found.length > 0 ? found : undefined;
    });
    expect(digest).toHaveLength(1);
    expect(digest[0].text).toContain('Digest-only reply about the order of the list.');
    // A second run has nothing new to say.
    await producer.add('send-digest', { userId: n.delegateA.id }, { jobId: `digest-again-${Date.now()}` });
    await pause(SETTLE_MS);
    expect((await sink.to(address)).filter((m) => m.subject.includes('daily Concordia digest'))).toHaveLength(1);

    // The digest's own unsubscribe link (its List-Unsubscribe header too) stops the digest: what it
    // gathered goes to the bell only, and the user's digest scheduler goes.
    const stop = new URL(/^List-Unsubscribe:\s+<([^>]+)>/m.exec(await sink.source(digest[0].id))![1]);
    expect(stop.searchParams.get('type')).toBe('digest');
    const stopped = await t.http.post('/api/notifications/unsubscribe', {
      token: stop.searchParams.get('token'),
      type: 'digest',
    });
    expect(stopped.status).toBe(200);
    expect(stopped.body).toEqual({ type: 'digest', mode: 'bell' });
    const after = (await t.http.get('/api/notifications/preferences', { token: n.delegateA.token }))
      .body as NotificationPreferences;
    expect(after.modes['annotation.replied']).toBe('bell');
    await eventually('the digest scheduler removed', async () =>
      (await producer.getJobSchedulers()).some((s) => s.key === `digest-${n.delegateA.id}`) ? undefined : true,
    );
    // Back to the digest, as the specs that follow expect.
    const restored = await t.http.put(
      '/api/notifications/preferences',
      { modes: { 'annotation.replied': 'digest' } },
      { token: n.delegateA.token },
    );
    expect(restored.status).toBe(200);
  });

  it('tells the members of a mentioned delegation, and only those who may read the words', async () => {
    const paragraph = n.published.sections[0].paragraphs[2].key;
    await comment(t, n.delegateB, n.round.id, paragraph, `We ask @${n.a.code} to reconsider this deletion.`);
    // An internal note of B mentioning A stays inside B.
    await comment(t, n.headB, n.round.id, paragraph, `Internal: call @${n.a.code} before the session.`, 'delegation');
    const mentioned = (list: NotificationList) => list.items.filter((i) => i.event.type === 'delegation.mentioned');
    for (const person of [n.delegateA2, n.headA]) {
      await eventually('the mention', async () => {
        const found = mentioned(await notificationsOf(t, person));
        return found.length > 0 ? found : undefined;
      });
    }
    await pause(SETTLE_MS);
    const ofA2 = mentioned(await notificationsOf(t, n.delegateA2));
    expect(ofA2).toHaveLength(1);
    expect(ofA2[0].event).toMatchObject({ excerpt: `We ask @${n.a.code} to reconsider this deletion.` });
    expect(mentioned(await notificationsOf(t, n.delegateC))).toHaveLength(0);
    expect(mentioned(await notificationsOf(t, n.delegateB))).toHaveLength(0);
  });

  it('tells a follower once of a reply that mentions their delegation: one bell entry, one email', async () => {
    const paragraph = n.published.sections[0].paragraphs[1].key;
    const root = await comment(t, n.delegateA, n.round.id, paragraph, 'Could this paragraph name transit States?');
    // B's delegate replies first, and so follows the thread without being mentioned later.
    await reply(t, n.delegateB, root.id, 'We are consulting our capital.');
    const address = await emailOf(t, n.delegateA);
    const ofThread = async (who: typeof n.delegateA) =>
      (await notificationsOf(t, who)).items
        .filter((i) => 'threadId' in i.event && i.event.threadId === root.id && i.event.actorUserId === n.headB.id)
        .map((i) => i.event.type);
    await reply(t, n.headB, root.id, `@${n.a.code} we could accept that wording.`);
    await eventually('the notice of the reply', async () =>
      (await ofThread(n.delegateA)).length > 0 ? true : undefined,
    );
    await eventually('the reply to the other follower', async () =>
      (await ofThread(n.delegateB)).length > 0 ? true : undefined,
    );
    await pause(SETTLE_MS);
    expect(await ofThread(n.delegateA)).toEqual(['delegation.mentioned']);
    expect(await ofThread(n.delegateB)).toEqual(['annotation.replied']);
    const mails = (await sink.to(address)).filter((m) => m.text.includes('we could accept that wording'));
    expect(mails).toHaveLength(1);
  });

  it('tells a follower who turned mentions off of a mentioning reply, as a reply', async () => {
    const paragraph = n.published.sections[0].paragraphs[1].key;
    const off = await t.http.put(
      '/api/notifications/preferences',
      { modes: { 'delegation.mentioned': 'off' } },
      { token: n.delegateA.token },
    );
    expect(off.status).toBe(200);
    try {
      const root = await comment(t, n.delegateA, n.round.id, paragraph, 'Should the list name coastal States?');
      const ofThread = async () =>
        (await notificationsOf(t, n.delegateA)).items
          .filter((i) => 'threadId' in i.event && i.event.threadId === root.id && i.event.actorUserId === n.headB.id)
          .map((i) => i.event.type);
      await reply(t, n.headB, root.id, `@${n.a.code} coastal States could be added.`);
      await eventually('the notice of the reply', async () => ((await ofThread()).length > 0 ? true : undefined));
      await pause(SETTLE_MS);
      expect(await ofThread()).toEqual(['annotation.replied']);
    } finally {
      await t.http.put(
        '/api/notifications/preferences',
        { modes: { 'delegation.mentioned': 'immediate' } },
        { token: n.delegateA.token },
      );
    }
  });

  it('tells an author of dispositions and co-sponsors, and nobody who has left the process', async () => {
    const paragraph = n.published.sections[0].paragraphs[2].key;
    const joiner = await createUser(t.models);
    await addMembership(t.models, n.processId, joiner.id, 'delegate', n.a.id);
    const leaver = { id: joiner.id, token: (await login(t.http, joiner.email)).token };
    const amend = async (who: typeof leaver, text: string) => {
      const res = await t.http.post(
        '/api/annotations',
        {
          clientId: randomUUID(),
          roundId: n.round.id,
          paragraphKey: paragraph,
          kind: 'amendment',
          visibility: 'round',
          body: 'A clearer commitment.',
          amendment: { operation: 'new_paragraph', text },
        },
        { token: who.token },
      );
      expect(res.status).toBe(201);
      return res.body as Annotation;
    };
    const staying = await amend(n.delegateA, 'States shall report every two years.');
    const leaving = await amend(leaver, 'States shall report every year.');
    const membership = await t.models.memberships
      .findOne({ processId: new Types.ObjectId(n.processId), userId: new Types.ObjectId(leaver.id) })
      .lean()
      .exec();
    const removed = await t.http.request(
      'DELETE',
      `/api/processes/${n.processId}/members/${membership!._id.toHexString()}`,
      undefined,
      { token: n.secretariat.token },
    );
    expect(removed.status).toBe(204);

    for (const amendment of [leaving, staying]) {
      const disposed = await t.http.put(
        `/api/annotations/${amendment.id}/disposition`,
        { value: 'not_retained', reason: 'Outside the scope of this text.' },
        { token: n.secretariat.token },
      );
      expect(disposed.status).toBe(200);
      expect(
        (await t.http.post(`/api/annotations/${amendment.id}/sponsors`, {}, { token: n.headB.token })).status,
      ).toBe(201);
    }
    const about = async (who: { id: string; token: string }, annotationId: string) =>
      (await notificationsOf(t, who)).items
        .filter((i) => 'annotationId' in i.event && i.event.annotationId === annotationId)
        .map((i) => i.event.type)
        .sort();
    await eventually('the disposition and the co-sponsor in the author bell', async () =>
      (await about(n.delegateA, staying.id)).length === 2 ? true : undefined,
    );
    expect(await about(n.delegateA, staying.id)).toEqual(['amendment.sponsored', 'annotation.disposition']);
    await pause(SETTLE_MS);
    expect(await about(leaver, leaving.id)).toEqual([]);
    expect(await sink.to(joiner.email)).toEqual([]);
  });

  it('tells an author once, in the bell and by email, that a delegation no longer co-sponsors their amendment', async () => {
    const paragraph = n.published.sections[0].paragraphs[2].key;
    const created = await t.http.post(
      '/api/annotations',
      {
        clientId: randomUUID(),
        roundId: n.round.id,
        paragraphKey: paragraph,
        kind: 'amendment',
        visibility: 'round',
        body: 'A shorter reporting cycle.',
        amendment: { operation: 'new_paragraph', text: 'States shall report every eighteen months.' },
      },
      { token: n.delegateA.token },
    );
    expect(created.status).toBe(201);
    const amendment = created.body as Annotation;
    const about = async (who: { id: string; token: string }) =>
      (await notificationsOf(t, who)).items.filter(
        (i) => i.event.type === 'amendment.sponsor_withdrawn' && i.event.annotationId === amendment.id,
      );
    const sponsors = `/api/annotations/${amendment.id}/sponsors`;
    expect((await t.http.post(sponsors, {}, { token: n.headB.token })).status).toBe(201);
    expect(await about(n.delegateA)).toEqual([]);

    // A double click: the second request finds nothing left to withdraw and tells nobody again.
    const withdrawals = await Promise.all(
      [1, 2].map(() => t.http.request('DELETE', `${sponsors}/mine`, undefined, { token: n.headB.token })),
    );
    expect(withdrawals.map((r) => r.status).sort()).toEqual([200, 409]);

    const [entry] = await eventually('the withdrawal in the author bell', async () => {
      const found = await about(n.delegateA);
      return found.length > 0 ? found : undefined;
    });
    expect(entry.event).toMatchObject({ delegationName: n.b.name, paragraphKey: paragraph, threadId: amendment.id });
    const address = await emailOf(t, n.delegateA);
    const subject = `${n.b.name} no longer co-sponsors your amendment`;
    await eventually('the withdrawal email', async () => {
      const found = (await sink.to(address)).filter((m) => m.subject === subject);
      return found.length > 0 ? found : undefined;
    });
    await pause(SETTLE_MS);
    expect(await about(n.delegateA)).toHaveLength(1);
    const mails = (await sink.to(address)).filter((m) => m.subject === subject);
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain(`thread=${amendment.id}`);
    // The delegation that withdrew is not told of its own act.
    expect(await about(n.headB)).toEqual([]);
  });

  it('notifies the process of a publication and the round of its opening and closing', async () => {
    // setUpNegotiation published the zero draft and opened the round.
    const types = async () => (await notificationsOf(t, n.delegateC)).items.map((i) => i.event.type);
    await eventually('the publication', async () => ((await types()).includes('version.published') ? true : undefined));
    // C does not take part in the round; B does.
    expect(await types()).not.toContain('round.opened');
    await eventually('the opening', async () =>
      (await notificationsOf(t, n.headB)).items.some((i) => i.event.type === 'round.opened') ? true : undefined,
    );
  });

  it('names the draft and process of a new version, and links Rev.1 to what changed since the zero draft', async () => {
    const process = (await t.models.processes.findById(n.processId).lean().exec())!;
    const draft = `http://web.test/processes/${n.processId}/drafts/${n.draftId}`;
    const address = await emailOf(t, n.delegateC);
    const mailAbout = (label: string) =>
      eventually(`the email of ${label}`, async () =>
        (await sink.to(address)).find((m) => m.subject === `New version of “Watercourses”: ${label}`),
      );

    const zero = await mailAbout('Zero draft');
    expect(zero.text).toContain(`Zero draft of “Watercourses” (${process.title}) has been published.`);
    expect(zero.text).toContain(`Read the new version: ${draft}\n`);

    const working = await t.http.get(`/api/versions/${n.workingId}`, { token: n.secretariat.token });
    const published = await t.http.post(
      `/api/versions/${n.workingId}/publish`,
      {
        revision: (working.body as { revision: number }).revision,
        label: 'Rev.1',
        allowUnchanged: true,
        note: 'Nothing changes in the text.\nThe round on it opens next week.',
      },
      { token: n.secretariat.token },
    );
    expect(published.status).toBe(200);
    const rev1 = await mailAbout('Rev.1');
    expect(rev1.text).toContain(`Rev.1 of “Watercourses” (${process.title}) has been published.`);
    expect(rev1.text).toContain(
      `See what changed since Zero draft: ${draft}/compare?from=${n.published.id}&to=${n.workingId}\n`,
    );
    expect(rev1.text).toContain('> Nothing changes in the text.\n> The round on it opens next week.');
    // The bell entry carries the same names and opens the same comparison.
    const entry = (await notificationsOf(t, n.delegateC)).items.find(
      (i) => i.event.type === 'version.published' && i.event.label === 'Rev.1',
    );
    expect(entry?.event).toMatchObject({
      draftTitle: 'Watercourses',
      processTitle: process.title,
      previousVersionId: n.published.id,
      previousLabel: 'Zero draft',
      note: 'Nothing changes in the text.\nThe round on it opens next week.',
    });
    // Every member heard of it before the next test counts anyone's notifications.
    await eventually('Rev.1 in every bell', async () => {
      const bells = await Promise.all([n.delegateA, n.delegateA2, n.headB].map((who) => notificationsOf(t, who)));
      return bells.every((b) => b.items.some((i) => i.event.type === 'version.published' && i.event.label === 'Rev.1'))
        ? true
        : undefined;
    });
  });

  it("says until when the round is open, in the recipient's time zone (UTC unless they chose one)", async () => {
    const process = (await t.models.processes.findById(n.processId).lean().exec())!;
    const address = await emailOf(t, n.headB);
    const opened = await eventually('the email of the opening', async () =>
      (await sink.to(address)).find((m) => m.subject === `First reading (${process.title}) is open`),
    );
    // setUpNegotiation's round closes at 18:00 UTC; accounts are in UTC unless they chose a zone.
    const day = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(n.round.closesAt),
    );
    expect(opened.text).toContain(
      `First reading (${process.title}) is open for comments until ${day} at 6:00 PM Coordinated Universal Time.`,
    );
  });

  it('adds no notification and sends no email when an event is dispatched again (a retry)', async () => {
    const eventId = new Types.ObjectId().toHexString();
    const data = {
      eventId,
      event: {
        type: 'version.published' as const,
        processId: n.processId,
        actorUserId: null,
        actorName: null,
        draftId: n.draftId,
        versionId: new Types.ObjectId().toHexString(),
        label: 'Rev.retried',
      },
    };
    const address = await emailOf(t, n.delegateA);
    const ofEvent = async () => (await sink.to(address)).filter((m) => m.subject.includes('Rev.retried'));
    const inApp = async () =>
      (await notificationsOf(t, n.delegateA)).items.filter(
        (i) => i.event.type === 'version.published' && i.event.label === 'Rev.retried',
      );
    await producer.add('dispatch', data, { jobId: eventId });
    await eventually('the email', async () => ((await ofEvent()).length > 0 ? true : undefined));
    // An event shaped as older code staged it (no titles, no previous version) keeps its words and link.
    expect((await ofEvent())[0].text).toContain('Rev.retried of the draft has been published.');
    expect((await ofEvent())[0].text).toContain(
      `Read the new version: http://web.test/processes/${n.processId}/drafts/${n.draftId}\n`,
    );

    const again = await producer.add('dispatch', data, { jobId: `${eventId}-again` });
    await eventually('the second dispatch', async () => ((await again.getState()) === 'completed' ? true : undefined));
    await pause(SETTLE_MS);
    expect(await inApp()).toHaveLength(1);
    expect(await ofEvent()).toHaveLength(1);
  });

  it('marks read one or all of my notifications, and never those of someone else', async () => {
    const mine = await notificationsOf(t, n.delegateA);
    const target = mine.items.find((i) => i.readAt === null)!;
    const marked = await t.http.post(`/api/notifications/${target.id}/read`, {}, { token: n.delegateA.token });
    expect(marked.status).toBe(200);
    expect((marked.body as { unread: number }).unread).toBe(mine.unread - 1);
    const other = await t.http.post(`/api/notifications/${target.id}/read`, {}, { token: n.delegateB.token });
    expect(other.status).toBe(404);
    expect((other.body as { code: string }).code).toBe('NOTIFICATION_NOT_FOUND');
    const bad = await t.http.post('/api/notifications/not-an-id/read', {}, { token: n.delegateA.token });
    expect(bad.status).toBe(400);
    const all = await t.http.post('/api/notifications/read-all', {}, { token: n.delegateA.token });
    expect(all.body).toEqual({ unread: 0 });
    expect((await t.http.get('/api/notifications/unread-count', { token: n.delegateA.token })).body).toEqual({
      unread: 0,
    });
  });

  it('counts unread notifications in Redis: the worker adds to the count the API last took', async () => {
    const redis = new Redis(t.config.redis.url);
    const key = unreadCountKey(t.config.redis.prefix, n.delegateA2.id);
    const paragraph = n.published.sections[0].paragraphs[0].key;
    const replyAndHear = async (root: string, body: string) => {
      const live = await LiveClient.connect(t.baseUrl, n.delegateA2.token);
      try {
        await reply(t, n.headB, root, body);
        await live.until('the unread count', () => live.all('notifications:unread').length > 0, 15_000);
        return live.all('notifications:unread')[0].unread;
      } finally {
        live.socket.disconnect();
      }
    };
    try {
      const root = await comment(t, n.delegateA2, n.round.id, paragraph, 'Counting.');
      // Reading all stores 0; the next reply makes it 1 without counting in the database.
      expect((await t.http.post('/api/notifications/read-all', {}, { token: n.delegateA2.token })).body).toEqual({
        unread: 0,
      });
      expect(await redis.get(key)).toBe('0');
      expect(await replyAndHear(root.id, 'One.')).toBe(1);
      expect(await redis.get(key)).toBe('1');
      // A counter gone (expired) is counted again in the database.
      await redis.del(key);
      expect(await replyAndHear(root.id, 'Two.')).toBe(2);
      expect(await redis.get(key)).toBe('2');
      // A counter left wrong is corrected by the API's next count.
      await redis.set(key, '7');
      expect((await t.http.get('/api/notifications/unread-count', { token: n.delegateA2.token })).body).toEqual({
        unread: 2,
      });
      expect(await redis.get(key)).toBe('2');
      expect(await redis.pttl(key)).toBeGreaterThan(0);
    } finally {
      redis.disconnect();
    }
  });

  it('turns one kind of email off from the link in an email', async () => {
    const address = await emailOf(t, n.delegateA);
    const mail = (await sink.to(address)).find((m) => m.subject.includes('replied in a thread you follow'))!;
    const link = new URL(/http:\/\/web\.test\/unsubscribe\?[^\s"]+/.exec(mail.text)![0].replace(/&amp;/g, '&'));
    const token = link.searchParams.get('token')!;
    const res = await t.http.post('/api/notifications/unsubscribe', { token, type: 'annotation.replied' });
    expect(res.status).toBe(200);
    const prefs = (await t.http.get('/api/notifications/preferences', { token: n.delegateA.token }))
      .body as NotificationPreferences;
    // Only the email goes: replies still reach the bell.
    expect(prefs.modes['annotation.replied']).toBe('bell');
    const root = await comment(t, n.delegateA, n.round.id, n.published.sections[0].paragraphs[0].key, 'Still here?');
    await reply(t, n.headB, root.id, 'Yes, in the bell only.');
    await eventually('the reply in the bell', async () =>
      (await notificationsOf(t, n.delegateA)).items.some(
        (i) => i.event.type === 'annotation.replied' && i.event.threadId === root.id,
      )
        ? true
        : undefined,
    );
    await pause(SETTLE_MS);
    expect((await sink.to(address)).filter((m) => m.text.includes('Yes, in the bell only.'))).toHaveLength(0);
    const forged = await t.http.post('/api/notifications/unsubscribe', {
      token: 'x'.repeat(32),
      type: 'annotation.replied',
    });
    expect(forged.status).toBe(404);
    expect((forged.body as { code: string }).code).toBe('UNSUBSCRIBE_INVALID');
    const invalid = await t.http.post('/api/notifications/unsubscribe', { token, type: 'nothing.happened' });
    expect(invalid.status).toBe(400);
  });

  it("unsubscribes in one click from the email's List-Unsubscribe header (RFC 8058), never on a GET", async () => {
    const root = await comment(t, n.headB, n.round.id, n.published.sections[0].paragraphs[0].key, 'One click?');
    await reply(t, n.delegateA, root.id, 'Answered by email.');
    const address = await emailOf(t, n.headB);
    const mail = await eventually('the reply email to B', async () =>
      (await sink.to(address)).find((m) => m.text.includes('Answered by email.')),
    );
    const header = /^List-Unsubscribe:\s+<([^>]+)>/m.exec(await sink.source(mail.id))![1];
    const url = new URL(header);
    const modeOfB = async () =>
      ((await t.http.get('/api/notifications/preferences', { token: n.headB.token })).body as NotificationPreferences)
        .modes['annotation.replied'];
    const onApi = (path: string) => `${t.baseUrl}${path}`;

    // The URL carries the email's language, and the page it leads to is told it.
    expect(url.searchParams.get('lang')).toBe('en');
    // Opened in a browser (or fetched by a link scanner): the page that asks, nothing changed.
    const opened = await fetch(onApi(url.pathname + url.search), { redirect: 'manual' });
    expect(opened.status).toBe(303);
    expect(opened.headers.get('location')).toBe(`${t.config.webBaseUrl}/unsubscribe${url.search}`);
    expect(await modeOfB()).toBe('immediate');

    // What a mail client sends (RFC 8058 section 3.1): a form post without cookies.
    const oneClick = (search: string) =>
      fetch(onApi(url.pathname + search), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
    const done = await oneClick(url.search);
    expect(done.status).toBe(200);
    expect(await done.json()).toEqual({ type: 'annotation.replied', mode: 'bell' });
    expect(await modeOfB()).toBe('bell');

    const forged = new URLSearchParams(url.search);
    forged.set('token', 'y'.repeat(32));
    expect((await oneClick(`?${forged.toString()}`)).status).toBe(404);
    forged.set('type', 'nothing.happened');
    expect((await oneClick(`?${forged.toString()}`)).status).toBe(400);
  });

  it('lists failed jobs to admins only, and retries one', async () => {
    const admin = await createUser(t.models, { platformRoles: ['admin'] });
    const adminToken = (await login(t.http, admin.email)).token;
    // A job whose payload the worker refuses fails at once, without retries.
    const bad = await producer.add(
      'send-email',
      { eventId: 'x', userId: 'not-an-id' },
      {
        jobId: `bad-${Date.now()}`,
      },
    );
    await eventually('the job to fail', async () => ((await bad.getState()) === 'failed' ? true : undefined));
    const list = await t.http.get('/api/admin/jobs/failed', { token: adminToken });
    expect(list.status).toBe(200);
    const failed = (list.body as { items: { id: string; failedReason: string }[] }).items.find((j) => j.id === bad.id);
    expect(failed?.failedReason).toMatch(/invalid payload/);
    expect((await t.http.get('/api/admin/jobs/failed', { token: n.secretariat.token })).status).toBe(403);

    const retried = await t.http.post(`/api/admin/jobs/notifications/${bad.id}/retry`, {}, { token: adminToken });
    expect(retried.status).toBe(204);
    const missing = await t.http.post('/api/admin/jobs/notifications/nope/retry', {}, { token: adminToken });
    expect(missing.status).toBe(404);
    expect((missing.body as { code: string }).code).toBe('JOB_NOT_FOUND');
  });
});
