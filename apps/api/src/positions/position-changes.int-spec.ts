import { randomUUID } from 'node:crypto';
import { ErrorCode, type PositionChanges, type PositionMatrix, type ReadingMark } from '@concordia/contracts';
import { encodeCells, positionRowsCollection, positionStampsCollection } from '@concordia/dal';
import { Types } from 'mongoose';
import { openRound, setUpNegotiation, type Negotiation, type Person } from '../annotations/test/negotiation';
import { SETUP_TIMEOUT_MS } from '../test/deadlines';
import { startTestApp, type TestApp } from '../test/test-app';

describe('positions recorded since a visit (the reading page)', () => {
  let t: TestApp;
  let n: Negotiation;
  let keys: string[];

  const record = async (
    who: Person,
    delegationId: string,
    paragraphKey: string,
    value: string,
    roundId = n.round.id,
  ) => {
    const res = await t.http.post(
      `/api/rounds/${roundId}/positions`,
      { delegationId, paragraphKey, value },
      { token: who.token },
    );
    expect(res.status).toBe(201);
  };
  const changes = (who: Person, since: string, roundId = n.round.id) =>
    t.http.get(`/api/rounds/${roundId}/positions/changes?since=${encodeURIComponent(since)}`, { token: who.token });
  const changesOk = async (who: Person, since: string, roundId = n.round.id): Promise<PositionChanges['items']> => {
    const res = await changes(who, since, roundId);
    expect(res.status).toBe(200);
    return (res.body as PositionChanges).items;
  };
  /** The reader's previous mark as the reading page gets it: what is newer is news to them. */
  const visit = async (who: Person, roundId = n.round.id): Promise<ReadingMark> => {
    const res = await t.http.post(
      `/api/rounds/${roundId}/reading-mark`,
      { visitId: randomUUID() },
      { token: who.token },
    );
    expect(res.status).toBe(200);
    return res.body as ReadingMark;
  };

  beforeAll(async () => {
    t = await startTestApp();
    n = await setUpNegotiation(t);
    keys = n.published.sections[0].paragraphs.map((p) => p.key);
  }, SETUP_TIMEOUT_MS);
  afterAll(() => t.close());

  it("lists what other delegations recorded after the reader's mark, the latest per cell, never their own", async () => {
    await record(n.headB, n.b.id, keys[0], 'support');
    const { mark } = await visit(n.delegateA);
    const secretariatMark = (await visit(n.secretariat)).mark;
    await record(n.headA, n.a.id, keys[0], 'reservation');
    await record(n.headB, n.b.id, keys[1], 'reservation');
    await record(n.headB, n.b.id, keys[1], 'objection');
    const next = await visit(n.delegateA);
    expect(next.previousMark).toBe(mark);

    // Delegation A's delegate: B's change on the second paragraph, once, as it stands; A's own is no news;
    // B's earlier position on the first paragraph came before the mark.
    const forA = await changesOk(n.delegateA, mark);
    expect(forA).toEqual([
      {
        paragraphKey: keys[1],
        delegationId: n.b.id,
        delegationCode: n.b.code,
        delegationName: expect.any(String),
        value: 'objection',
        seq: 2,
        recordedAt: expect.any(String),
      },
    ]);
    expect(Date.parse(forA[0].recordedAt)).toBeGreaterThan(Date.parse(mark));
    expect(Date.parse(forA[0].recordedAt)).toBeLessThanOrEqual(Date.parse(next.mark));
    // Nothing since the next mark.
    expect(await changesOk(n.delegateA, next.mark)).toEqual([]);

    // Without a delegation (secretariat, chair) or in the other one: every other delegation's.
    const forSecretariat = await changesOk(n.secretariat, secretariatMark);
    expect(forSecretariat.map((c) => [c.delegationCode, c.paragraphKey, c.value])).toEqual([
      [n.a.code, keys[0], 'reservation'],
      [n.b.code, keys[1], 'objection'],
    ]);
    expect((await changesOk(n.headB, mark)).map((c) => c.delegationCode)).toEqual([n.a.code]);
    // An observer reads the positions of a round open to observers.
    expect((await changesOk(n.observer, mark)).map((c) => c.delegationCode)).toEqual([n.a.code, n.b.code]);
  });

  it('lists nothing recorded before times were kept, and keeps the rows the matrix reads as they were', async () => {
    const round = await openRound(
      t,
      n.processId,
      n.published.id,
      n.chair.id,
      [n.a.id, n.b.id],
      n.secretariat.token,
      'Rows of old',
    );
    const since = new Date(Date.now() - 60_000).toISOString();
    // B's row as the writer left it before times were kept: no stamped row.
    await t.models.positions.db.collection(positionRowsCollection(round.id)).insertOne({
      _id: new Types.ObjectId(n.b.id),
      cells: encodeCells(new Map([[keys[0], { value: 'objection' as const, seq: 1 }]])),
    });
    expect(await changesOk(n.delegateA, since, round.id)).toEqual([]);
    // B records on another paragraph: that one is listed, the older cell still is not.
    await record(n.headB, n.b.id, keys[1], 'support', round.id);
    expect((await changesOk(n.delegateA, since, round.id)).map((c) => [c.paragraphKey, c.value])).toEqual([
      [keys[1], 'support'],
    ]);
    const matrix = (await t.http.get(`/api/rounds/${round.id}/positions/matrix`, { token: n.secretariat.token }))
      .body as PositionMatrix;
    const rowB = matrix.rows.find((r) => r.delegationId === n.b.id);
    expect(rowB?.values.slice(0, 2)).toEqual(['objection', 'support']);
    // The matrix's rows keep no time (they stay as small as before); the stamped row has it.
    const stored = (name: string) =>
      t.models.positions.db
        .collection<{ _id: Types.ObjectId; cells: string }>(name)
        .findOne({ _id: new Types.ObjectId(n.b.id) });
    expect((await stored(positionRowsCollection(round.id)))?.cells).toBe(`${keys[0]}=o.1;${keys[1]}=s.1`);
    expect((await stored(positionStampsCollection(round.id)))?.cells).toMatch(
      new RegExp(`^${keys[1]}=s\\.1\\.[0-9a-z]+$`, 'u'),
    );
  });

  it('is refused where the round keeps positions from the caller, and refuses a time that is not one', async () => {
    const closed = await openRound(
      t,
      n.processId,
      n.published.id,
      n.chair.id,
      [n.a.id, n.b.id],
      n.secretariat.token,
      'Among delegations',
      'delegations',
    );
    const since = new Date(Date.now() - 60_000).toISOString();
    await record(n.headB, n.b.id, keys[0], 'objection', closed.id);
    // The observer reads the text of that round, not its positions; delegation C takes no part.
    const observer = await changes(n.observer, since, closed.id);
    expect({ status: observer.status, code: (observer.body as { code?: string }).code }).toEqual({
      status: 403,
      code: ErrorCode.PositionsNotVisible,
    });
    expect((await changes(n.delegateC, since, closed.id)).status).toBe(403);
    expect((await changes(n.outsider, since, closed.id)).status).toBe(404);
    expect((await changesOk(n.headA, since, closed.id)).map((c) => c.delegationCode)).toEqual([n.b.code]);
    expect((await changesOk(n.chair, since, closed.id)).map((c) => c.delegationCode)).toEqual([n.b.code]);

    for (const bad of ['yesterday', '2026-13-01T00:00:00Z', '']) {
      const res = await changes(n.delegateA, bad);
      expect({ status: res.status, code: (res.body as { code?: string }).code }).toEqual({
        status: 400,
        code: ErrorCode.ValidationFailed,
      });
    }
    const none = await t.http.get(`/api/rounds/${n.round.id}/positions/changes`, { token: n.delegateA.token });
    expect(none.status).toBe(400);
  });
});
