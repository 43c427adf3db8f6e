import { type Consideration, ErrorCode, type PublicRound, type Round, streams } from '@concordia/contracts';
import {
  lapseClosingTime,
  type Negotiation,
  openRound,
  otherChairToken,
  setUpNegotiation,
} from '../annotations/test/negotiation';
import { SETUP_TIMEOUT_MS } from '../test/deadlines';
import { LiveClient } from '../test/live-client';
import { startTestApp, type TestApp } from '../test/test-app';

describe('the paragraph under consideration', () => {
  let t: TestApp;
  let n: Negotiation;
  let keys: string[];

  const url = (roundId = n.round.id) => `/api/rounds/${roundId}/consideration`;
  const put = (token: string, paragraphKey: string | null, roundId?: string) =>
    t.http.put(url(roundId), { paragraphKey }, { token });
  const considered = (live: LiveClient, roundId: string) =>
    live
      .streamEvents(streams.round(roundId))
      .flatMap((e) => (e.event.type === 'paragraph.considered' ? [e.event.consideration] : []));

  beforeAll(async () => {
    t = await startTestApp();
    // Public, so the same round also shows what visitors without an account read.
    n = await setUpNegotiation(t, 'public');
    keys = n.published.sections[0].paragraphs.map((p) => p.key);
  }, SETUP_TIMEOUT_MS);
  afterAll(() => t.close());

  it('is set by the chair and the secretariat only, for a paragraph of the round’s version', async () => {
    expect((await put(n.delegateA.token, keys[0])).status).toBe(403);
    expect((await put(n.headA.token, keys[0])).status).toBe(403);
    expect((await put(n.observer.token, keys[0])).status).toBe(403);
    expect((await put(await otherChairToken(t, n.processId), keys[0])).status).toBe(403);
    expect((await put(n.outsider.token, keys[0])).status).toBe(404);
    const unknown = await put(n.chair.token, 'no-such-key');
    expect({ status: unknown.status, code: unknown.body.code }).toEqual({
      status: 404,
      code: ErrorCode.ParagraphNotFound,
    });
    const empty = await put(n.chair.token, '');
    expect({ status: empty.status, code: empty.body.code }).toEqual({ status: 400, code: ErrorCode.ValidationFailed });
    const missing = await t.http.put(url(), {}, { token: n.chair.token });
    expect(missing.status).toBe(400);
    // Nothing refused was stored.
    expect((await t.http.get(url(), { token: n.delegateA.token })).body).toEqual({
      roundId: n.round.id,
      paragraphKey: null,
      changedAt: null,
      revision: 0,
    });
  });

  it('reaches two readers live, late joiners and visitors on load, and is audited', async () => {
    const [observer, delegate] = await Promise.all([
      LiveClient.connect(t.baseUrl, n.observer.token),
      LiveClient.connect(t.baseUrl, n.delegateB.token),
    ]);
    try {
      await Promise.all([observer.join(n.round.id), delegate.join(n.round.id)]);
      const first = await put(n.chair.token, keys[1]);
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ roundId: n.round.id, paragraphKey: keys[1], revision: 1 });
      const second = await put(n.secretariat.token, keys[2]);
      expect(second.body).toMatchObject({ paragraphKey: keys[2], revision: 2 });

      for (const live of [observer, delegate]) {
        await live.until('both changes', () => considered(live, n.round.id).length === 2);
        expect(considered(live, n.round.id).map((c) => [c.paragraphKey, c.revision])).toEqual([
          [keys[1], 1],
          [keys[2], 2],
        ]);
      }

      // A late joiner reads it with the round's live state; a visitor of the public page too.
      expect((await t.http.get(url(), { token: n.delegateC.token })).body).toEqual(second.body);
      const visitor = (await t.http.get(`/api/public/rounds/${n.round.id}`)).body as PublicRound;
      expect(visitor.paragraphUnderConsideration).toBe(keys[2]);

      const cleared = await put(n.chair.token, null);
      expect(cleared.body).toMatchObject({ paragraphKey: null, revision: 3 });
      await delegate.until('the clearing', () => considered(delegate, n.round.id).some((c) => c.revision === 3));
      expect(
        ((await t.http.get(`/api/public/rounds/${n.round.id}`)).body as PublicRound).paragraphUnderConsideration,
      ).toBeNull();

      const audit = await t.models.auditLog
        .find({ action: /^consideration\./, targetId: n.round.id })
        .sort({ _id: 1 })
        .lean()
        .exec();
      expect(audit.map((e) => [e.action, e.actorId.toHexString(), e.context?.paragraphs ?? null])).toEqual([
        ['consideration.set', n.chair.id, [n.published.sections[0].paragraphs[1].number]],
        ['consideration.set', n.secretariat.id, [n.published.sections[0].paragraphs[2].number]],
        ['consideration.cleared', n.chair.id, null],
      ]);
    } finally {
      observer.close();
      delegate.close();
    }
  });

  it('loses no change made at the same time: the stored state is the last one announced', async () => {
    const round = await openRound(t, n.processId, n.published.id, n.chair.id, [n.a.id], n.secretariat.token, 'Race');
    const live = await LiveClient.connect(t.baseUrl, n.observer.token);
    try {
      await live.join(round.id);
      const picks = Array.from({ length: 8 }, (_, i) => keys[i % keys.length]);
      const answers = await Promise.all(
        picks.map((key, i) => put(i % 2 === 0 ? n.chair.token : n.secretariat.token, key, round.id)),
      );
      expect(answers.map((a) => a.status)).toEqual(picks.map(() => 200));
      // Every change got its own revision: none overwrote another unseen.
      expect(answers.map((a) => (a.body as Consideration).revision).sort((a, b) => a - b)).toEqual([
        1, 2, 3, 4, 5, 6, 7, 8,
      ]);
      await live.until('all eight changes', () => considered(live, round.id).length === 8);
      const events = considered(live, round.id);
      expect(events.map((c) => c.revision)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      const stored = (await t.http.get(url(round.id), { token: n.delegateA.token })).body as Consideration;
      expect(stored).toEqual(events[7]);
    } finally {
      live.close();
    }
  });

  it('refuses taking up or clearing a paragraph with 409 when the round is not open or past its closing time', async () => {
    const scheduled: Round = await openRound(
      t,
      n.processId,
      n.published.id,
      n.chair.id,
      [n.a.id],
      n.secretariat.token,
      'Not yet open',
      'public',
      false,
    );
    const early = await put(n.chair.token, keys[0], scheduled.id);
    expect({ status: early.status, code: early.body.code }).toEqual({ status: 409, code: ErrorCode.RoundNotOpen });

    const round = await openRound(
      t,
      n.processId,
      n.published.id,
      n.chair.id,
      [n.a.id],
      n.secretariat.token,
      'Late',
      'public',
    );
    expect((await put(n.chair.token, keys[0], round.id)).status).toBe(200);
    await lapseClosingTime(t, round.id, n.secretariat.token);
    for (const key of [keys[1], null]) {
      const late = await put(n.chair.token, key, round.id);
      expect({ status: late.status, code: late.body.code }).toEqual({ status: 409, code: ErrorCode.RoundNotOpen });
      expect(late.body.message).toContain('past its closing time');
    }
    // The last paragraph taken up is kept for the record; the public page no longer calls it current.
    expect((await t.http.get(url(round.id), { token: n.chair.token })).body).toMatchObject({ paragraphKey: keys[0] });
    expect(
      ((await t.http.get(`/api/public/rounds/${round.id}`)).body as PublicRound).paragraphUnderConsideration,
    ).toBeNull();
  });
});
