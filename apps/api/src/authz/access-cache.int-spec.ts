import { randomUUID } from 'node:crypto';
import { ErrorCode } from '@concordia/contracts';
import { Redis } from 'ioredis';
import { Types } from 'mongoose';
import { addMembership, createDelegation, createProcess, createUser, login } from '../test/fixtures';
import { insertPublishedVersion, insertRound, LiveClient } from '../test/live-client';
import { LiveEvents } from '../realtime/live-events.service';
import { streams } from '@concordia/contracts';
import { startPeerApp, startTestApp, type TestApp } from '../test/test-app';

/**
 * Sessions, memberships and rounds are remembered by each API process (WriteGenerations): a
 * change made through one process must be honoured by the other on the very next request.
 * Each test first warms process B's memory with an answer, then changes it through A.
 */
describe('access answers remembered by API processes', () => {
  let a: TestApp;
  let b: TestApp;
  let redis: Redis;
  let processId: string;
  let delegationId: string;

  beforeAll(async () => {
    a = await startTestApp();
    b = await startPeerApp(a);
    redis = new Redis(a.config.redis.url);
    processId = await createProcess(a.models);
    delegationId = await createDelegation(a.models);
  });
  afterAll(async () => {
    redis.disconnect();
    await b.close();
    await a.close();
  });

  const delegate = async () => {
    const user = await createUser(a.models);
    await addMembership(a.models, processId, user.id, 'delegate', delegationId);
    return { user, session: await login(a.http, user.email) };
  };

  /** A comment on a round with no version: accepted rounds answer 404 (no paragraph), closed ones 409. */
  const comment = (app: TestApp, token: string, roundId: string) =>
    app.http.post(
      '/api/annotations',
      {
        clientId: randomUUID(),
        roundId,
        paragraphKey: 'p1',
        kind: 'comment',
        visibility: 'round',
        body: 'A remembered round must not accept this once it closed.',
      },
      { token },
    );

  it('refuses a disabled account on the other process at once', async () => {
    const { user, session } = await delegate();
    for (let i = 0; i < 2; i += 1)
      expect((await b.http.get('/api/auth/me', { token: session.token })).status).toBe(200);
    await a.models.users.updateOne({ _id: user.id }, { $set: { disabled: true } });
    const res = await b.http.get('/api/auth/me', { token: session.token });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe(ErrorCode.AuthAccountDisabled);
  });

  it('ends a session on every process when the user signs out on one', async () => {
    const { session } = await delegate();
    expect((await b.http.get('/api/auth/me', { token: session.token })).status).toBe(200);
    expect((await a.http.post('/api/auth/logout', undefined, { refresh: session.refresh })).status).toBe(204);
    const res = await b.http.get('/api/auth/me', { token: session.token });
    expect(res.status).toBe(401);
    expect(res.body.code).toBe(ErrorCode.AuthTokenInvalid);
  });

  it('applies a change of delegation and a removal from the process at once', async () => {
    const { user, session } = await delegate();
    const roundId = await insertRound(a.models, processId, { delegationIds: [delegationId] });
    expect((await comment(b, session.token, roundId)).body.code).toBe(ErrorCode.ParagraphNotFound);

    await a.models.memberships.updateOne(
      { processId: new Types.ObjectId(processId), userId: new Types.ObjectId(user.id) },
      { $set: { delegationId: new Types.ObjectId(await createDelegation(a.models)) } },
    );
    // Now of a delegation that does not take part in the round.
    const moved = await comment(b, session.token, roundId);
    expect([moved.status, moved.body.code]).toEqual([403, ErrorCode.Forbidden]);
    // Still a member of the process: the round itself stays readable.
    expect((await b.http.get(`/api/rounds/${roundId}`, { token: session.token })).status).toBe(200);

    await a.models.memberships.deleteOne({
      processId: new Types.ObjectId(processId),
      userId: new Types.ObjectId(user.id),
    });
    expect((await b.http.get(`/api/rounds/${roundId}`, { token: session.token })).status).toBe(404);
  });

  it('refuses comments on the other process as soon as the round is closed', async () => {
    const { session } = await delegate();
    const roundId = await insertRound(a.models, processId, { delegationIds: [delegationId] });
    expect((await comment(b, session.token, roundId)).body.code).toBe(ErrorCode.ParagraphNotFound);
    await a.models.rounds.updateOne({ _id: roundId }, { $set: { status: 'closed' } });
    const res = await comment(b, session.token, roundId);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe(ErrorCode.RoundNotOpen);
  });

  /*
   * Comments start on the counters the process read last (AccessSpeculation) and confirm them
   * before writing: a change stored through the other process just before must still decide.
   * A read of the round on B just before the change leaves B both the member's remembered
   * answer and those counters, so the comment does start on the answer the change made stale.
   */
  const readRound = async (token: string, roundId: string) =>
    expect((await b.http.get(`/api/rounds/${roundId}`, { token })).status).toBe(200);

  it('refuses a comment that would be stored once its author left the process, storing nothing', async () => {
    const { user, session } = await delegate();
    const versionId = await insertPublishedVersion(a.models, processId);
    const roundId = await insertRound(a.models, processId, { delegationIds: [delegationId], versionId });
    expect((await comment(b, session.token, roundId)).status).toBe(201);
    await readRound(session.token, roundId);

    await a.models.memberships.deleteOne({
      processId: new Types.ObjectId(processId),
      userId: new Types.ObjectId(user.id),
    });
    expect((await comment(b, session.token, roundId)).status).toBe(404);
    expect(await a.models.annotations.countDocuments({ roundId: new Types.ObjectId(roundId) })).toBe(1);
  });

  it('accepts a comment at once when its author is moved back into a delegation of the round', async () => {
    const { user, session } = await delegate();
    const versionId = await insertPublishedVersion(a.models, processId);
    const roundId = await insertRound(a.models, processId, { delegationIds: [delegationId], versionId });
    const membership = { processId: new Types.ObjectId(processId), userId: new Types.ObjectId(user.id) };
    await a.models.memberships.updateOne(membership, {
      $set: { delegationId: new Types.ObjectId(await createDelegation(a.models)) },
    });
    expect((await comment(b, session.token, roundId)).status).toBe(403);
    await readRound(session.token, roundId);

    await a.models.memberships.updateOne(membership, { $set: { delegationId: new Types.ObjectId(delegationId) } });
    expect((await comment(b, session.token, roundId)).status).toBe(201);
  });

  it("stops a removed member's open socket from receiving the round's events", async () => {
    const { user, session } = await delegate();
    const roundId = await insertRound(a.models, processId, { delegationIds: [delegationId] });
    const client = await LiveClient.connect(b.baseUrl, session.token);
    try {
      await client.join(roundId);
      const marker = { type: 'paragraph.status', paragraphKey: 'p1', status: 'agreed' } as const;
      const first = client.next('stream:event');
      await a.app.get(LiveEvents).publish(roundId, [{ kind: 'round' }], marker);
      expect((await first).stream).toBe(streams.round(roundId));

      const told = client.next('app:error', (e) => e.event === 'round:join');
      await a.models.memberships.deleteOne({
        processId: new Types.ObjectId(processId),
        userId: new Types.ObjectId(user.id),
      });
      expect((await told).code).toBe(ErrorCode.Forbidden);
      await a.app.get(LiveEvents).publish(roundId, [{ kind: 'round' }], { ...marker, paragraphKey: 'p2' });
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(client.streamEvents(streams.round(roundId)).map((e) => e.event)).toEqual([marker]);
    } finally {
      client.close();
    }
  });

  it("disconnects a disabled account's open sockets", async () => {
    const { user, session } = await delegate();
    const client = await LiveClient.connect(b.baseUrl, session.token);
    try {
      const told = client.next('app:error');
      const gone = new Promise<string>((resolve) => client.socket.once('disconnect', resolve));
      await a.models.users.updateOne({ _id: user.id }, { $set: { disabled: true } });
      expect((await told).code).toBe(ErrorCode.AuthAccountDisabled);
      expect(await gone).toBe('io server disconnect');
    } finally {
      client.close();
    }
  });

  it('reads the database again when Redis has lost the generations (a restart)', async () => {
    const { user, session } = await delegate();
    const roundId = await insertRound(a.models, processId, { delegationIds: [delegationId] });
    for (let i = 0; i < 2; i += 1) {
      expect((await b.http.get(`/api/rounds/${roundId}`, { token: session.token })).status).toBe(200);
    }
    // A write no hook sees (the raw driver), then Redis comes back empty.
    await a.connection
      .collection('memberships')
      .deleteOne({ processId: new Types.ObjectId(processId), userId: new Types.ObjectId(user.id) });
    const keys = await redis.keys(`${a.config.redis.prefix}:authz-gen:*`);
    expect(keys.length).toBeGreaterThan(0);
    await redis.del(...keys);
    expect((await b.http.get(`/api/rounds/${roundId}`, { token: session.token })).status).toBe(404);
  });
});
