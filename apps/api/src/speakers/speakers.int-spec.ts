import { ErrorCode, type SpeakersList, streams } from '@concordia/contracts';
import { type Negotiation, otherChairToken, setUpNegotiation } from '../annotations/test/negotiation';
import { LiveClient } from '../test/live-client';
import { startTestApp, type TestApp } from '../test/test-app';

describe("speakers' list", () => {
  let t: TestApp;
  let n: Negotiation;
  let keys: string[];
  let otherChair: string;

  const url = () => `/api/rounds/${n.round.id}/speakers`;
  const ask = (token: string, paragraphKey = keys[0]) => t.http.post(url(), { paragraphKey }, { token });

  beforeAll(async () => {
    t = await startTestApp();
    n = await setUpNegotiation(t);
    keys = n.published.sections[0].paragraphs.map((p) => p.key);
    otherChair = await otherChairToken(t, n.processId);
  });
  afterAll(() => t.close());

  it('refuses requests from outside the round and chair actions from anyone but its chair', async () => {
    const outside = await ask(n.delegateC.token);
    expect(outside.status).toBe(403);
    expect(outside.body).toMatchObject({ code: ErrorCode.DelegationNotInRound });
    expect((await ask(n.observer.token)).status).toBe(403);
    expect((await ask(n.chair.token)).status).toBe(403);
    expect((await ask(n.outsider.token)).status).toBe(404);
    expect((await ask(n.delegateA.token, 'no-such-key')).body).toMatchObject({ code: ErrorCode.ParagraphNotFound });
    expect((await t.http.post(url(), {}, { token: n.delegateA.token })).body).toMatchObject({
      code: ErrorCode.ValidationFailed,
    });
    expect((await t.http.post(`${url()}/end-floor`, {}, { token: otherChair })).body).toMatchObject({
      code: ErrorCode.NotRoundChair,
    });
    expect((await t.http.put(`${url()}/order`, { entryIds: [] }, { token: n.headA.token })).status).toBe(403);
    expect((await t.http.post(`${url()}/end-floor`, {}, { token: n.chair.token })).body).toMatchObject({
      code: ErrorCode.SpeakerNotFound,
    });
  });

  it('runs a session: requests, reorder, floor, withdraw, end — everyone sees the queue live', async () => {
    const live = await LiveClient.connect(t.baseUrl, n.observer.token);
    await live.join(n.round.id);
    try {
      expect((await ask(n.delegateA.token)).status).toBe(200);
      const twice = await ask(n.headA.token, keys[1]);
      expect(twice.status).toBe(409);
      expect(twice.body).toMatchObject({ code: ErrorCode.SpeakerAlreadyQueued });
      const afterB = (await ask(n.delegateB.token, keys[1])).body as SpeakersList;
      expect(afterB.queue.map((e) => [e.delegationId, e.paragraphKey])).toEqual([
        [n.a.id, keys[0]],
        [n.b.id, keys[1]],
      ]);
      const [a, b] = afterB.queue;

      expect((await t.http.put(`${url()}/order`, { entryIds: [a.id] }, { token: n.chair.token })).body).toMatchObject({
        code: ErrorCode.SpeakersOrderInvalid,
      });
      const reordered = await t.http.put(`${url()}/order`, { entryIds: [b.id, a.id] }, { token: n.chair.token });
      expect((reordered.body as SpeakersList).queue.map((e) => e.id)).toEqual([b.id, a.id]);

      // Another delegation cannot strike A's request; A can.
      expect((await t.http.request('DELETE', `${url()}/${a.id}`, undefined, { token: n.delegateB.token })).status).toBe(
        403,
      );
      const floor = (await t.http.post(`${url()}/${b.id}/floor`, {}, { token: n.chair.token })).body as SpeakersList;
      expect(floor.floor).toMatchObject({ id: b.id, delegationName: n.b.name, givenAt: expect.any(String) });
      expect(floor.queue.map((e) => e.id)).toEqual([a.id]);
      const withdrawn = (await t.http.request('DELETE', `${url()}/${a.id}`, undefined, { token: n.delegateA2.token }))
        .body as SpeakersList;
      expect(withdrawn.queue).toEqual([]);
      expect(
        (await t.http.request('DELETE', `${url()}/${a.id}`, undefined, { token: n.delegateA.token })).body,
      ).toMatchObject({
        code: ErrorCode.SpeakerNotFound,
      });

      const ended = (await t.http.post(`${url()}/end-floor`, {}, { token: n.chair.token })).body as SpeakersList;
      expect(ended.floor).toBeNull();
      expect(ended.lastTurn).toMatchObject({ id: b.id, elapsedMs: expect.any(Number) });
      expect(ended.lastTurn!.elapsedMs).toBeGreaterThanOrEqual(0);

      // The list is stored: a fresh read (any API process) gives the same state.
      expect((await t.http.get(url(), { token: n.delegateC.token })).body).toEqual(ended);

      await live.until('the last speakers.updated', () =>
        live
          .streamEvents(streams.round(n.round.id))
          .some((e) => e.event.type === 'speakers.updated' && e.event.speakers.revision === ended.revision),
      );
      const revisions = live
        .streamEvents(streams.round(n.round.id))
        .flatMap((e) => (e.event.type === 'speakers.updated' ? [e.event.speakers.revision] : []));
      expect(revisions).toEqual([1, 2, 3, 4, 5, 6]);
      const audit = await t.models.auditLog
        .find({ action: /^speakers\./ })
        .sort({ _id: 1 })
        .lean()
        .exec();
      expect(audit.map((e) => e.action)).toEqual([
        'speakers.requested',
        'speakers.requested',
        'speakers.reordered',
        'speakers.floor_given',
        'speakers.withdrawn',
        'speakers.floor_ended',
      ]);
    } finally {
      live.close();
    }
  });
});
