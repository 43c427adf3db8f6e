import { ErrorCode, rooms, streams, type RoundEvent } from '@concordia/contracts';
import { Types } from 'mongoose';
import { addMembership, createDelegation, createProcess, createUser, login } from '../test/fixtures';
import { insertRound, LiveClient } from '../test/live-client';
import { startTestApp, type TestApp } from '../test/test-app';
import { LiveEvents } from './live-events.service';
import { LIVE_LOG_RETENTION } from './live-log';
import { RealtimeGateway } from './realtime.gateway';
import type { AppServer } from './socket-types';

const statusEvent = (n: number): RoundEvent => ({
  type: 'paragraph.status',
  paragraphKey: `p${n}`,
  status: 'bracketed',
});

describe('live round streams (one API process)', () => {
  let t: TestApp;
  let live: LiveEvents;
  let processId: string;
  let mexico: string;
  let chile: string;
  let tokens: { delegateMx: string; delegateCl: string; secretariat: string; chair: string; outsider: string };
  let chairId: string;
  const clients: LiveClient[] = [];

  const connect = async (token: string) => {
    const client = await LiveClient.connect(t.baseUrl, token);
    clients.push(client);
    return client;
  };
  const seqs = (client: LiveClient, stream: string) => client.streamEvents(stream).map((e) => e.seq);

  const member = async (role: 'delegate' | 'secretariat' | 'chair', delegationId: string | null = null) => {
    const user = await createUser(t.models);
    await addMembership(t.models, processId, user.id, role, delegationId);
    return { id: user.id, token: (await login(t.http, user.email)).token };
  };

  beforeAll(async () => {
    t = await startTestApp();
    live = t.app.get(LiveEvents);
    processId = await createProcess(t.models);
    [mexico, chile] = await Promise.all([createDelegation(t.models), createDelegation(t.models)]);
    const outsider = await createUser(t.models);
    const chair = await member('chair');
    chairId = chair.id;
    tokens = {
      delegateMx: (await member('delegate', mexico)).token,
      delegateCl: (await member('delegate', chile)).token,
      secretariat: (await member('secretariat')).token,
      chair: chair.token,
      outsider: (await login(t.http, outsider.email)).token,
    };
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    await t.close();
  });

  it('joins the streams the caller may read and delivers published events in order', async () => {
    const roundId = await insertRound(t.models, processId);
    await live.publish(roundId, [{ kind: 'round' }], statusEvent(0));
    const mx = await connect(tokens.delegateMx);
    const sec = await connect(tokens.secretariat);

    expect((await mx.join(roundId)).streams).toEqual({
      [streams.round(roundId)]: 1,
      [streams.delegation(roundId, mexico)]: 0,
    });
    expect((await sec.join(roundId)).streams).toEqual({
      [streams.round(roundId)]: 1,
      [streams.secretariat(roundId)]: 0,
    });

    for (let n = 1; n <= 5; n++) await live.publish(roundId, [{ kind: 'round' }], statusEvent(n));
    const round = streams.round(roundId);
    await mx.until('five round events', () => mx.streamEvents(round).length >= 5);
    expect(seqs(mx, round)).toEqual([2, 3, 4, 5, 6]);
    expect(mx.streamEvents(round).map((e) => e.event)).toEqual([1, 2, 3, 4, 5].map(statusEvent));
    await sec.until('five round events', () => sec.streamEvents(round).length >= 5);
    expect(seqs(sec, round)).toEqual([2, 3, 4, 5, 6]);
  });

  it('replays exactly the missed events, in order, on rejoin with lastSeq', async () => {
    const roundId = await insertRound(t.models, processId);
    const round = streams.round(roundId);
    const own = streams.delegation(roundId, mexico);
    const first = await connect(tokens.delegateMx);
    await first.join(roundId);
    await live.publish(roundId, [{ kind: 'round' }], statusEvent(1));
    await live.publish(roundId, [{ kind: 'delegation', delegationId: mexico }], statusEvent(2));
    await first.until('both events', () => first.received.filter((r) => r.event === 'stream:event').length === 2);
    first.close();

    for (let n = 3; n <= 6; n++) await live.publish(roundId, [{ kind: 'round' }], statusEvent(n));
    await live.publish(roundId, [{ kind: 'delegation', delegationId: mexico }], statusEvent(7));

    const again = await connect(tokens.delegateMx);
    const joined = await again.join(roundId, { [round]: 1, [own]: 1 });
    expect(joined.streams).toEqual({ [round]: 5, [own]: 2 });
    // A marker published after the join shows nothing else is still on its way.
    await live.publish(roundId, [{ kind: 'round' }], statusEvent(8));
    await again.until('the marker', () => seqs(again, round).includes(6));
    expect(seqs(again, round)).toEqual([2, 3, 4, 5, 6]);
    expect(again.streamEvents(round).map((e) => e.event)).toEqual([3, 4, 5, 6, 8].map(statusEvent));
    expect(again.streamEvents(own).map((e) => [e.seq, e.event])).toEqual([[2, statusEvent(7)]]);
    expect(again.all('stream:reset')).toEqual([]);
  });

  it('says stream:reset when the gap is older than the retained log, and replays at the boundary', async () => {
    const roundId = await insertRound(t.models, processId);
    const round = streams.round(roundId);
    const total = LIVE_LOG_RETENTION + 3;
    for (let from = 1; from <= total; from += 100) {
      const batch = Array.from({ length: Math.min(100, total - from + 1) }, (_, i) => from + i);
      await Promise.all(batch.map((n) => live.publish(roundId, [{ kind: 'round' }], statusEvent(n))));
    }
    const oldest = total - LIVE_LOG_RETENTION + 1;

    const stale = await connect(tokens.delegateMx);
    const resetPromise = stale.next('stream:reset');
    await stale.join(roundId, { [round]: oldest - 2 });
    expect(await resetPromise).toEqual({ roundId, stream: round, seq: total });
    expect(stale.streamEvents(round)).toEqual([]);

    const ahead = await connect(tokens.delegateMx);
    const aheadReset = ahead.next('stream:reset');
    await ahead.join(roundId, { [round]: total + 5 });
    expect(await aheadReset).toEqual({ roundId, stream: round, seq: total });

    const boundary = await connect(tokens.delegateMx);
    await boundary.join(roundId, { [round]: oldest - 1 });
    await boundary.until('the retained log', () => boundary.streamEvents(round).length === LIVE_LOG_RETENTION);
    expect(seqs(boundary, round)).toEqual(Array.from({ length: LIVE_LOG_RETENTION }, (_, i) => oldest + i));
    expect(boundary.all('stream:reset')).toEqual([]);
  });

  it("never delivers a delegation's events to another delegation, live or on replay", async () => {
    const roundId = await insertRound(t.models, processId);
    const mxStream = streams.delegation(roundId, mexico);
    const mx = await connect(tokens.delegateMx);
    const cl = await connect(tokens.delegateCl);
    const sec = await connect(tokens.secretariat);
    await mx.join(roundId);
    // Asking for another delegation's or the secretariat's stream does not open it.
    const clJoined = await cl.join(roundId, { [mxStream]: 0, [streams.secretariat(roundId)]: 0 });
    expect(Object.keys(clJoined.streams).sort()).toEqual(
      [streams.round(roundId), streams.delegation(roundId, chile)].sort(),
    );
    await sec.join(roundId);

    await live.publish(roundId, [{ kind: 'delegation', delegationId: mexico }], statusEvent(1));
    await live.publish(roundId, [{ kind: 'secretariat' }], statusEvent(2));
    await live.publish(roundId, [{ kind: 'round' }], statusEvent(3));
    await mx.until('the marker', () => mx.streamEvents(streams.round(roundId)).length === 1);
    await cl.until('the marker', () => cl.streamEvents(streams.round(roundId)).length === 1);
    await sec.until('the marker', () => sec.streamEvents(streams.round(roundId)).length === 1);

    expect(mx.streamEvents(mxStream).map((e) => e.event)).toEqual([statusEvent(1)]);
    expect(sec.streamEvents(streams.secretariat(roundId)).map((e) => e.event)).toEqual([statusEvent(2)]);
    expect(cl.all('stream:event').map((e) => e.stream)).toEqual([streams.round(roundId)]);
    expect(mx.all('stream:event').map((e) => e.stream)).toEqual([mxStream, streams.round(roundId)]);
    expect(sec.all('stream:event').map((e) => e.stream)).toEqual([
      streams.secretariat(roundId),
      streams.round(roundId),
    ]);
  });

  it('refuses a round to a non-member or when it does not exist, and bad payloads, keeping the connection', async () => {
    const roundId = await insertRound(t.models, processId);
    const outsider = await connect(tokens.outsider);
    const refused = outsider.next('app:error');
    outsider.socket.emit('round:join', { roundId, lastSeq: {} });
    expect(await refused).toEqual({ code: ErrorCode.NotFound, message: 'Round not found', event: 'round:join' });
    await live.publish(roundId, [{ kind: 'round' }], statusEvent(1));

    const missing = outsider.next('app:error');
    outsider.socket.emit('round:join', { roundId: '0123456789abcdef01234567', lastSeq: {} });
    expect((await missing).code).toBe(ErrorCode.NotFound);

    for (const [event, payload] of [
      ['round:join', { roundId: 'nope' }],
      ['round:join', { roundId, lastSeq: { x: -1 } }],
      ['presence:update', { roundId }],
      ['typing:update', { roundId, paragraphKey: 'p1', typing: 'yes' }],
      ['round:leave', 42],
      ['no:such-event', {}],
    ] as const) {
      const error = outsider.next('app:error');
      outsider.send(event, payload);
      expect(await error).toEqual({ code: ErrorCode.SocketEventInvalid, message: expect.any(String), event });
    }
    const notJoined = outsider.next('app:error');
    outsider.socket.emit('presence:update', { roundId, paragraphKey: 'p1' });
    expect(await notJoined).toMatchObject({ code: ErrorCode.Forbidden, event: 'presence:update' });

    expect(outsider.socket.connected).toBe(true);
    expect(outsider.all('round:joined')).toEqual([]);
    expect(outsider.all('stream:event')).toEqual([]);
    const pong = outsider.next('app:pong');
    outsider.socket.emit('app:ping', { at: 1 });
    await expect(pong).resolves.toMatchObject({ at: 1 });
  });

  it("stops a removed member's live events: the round is left, the process room too, and a new join refused", async () => {
    const roundId = await insertRound(t.models, processId);
    const leaving = await member('delegate', mexico);
    const client = await connect(leaving.token);
    await client.join(roundId);
    const round = streams.round(roundId);
    await live.publish(roundId, [{ kind: 'round' }], statusEvent(1));
    await client.until('the event before removal', () => client.streamEvents(round).length === 1);

    const told = client.next('app:error', (e) => e.event === 'round:join');
    const membership = await t.models.memberships
      .findOne({ processId: new Types.ObjectId(processId), userId: new Types.ObjectId(leaving.id) })
      .lean()
      .exec();
    const removed = await t.http.request(
      'DELETE',
      `/api/processes/${processId}/members/${membership!._id.toHexString()}`,
      undefined,
      { token: tokens.secretariat },
    );
    expect(removed.status).toBe(204);
    expect(await told).toEqual({
      code: ErrorCode.Forbidden,
      message: 'You can no longer read this round',
      event: 'round:join',
    });
    // Rooms are server-side: asked of the gateway's server, as the Redis adapter answers for all.
    const gateway: unknown = t.app.get(RealtimeGateway);
    const { server } = gateway as { server: AppServer };
    const sockets = await server.in(rooms.user(leaving.id)).fetchSockets();
    expect(sockets).toHaveLength(1);
    expect([...sockets[0].rooms]).toEqual(expect.arrayContaining([rooms.user(leaving.id)]));
    expect([...sockets[0].rooms]).not.toContain(rooms.process(processId));
    expect([...sockets[0].rooms]).not.toContain(rooms.delegation(mexico));

    await live.publish(roundId, [{ kind: 'round' }], statusEvent(2));
    const refused = client.next('app:error', (e) => e.event === 'round:join');
    client.socket.emit('round:join', { roundId, lastSeq: {} });
    expect((await refused).code).toBe(ErrorCode.NotFound);
    expect(client.streamEvents(round)).toHaveLength(1);
    expect(client.socket.connected).toBe(true);
  });

  it('shares presence and typing in the round and clears them on disconnect', async () => {
    const roundId = await insertRound(t.models, processId);
    const mx = await connect(tokens.delegateMx);
    const cl = await connect(tokens.delegateCl);
    await mx.join(roundId);
    await cl.join(roundId);

    const reading = cl.next('presence:state', (s) => (s.readers.p3?.length ?? 0) > 0);
    mx.socket.emit('presence:update', { roundId, paragraphKey: 'p3' });
    const state = await reading;
    expect(state.readers).toEqual({ p3: [expect.objectContaining({ delegationName: expect.any(String) })] });
    const mxUser = state.readers.p3?.[0];

    const typing = cl.next('typing:state', (s) => s.users.length > 0);
    mx.socket.emit('typing:update', { roundId, paragraphKey: 'p3', typing: true, visibility: 'round' });
    expect(await typing).toEqual({ roundId, paragraphKey: 'p3', scope: 'round', users: [mxUser] });
    const stopped = cl.next('typing:state');
    mx.socket.emit('typing:update', { roundId, paragraphKey: 'p3', typing: false, visibility: 'round' });
    expect((await stopped).users).toEqual([]);

    const gone = cl.next('presence:state');
    mx.close();
    expect((await gone).readers).toEqual({});
  });

  it('tells readers a typist stopped when the typist disconnects or leaves the round mid-sentence', async () => {
    const roundId = await insertRound(t.models, processId);
    // People of their own: socket events are rate-limited per user, and the other tests' users
    // have spent their share.
    const mx = await connect((await member('delegate', mexico)).token);
    const cl = await connect((await member('delegate', chile)).token);
    await mx.join(roundId);
    await cl.join(roundId);
    const typingIn = async (paragraphKey: string) => {
      const started = cl.next('typing:state', (s) => s.paragraphKey === paragraphKey && s.users.length > 0);
      mx.socket.emit('typing:update', { roundId, paragraphKey, typing: true, visibility: 'round' });
      await started;
    };

    await typingIn('p1');
    const leftRound = cl.next('typing:state', (s) => s.paragraphKey === 'p1');
    mx.socket.emit('round:leave', { roundId });
    expect((await leftRound).users).toEqual([]);

    await mx.join(roundId);
    await typingIn('p2');
    // No "stopped typing" from a tab whose network went: the server says it when the socket goes.
    const disconnected = cl.next('typing:state', (s) => s.paragraphKey === 'p2');
    mx.close();
    expect((await disconnected).users).toEqual([]);
  });

  it("handles a socket's events in the order they were sent: presence right after joining, and a clear after leaving", async () => {
    const roundId = await insertRound(t.models, processId);
    const mx = await connect(tokens.delegateMx);
    const reading = mx.next('presence:state', (s) => (s.readers.p2?.length ?? 0) > 0);
    // Sent back to back, as a page does on load: the presence must not race the join's reads.
    mx.socket.emit('round:join', { roundId, lastSeq: {} });
    mx.socket.emit('presence:update', { roundId, paragraphKey: 'p2' });
    await reading;
    mx.socket.emit('round:leave', { roundId });
    mx.socket.emit('presence:update', { roundId, paragraphKey: null });
    const pong = mx.next('app:pong');
    mx.socket.emit('app:ping', { at: 1 });
    await pong;
    expect(mx.all('app:error')).toEqual([]);
  });

  it("tells only the typist's delegation (and the secretariat for its threads) about typing in them", async () => {
    const roundId = await insertRound(t.models, processId);
    const mx = await connect(tokens.delegateMx);
    const mxOtherTab = await connect(tokens.delegateMx);
    const cl = await connect(tokens.delegateCl);
    const sec = await connect(tokens.secretariat);
    for (const client of [mx, mxOtherTab, cl, sec]) await client.join(roundId);
    const typingIn = (paragraphKey: string, visibility: 'round' | 'delegation' | 'secretariat') =>
      mx.socket.emit('typing:update', { roundId, paragraphKey, typing: true, visibility });

    // An internal note of Mexico reaches Mexico's other tab, under its own scope.
    const internal = mxOtherTab.next('typing:state', (s) => s.paragraphKey === 'p1');
    typingIn('p1', 'delegation');
    expect(await internal).toMatchObject({ paragraphKey: 'p1', scope: `delegation:${mexico}`, users: [{}] });
    // A thread for the secretariat reaches the secretariat and Mexico.
    const toSecretariat = sec.next('typing:state', (s) => s.paragraphKey === 'p2');
    const toMexico = mxOtherTab.next('typing:state', (s) => s.paragraphKey === 'p2');
    typingIn('p2', 'secretariat');
    expect(await toSecretariat).toMatchObject({ scope: `secretariat:${mexico}`, users: [{}] });
    expect(await toMexico).toMatchObject({ scope: `secretariat:${mexico}`, users: [{}] });
    // Public typing on the same paragraph is a marker sent after both, and lists Mexico's
    // public typist only: the internal one is not counted in.
    const marker = cl.next('typing:state', (s) => s.paragraphKey === 'p1');
    const secMarker = sec.next('typing:state', (s) => s.paragraphKey === 'p1');
    typingIn('p1', 'round');
    expect(await marker).toMatchObject({ scope: 'round', users: [{}] });
    await secMarker;

    // Chile heard of neither internal thread; the secretariat not of Mexico's internal note.
    expect(cl.all('typing:state').map((s) => [s.paragraphKey, s.scope])).toEqual([['p1', 'round']]);
    expect(sec.all('typing:state').map((s) => [s.paragraphKey, s.scope])).toEqual([
      ['p2', `secretariat:${mexico}`],
      ['p1', 'round'],
    ]);
  });

  it('publishes round.status from the round status use case', async () => {
    const roundId = await insertRound(t.models, processId, { chairUserId: chairId, status: 'scheduled' });
    const mx = await connect(tokens.delegateMx);
    await mx.join(roundId);
    const opened = mx.next('stream:event');
    const res = await t.http.post(`/api/rounds/${roundId}/status`, { status: 'open' }, { token: tokens.chair });
    expect(res.status).toBe(200);
    expect(await opened).toMatchObject({
      stream: streams.round(roundId),
      seq: 1,
      event: { type: 'round.status', status: 'open' },
    });
  });
});
