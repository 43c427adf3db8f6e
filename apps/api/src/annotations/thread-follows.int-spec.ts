import type { ThreadFollowState } from '@concordia/contracts';
import { comment, eventually, notificationsOf, reply } from '../notifications/test/notification-fixtures';
import { type NotificationStack, startNotificationStack } from '../notifications/test/notification-stack';
import type { TestApp } from '../test/test-app';
import type { Negotiation, Person } from './test/negotiation';

const SETTLE_MS = 1_500;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('following a thread: who a reply notifies', () => {
  let stack: NotificationStack | undefined;
  let t: TestApp;
  let n: Negotiation;

  beforeAll(async () => {
    stack = await startNotificationStack();
    ({ t, n } = stack);
  }, 60_000);
  afterAll(() => stack?.stop());

  const repliesIn = async (who: Person, threadId: string) =>
    (await notificationsOf(t, who)).items.filter(
      (i) => i.event.type === 'annotation.replied' && i.event.threadId === threadId,
    );
  const follow = async (who: Person, annotationId: string, method: 'GET' | 'PUT' | 'DELETE') => {
    const res = await t.http.request(method, `/api/annotations/${annotationId}/follow`, undefined, {
      token: who.token,
    });
    return { status: res.status, following: (res.body as ThreadFollowState | undefined)?.following };
  };

  it('notifies the author, everyone who replied and whoever chose to follow, until they stop', async () => {
    const paragraph = n.published.sections[0].paragraphs[0].key;
    const root = await comment(t, n.delegateA, n.round.id, paragraph, 'The verb should be firmer.');
    expect(await follow(n.delegateA, root.id, 'GET')).toEqual({ status: 200, following: true });
    expect(await follow(n.headB, root.id, 'GET')).toEqual({ status: 200, following: false });

    const fromB = await reply(t, n.headB, root.id, 'We could accept "shall".');
    expect(await follow(n.headB, root.id, 'GET')).toEqual({ status: 200, following: true });
    // The worker picks a reply's recipients when it takes its job: until it has, a new follower
    // would also be told of this earlier reply.
    await eventually('the first reply in the author bell', async () =>
      (await repliesIn(n.delegateA, root.id)).some((i) => i.event.actorUserId === n.headB.id) ? true : undefined,
    );
    // Following through a reply's id follows its thread.
    expect(await follow(n.observer, fromB.id, 'PUT')).toEqual({ status: 200, following: true });

    await reply(t, n.delegateB, root.id, 'Only if the second clause goes.');
    for (const who of [n.delegateA, n.headB, n.observer]) {
      await eventually('the reply in a follower bell', async () =>
        (await repliesIn(who, root.id)).some((i) => i.event.actorUserId === n.delegateB.id) ? true : undefined,
      );
    }

    expect(await follow(n.headB, root.id, 'DELETE')).toEqual({ status: 200, following: false });
    expect(await follow(n.delegateA, root.id, 'DELETE')).toEqual({ status: 200, following: false });
    await reply(t, n.delegateA2, root.id, 'Our delegation agrees with Colombia.');
    for (const who of [n.delegateB, n.observer]) {
      await eventually('the last reply in a follower bell', async () =>
        (await repliesIn(who, root.id)).some((i) => i.event.actorUserId === n.delegateA2.id) ? true : undefined,
      );
    }
    await pause(SETTLE_MS);
    for (const who of [n.headB, n.delegateA]) {
      expect((await repliesIn(who, root.id)).filter((i) => i.event.actorUserId === n.delegateA2.id)).toEqual([]);
    }
    // Each earlier reply reached each follower once.
    expect(await repliesIn(n.delegateA, root.id)).toHaveLength(2);
    expect(await repliesIn(n.observer, root.id)).toHaveLength(2);
  });

  it('lets nobody follow a thread they cannot read, and never tells another delegation of an internal one', async () => {
    const paragraph = n.published.sections[0].paragraphs[1].key;
    const note = await comment(t, n.delegateA, n.round.id, paragraph, 'Internal: hold firm on this.', 'delegation');
    expect((await follow(n.delegateB, note.id, 'PUT')).status).toBe(404);
    expect((await follow(n.delegateC, note.id, 'GET')).status).toBe(404);
    expect((await follow(n.observer, note.id, 'GET')).status).toBe(404);
    await reply(t, n.headA, note.id, 'Agreed, internally.');
    await eventually('the internal reply for its author', async () =>
      (await repliesIn(n.delegateA, note.id)).length === 1 ? true : undefined,
    );
    await pause(SETTLE_MS);
    for (const who of [n.delegateB, n.delegateC, n.observer]) expect(await repliesIn(who, note.id)).toEqual([]);
  });
});
