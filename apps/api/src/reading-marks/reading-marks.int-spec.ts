import { randomUUID } from 'node:crypto';
import { type Annotation, ErrorCode, type ReadingMark } from '@concordia/contracts';
import {
  openRound,
  postAnnotation,
  setUpNegotiation,
  type Negotiation,
  type Person,
} from '../annotations/test/negotiation';
import { startTestApp, type TestApp } from '../test/test-app';

describe("reading marks: when a user last opened a round's reading page", () => {
  let t: TestApp;
  let n: Negotiation;
  let key: string;

  const visit = async (who: Person | null, roundId: string, visitId: string = randomUUID()) => {
    const res = await t.http.post(`/api/rounds/${roundId}/reading-mark`, { visitId }, { token: who?.token });
    return { status: res.status, body: res.body as ReadingMark & { code?: string } };
  };
  const marks = async (who: Person, roundId: string, visitId?: string): Promise<ReadingMark> => {
    const res = await visit(who, roundId, visitId);
    expect(res.status).toBe(200);
    return res.body;
  };

  beforeAll(async () => {
    t = await startTestApp();
    n = await setUpNegotiation(t);
    key = n.published.sections[0].paragraphs[0].key;
  });
  afterAll(() => t.close());

  it('has no previous mark on a first visit, then gives each visit the mark the one before set, on the server clock', async () => {
    const before = Date.now();
    const first = await marks(n.delegateA, n.round.id);
    expect(first.previousMark).toBeNull();
    expect(Date.parse(first.mark)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(first.mark)).toBeLessThanOrEqual(Date.now() + 1000);

    // Posted after the first visit began: the next visit sees it newer than its previous mark.
    const posted = await postAnnotation(t, n.delegateB, { roundId: n.round.id, paragraphKey: key }, { body: 'Later.' });
    const second = await marks(n.delegateA, n.round.id);
    expect(second.previousMark).toBe(first.mark);
    expect(Date.parse(posted.createdAt)).toBeGreaterThan(Date.parse(second.previousMark!));
    expect(Date.parse(second.mark)).toBeGreaterThanOrEqual(Date.parse(posted.createdAt));

    const third = await marks(n.delegateA, n.round.id);
    expect(third.previousMark).toBe(second.mark);
  });

  it("dates a withdrawal, so a reader's next visit can tell it happened since their mark", async () => {
    const posted = await postAnnotation(
      t,
      n.delegateB,
      { roundId: n.round.id, paragraphKey: key },
      { body: 'Taken back.' },
    );
    expect(posted.withdrawnAt).toBeNull();
    const { mark } = await marks(n.delegateA, n.round.id);
    const withdrawn = await t.http.post(`/api/annotations/${posted.id}/withdraw`, {}, { token: n.delegateB.token });
    expect(withdrawn.status).toBe(200);
    const next = await marks(n.delegateA, n.round.id);
    const listed = await t.http.get(`/api/rounds/${n.round.id}/annotations`, { token: n.delegateA.token });
    const seen = (listed.body.items as Annotation[]).find((a) => a.id === posted.id);
    expect(seen?.status).toBe('withdrawn');
    const at = Date.parse(seen?.withdrawnAt ?? '');
    expect(at).toBeGreaterThan(Date.parse(mark));
    expect(at).toBeLessThanOrEqual(Date.parse(next.mark));
    // Withdrawing again changes nothing: the time stays the first withdrawal's.
    const again = await t.http.post(`/api/annotations/${posted.id}/withdraw`, {}, { token: n.delegateB.token });
    expect((again.body as Annotation).withdrawnAt).toBe(seen?.withdrawnAt);
  });

  it('gives the same visit the same previous mark when it asks again, and moves its mark on', async () => {
    const visitId = randomUUID();
    const earlier = await marks(n.headA, n.round.id);
    const opened = await marks(n.headA, n.round.id, visitId);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const again = await marks(n.headA, n.round.id, visitId);
    expect(opened.previousMark).toBe(earlier.mark);
    expect(again.previousMark).toBe(earlier.mark);
    expect(Date.parse(again.mark)).toBeGreaterThan(Date.parse(opened.mark));
    // The next visit starts from where that visit's mark was last moved.
    expect((await marks(n.headA, n.round.id)).previousMark).toBe(again.mark);
  });

  it("keeps each user's mark of each round apart", async () => {
    const other = await openRound(
      t,
      n.processId,
      n.published.id,
      n.chair.id,
      [n.a.id, n.b.id],
      n.secretariat.token,
      'Second reading',
    );
    const a1 = await marks(n.delegateA2, n.round.id);
    expect(a1.previousMark).toBeNull();
    // Another user of the same delegation, and the same user in another round, start afresh.
    expect((await marks(n.headB, n.round.id)).previousMark).toBeNull();
    expect((await marks(n.delegateA2, other.id)).previousMark).toBeNull();
    // Neither moved the first mark.
    expect((await marks(n.delegateA2, n.round.id)).previousMark).toBe(a1.mark);
    const stored = await t.models.readingMarks.find({ userId: n.delegateA2.id }).lean().exec();
    expect(stored.map((m) => m.roundId.toHexString()).sort()).toEqual([n.round.id, other.id].sort());
  });

  it('is for those who may read the round annotations, and refuses bad input with a code', async () => {
    const before = await t.models.readingMarks.countDocuments().exec();
    expect((await visit(null, n.round.id)).status).toBe(401);
    // A delegation outside the round, the secretariat of another process.
    expect((await visit(n.delegateC, n.round.id)).status).toBe(403);
    expect(await visit(n.outsider, n.round.id)).toMatchObject({ status: 404 });
    expect((await visit(n.delegateA, '0123456789abcdef01234567')).status).toBe(404);
    const bad = await t.http.post(
      `/api/rounds/${n.round.id}/reading-mark`,
      { visitId: 'now' },
      { token: n.delegateA.token },
    );
    expect({ status: bad.status, code: bad.body.code }).toEqual({ status: 400, code: ErrorCode.ValidationFailed });
    const extra = await t.http.post(
      `/api/rounds/${n.round.id}/reading-mark`,
      { visitId: randomUUID(), mark: new Date(0).toISOString() },
      { token: n.delegateA.token },
    );
    expect({ status: extra.status, code: extra.body.code }).toEqual({ status: 400, code: ErrorCode.ValidationFailed });
    expect(await t.models.readingMarks.countDocuments().exec()).toBe(before);
    // The observer, the chair and the secretariat read the round: each has a mark.
    for (const who of [n.observer, n.chair, n.secretariat]) expect((await visit(who, n.round.id)).status).toBe(200);
  });

  it('keeps marking a round once it is closed: its text and threads are still read', async () => {
    const closing = await openRound(
      t,
      n.processId,
      n.published.id,
      n.chair.id,
      [n.a.id],
      n.secretariat.token,
      'Closed reading',
    );
    const first = await marks(n.delegateA, closing.id);
    const closed = await t.http.post(
      `/api/rounds/${closing.id}/status`,
      { status: 'closed' },
      { token: n.chair.token },
    );
    expect(closed.status).toBe(200);
    expect((await marks(n.delegateA, closing.id)).previousMark).toBe(first.mark);
  });
});
