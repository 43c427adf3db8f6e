import { ErrorCode, rooms, type ClientToServerEvents, type ServerToClientEvents } from '@concordia/contracts';
import { JwtService } from '@nestjs/jwt';
import { io, type Socket } from 'socket.io-client';
import { hashOpaqueToken } from '../auth/opaque-token';
import { addMembership, createDelegation, createProcess, createUser, login, TEST_PASSWORD } from '../test/fixtures';
import { startTestApp, type TestApp } from '../test/test-app';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

describe('socket gateway', () => {
  let t: TestApp;
  const sockets: ClientSocket[] = [];

  const connect = (auth: Record<string, unknown>, origin?: string): ClientSocket => {
    const socket: ClientSocket = io(t.baseUrl, {
      auth,
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      extraHeaders: origin ? { origin } : undefined,
    });
    sockets.push(socket);
    return socket;
  };

  /** Fails fast (instead of at the test timeout) when the awaited event never comes. */
  const within = <T>(what: string, executor: (resolve: (value: T) => void, reject: (error: Error) => void) => void) =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), 5000);
      executor(
        (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        (error) => {
          clearTimeout(timer);
          reject(error);
        },
      );
    });

  const connectError = (socket: ClientSocket) =>
    within<Error>('connect_error', (resolve, reject) => {
      socket.once('connect', () => reject(new Error('connected unexpectedly')));
      socket.once('connect_error', resolve);
    });

  const next = <E extends keyof ServerToClientEvents>(socket: ClientSocket, event: E) =>
    within<Parameters<ServerToClientEvents[E]>[0]>(event, (resolve) => {
      (socket.once as (e: string, cb: (payload: Parameters<ServerToClientEvents[E]>[0]) => void) => void)(
        event,
        resolve,
      );
    });

  /** The user and the session (refresh-token family) an access token speaks for. */
  const claimsOf = (token: string) =>
    JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as { sub: string; sid: string };

  const serverEnds = (socket: ClientSocket) =>
    within<string>('the server to end the socket', (resolve) => socket.once('disconnect', resolve));

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await t.close();
  });

  it('refuses a connection without a token, with the code in the error', async () => {
    const error = await connectError(connect({}));
    expect(error.message).toContain(ErrorCode.AuthRequired);
  });

  it('refuses a garbage token', async () => {
    const error = await connectError(connect({ token: 'garbage' }));
    expect(error.message).toContain(ErrorCode.AuthTokenInvalid);
  });

  it('refuses an origin outside the allow-list', async () => {
    const user = await createUser(t.models);
    const { token } = await login(t.http, user.email);
    await expect(connectError(connect({ token }, 'http://evil.test'))).resolves.toBeInstanceOf(Error);
  });

  it('joins the user, process and delegation rooms and says session:ready', async () => {
    const [processId, delegationId] = await Promise.all([createProcess(t.models), createDelegation(t.models)]);
    const user = await createUser(t.models);
    await addMembership(t.models, processId, user.id, 'delegate', delegationId);
    const { token } = await login(t.http, user.email);
    const socket = connect({ token }, 'http://localhost:4200');
    const ready = await next(socket, 'session:ready');
    expect(ready.userId).toBe(user.id);
    expect(ready.rooms.sort()).toEqual(
      [
        rooms.delegation(delegationId),
        rooms.process(processId),
        rooms.user(user.id),
        rooms.session(claimsOf(token).sid),
      ].sort(),
    );
  });

  it('answers app:ping with app:pong, and a malformed ping with app:error without dropping the connection', async () => {
    const user = await createUser(t.models);
    const { token } = await login(t.http, user.email);
    const socket = connect({ token });
    await next(socket, 'session:ready');

    const errorPromise = next(socket, 'app:error');
    (socket.emit as (event: string, payload: unknown) => void)('app:ping', { at: 'not a number', extra: 1 });
    const error = await errorPromise;
    expect(error).toEqual({
      code: ErrorCode.SocketEventInvalid,
      message: expect.stringContaining('app:ping'),
      event: 'app:ping',
    });
    expect(socket.connected).toBe(true);

    const pongPromise = next(socket, 'app:pong');
    socket.emit('app:ping', { at: 7 });
    const pong = await pongPromise;
    expect(pong).toEqual({ at: 7, serverTime: expect.any(String) });
    expect(socket.connected).toBe(true);
  });

  it('ends a socket when the access token it was opened with expires, and no other', async () => {
    const user = await createUser(t.models);
    const { token } = await login(t.http, user.email);
    const { sub, sid } = claimsOf(token);
    // The same session, with a token that runs out within two seconds.
    const shortLived = new JwtService({ secret: t.config.auth.jwtAccessSecret }).sign({
      sub,
      sid,
      exp: Math.floor(Date.now() / 1000) + 2,
    });
    const lasting = connect({ token });
    const expiring = connect({ token: shortLived });
    await Promise.all([next(lasting, 'session:ready'), next(expiring, 'session:ready')]);

    expect(await serverEnds(expiring)).toBe('io server disconnect');
    expect(lasting.connected).toBe(true);
  });

  it('ends every socket of a session signed out elsewhere at once, and no other session', async () => {
    const user = await createUser(t.models);
    const [signedOut, kept] = await Promise.all([login(t.http, user.email), login(t.http, user.email)]);
    const [tab1, tab2, other] = [
      connect({ token: signedOut.token }),
      connect({ token: signedOut.token }),
      connect({ token: kept.token }),
    ];
    await Promise.all([next(tab1, 'session:ready'), next(tab2, 'session:ready'), next(other, 'session:ready')]);

    const ended = Promise.all([serverEnds(tab1), serverEnds(tab2)]);
    expect((await t.http.post('/api/auth/logout', undefined, { refresh: signedOut.refresh })).status).toBe(204);
    // Well before the access token's 15 minutes.
    expect(await ended).toEqual(['io server disconnect', 'io server disconnect']);
    expect(other.connected).toBe(true);
    // The still-unexpired access token of the ended session opens nothing again.
    expect((await connectError(connect({ token: signedOut.token }))).message).toContain(ErrorCode.AuthTokenInvalid);
  });

  it('keeps the sockets of a session two tabs renewed at once, and ends them when an old token comes back later', async () => {
    const user = await createUser(t.models);
    const session = await login(t.http, user.email);
    const socket = connect({ token: session.token });
    await next(socket, 'session:ready');

    const renewals = await Promise.all(
      [1, 2].map(() => t.http.post('/api/auth/refresh', undefined, { refresh: session.refresh })),
    );
    expect(renewals.map((r) => r.status)).toEqual([200, 200]);
    const renewed = connect({ token: renewals[1]?.body.accessToken });
    await next(renewed, 'session:ready');
    expect(socket.connected).toBe(true);

    // The replaced token shows up once the grace window is over: taken for a stolen one.
    await t.models.refreshSessions.updateOne(
      { tokenHash: hashOpaqueToken(session.refresh) },
      { $set: { rotatedAt: new Date(Date.now() - (t.config.auth.refreshGraceSeconds + 1) * 1000) } },
    );
    const ended = Promise.all([serverEnds(socket), serverEnds(renewed)]);
    expect((await t.http.post('/api/auth/refresh', undefined, { refresh: session.refresh })).status).toBe(401);
    expect(await ended).toEqual(['io server disconnect', 'io server disconnect']);
    expect((await t.http.post('/api/auth/refresh', undefined, { refresh: renewals[0]?.refreshCookie })).status).toBe(
      401,
    );
  });

  it('ends the sockets of the other sessions when the password changes, and keeps this one', async () => {
    const user = await createUser(t.models);
    const [here, elsewhere] = await Promise.all([login(t.http, user.email), login(t.http, user.email)]);
    const [mine, theirs] = [connect({ token: here.token }), connect({ token: elsewhere.token })];
    await Promise.all([next(mine, 'session:ready'), next(theirs, 'session:ready')]);

    const ended = serverEnds(theirs);
    const changed = await t.http.post(
      '/api/auth/password',
      { currentPassword: TEST_PASSWORD, newPassword: 'another long passphrase' },
      { token: here.token },
    );
    expect(changed.status).toBe(204);
    expect(await ended).toBe('io server disconnect');
    expect(mine.connected).toBe(true);
  });
});
