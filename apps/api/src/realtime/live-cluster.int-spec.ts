import { ErrorCode, streams, type RoundEvent } from '@concordia/contracts';
import { addMembership, createDelegation, createProcess, createUser, login } from '../test/fixtures';
import { insertRound, LiveClient } from '../test/live-client';
import { startPeerApp, startTestApp, type TestApp } from '../test/test-app';
import { LiveEvents } from './live-events.service';
import { SOCKET_RATE } from './socket-rate-limiter';

const statusEvent = (n: number): RoundEvent => ({ type: 'paragraph.status', paragraphKey: `p${n}`, status: 'agreed' });

/** Two API processes of one deployment: same database and Redis prefix, each with its own sockets. */
describe('live streams across API processes', () => {
  let primary: TestApp;
  let a: TestApp;
  let b: TestApp;
  let processId: string;
  let mexico: string;
  let chile: string;
  let tokens: { mx: string; cl: string };
  const clients: LiveClient[] = [];

  const connect = async (app: TestApp, token: string) => {
    const client = await LiveClient.connect(app.baseUrl, token);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    primary = await startTestApp();
    a = await startPeerApp(primary);
    b = await startPeerApp(primary);
    processId = await createProcess(primary.models);
    [mexico, chile] = await Promise.all([createDelegation(primary.models), createDelegation(primary.models)]);
    const member = async (delegationId: string) => {
      const user = await createUser(primary.models);
      await addMembership(primary.models, processId, user.id, 'delegate', delegationId);
      return (await login(a.http, user.email)).token;
    };
    tokens = { mx: await member(mexico), cl: await member(chile) };
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    await a.close();
    await b.close();
    await primary.close();
  });

  it('delivers an event published through one process to a client of the other, and internal notes to their delegation only', async () => {
    const roundId = await insertRound(primary.models, processId);
    const round = streams.round(roundId);
    const mxStream = streams.delegation(roundId, mexico);
    const [mxOnA, mxOnB, clOnA, clOnB] = await Promise.all([
      connect(a, tokens.mx),
      connect(b, tokens.mx),
      connect(a, tokens.cl),
      connect(b, tokens.cl),
    ]);
    await Promise.all([mxOnA, mxOnB, clOnA, clOnB].map((c) => c.join(roundId)));

    await a.app.get(LiveEvents).publish(roundId, [{ kind: 'round' }], statusEvent(1));
    await a.app.get(LiveEvents).publish(roundId, [{ kind: 'delegation', delegationId: mexico }], statusEvent(2));
    // The marker goes out last through the same connection, so when it arrived the note had too.
    await a.app.get(LiveEvents).publish(roundId, [{ kind: 'round' }], statusEvent(3));

    for (const client of [mxOnA, mxOnB, clOnA, clOnB]) {
      await client.until('the marker', () => client.streamEvents(round).length === 2);
      expect(client.streamEvents(round).map((e) => [e.seq, e.event])).toEqual([
        [1, statusEvent(1)],
        [2, statusEvent(3)],
      ]);
    }
    for (const mx of [mxOnA, mxOnB]) {
      expect(mx.streamEvents(mxStream).map((e) => [e.seq, e.event])).toEqual([[1, statusEvent(2)]]);
    }
    for (const cl of [clOnA, clOnB]) expect(cl.all('stream:event').every((e) => e.stream === round)).toBe(true);
  });

  it('limits events per user across processes, keeping the connection up', async () => {
    // A user of their own, with a full bucket.
    const user = await createUser(primary.models);
    const { token } = await login(b.http, user.email);
    const onA = await connect(a, token);
    const onB = await connect(b, token);
    // Each socket alone stays under the burst; only a limit shared in Redis refuses some.
    const perSocket = Math.ceil((SOCKET_RATE.capacity * 3) / 4);
    for (let i = 0; i < perSocket; i++) {
      onA.socket.emit('app:ping', { at: i });
      onB.socket.emit('app:ping', { at: i });
    }
    const answered = (c: LiveClient) => c.all('app:pong').length + c.all('app:error').length;
    await onA.until('every ping answered', () => answered(onA) === perSocket);
    await onB.until('every ping answered', () => answered(onB) === perSocket);
    const limited = [...onA.all('app:error'), ...onB.all('app:error')];
    expect(limited.length).toBeGreaterThan(0);
    expect(limited.length).toBeLessThanOrEqual(2 * perSocket - SOCKET_RATE.capacity);
    expect(new Set(limited.map((e) => `${e.code} ${e.event}`))).toEqual(
      new Set([`${ErrorCode.SocketRateLimited} app:ping`]),
    );
    expect(onA.socket.connected && onB.socket.connected).toBe(true);

    // The bucket refills: after a pause the same user is served again.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const pong = onA.next('app:pong', (p) => p.at === 999);
    onA.socket.emit('app:ping', { at: 999 });
    await expect(pong).resolves.toMatchObject({ at: 999 });
  });

  it('catches a client up after its API process is replaced (the log lives in Redis)', async () => {
    const roundId = await insertRound(primary.models, processId);
    const round = streams.round(roundId);
    const mx = await connect(a, tokens.mx);
    await mx.join(roundId);
    await a.app.get(LiveEvents).publish(roundId, [{ kind: 'round' }], statusEvent(1));
    await mx.until('the first event', () => mx.streamEvents(round).length === 1);

    await a.close();
    await b.app.get(LiveEvents).publish(roundId, [{ kind: 'round' }], statusEvent(2));
    await b.app.get(LiveEvents).publish(roundId, [{ kind: 'delegation', delegationId: mexico }], statusEvent(3));
    a = await startPeerApp(primary);

    const back = await connect(a, tokens.mx);
    const joined = await back.join(roundId, { [round]: 1, [streams.delegation(roundId, mexico)]: 0 });
    expect(joined.streams).toEqual({ [round]: 2, [streams.delegation(roundId, mexico)]: 1 });
    await back.until('the missed events', () => back.all('stream:event').length === 2);
    expect(back.all('stream:event').map((e) => [e.stream, e.seq, e.event])).toEqual([
      [round, 2, statusEvent(2)],
      [streams.delegation(roundId, mexico), 1, statusEvent(3)],
    ]);
  });
});
