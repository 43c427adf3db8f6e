import { ErrorCode, type LoginResponse, SERVER_TIME_HEADER } from '@concordia/contracts';
import { z } from 'zod';
import { ServerClock } from '../common/server-clock';
import { testMe } from '../testing/fixtures';
import { ApiClient } from './api-client';
import { ApiError } from './api-error';

const session = (accessToken: string): LoginResponse => ({
  accessToken,
  expiresIn: 900,
  me: testMe(),
});

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const error = (status: number, code: ErrorCode) => json(status, { code, message: code, requestId: 'req-1' });

interface Call {
  path: string;
  authorization: string | null;
  credentials: RequestCredentials | undefined;
  contentType: string | null;
  body: BodyInit | null | undefined;
}

/** A scripted server: each handler answers one path; calls are recorded in order. */
const fakeServer = (handlers: Record<string, (call: Call) => Response | Promise<Response>>) => {
  const calls: Call[] = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const path = url.replace(/^\/api/, '').split('?')[0] ?? '';
    const headers = new Headers(init?.headers);
    const call = {
      path,
      authorization: headers.get('Authorization'),
      credentials: init?.credentials,
      contentType: headers.get('Content-Type'),
      body: init?.body,
    };
    calls.push(call);
    const handler = handlers[path];
    if (!handler) return error(404, ErrorCode.RouteNotFound);
    return handler(call);
  };
  return { calls, fetchImpl };
};

const okSchema = z.object({ ok: z.literal(true) });

describe('ApiClient', () => {
  it('sends the access token and the cookie, and parses the response with the schema', async () => {
    const server = fakeServer({ '/thing': () => json(200, { ok: true }) });
    const client = new ApiClient('/api', server.fetchImpl);
    client.setSession(session('token-1'));

    await expect(client.send('GET', '/thing', okSchema)).resolves.toEqual({ ok: true });
    expect(server.calls[0]).toMatchObject({ path: '/thing', authorization: 'Bearer token-1', credentials: 'include' });
  });

  it("learns the server's clock from every answer, a refusal too", async () => {
    let browser = 1_000;
    const clock = new ServerClock(() => browser);
    const stated = (status: number, body: unknown, serverTime: number) => {
      browser += 40;
      return new Response(JSON.stringify(body), { status, headers: { [SERVER_TIME_HEADER]: String(serverTime) } });
    };
    // The browser's clock three minutes behind the server's; the answer takes 40 ms.
    const server = fakeServer({ '/late': () => stated(409, { code: 'ROUND_NOT_OPEN', message: 'closed' }, 181_020) });
    const client = new ApiClient('/api', server.fetchImpl, undefined, clock);

    await client.send('POST', '/late', okSchema, { body: {} }).catch(() => undefined);
    // At least 181 020 − 1 040: the API may have read its clock as the answer left.
    expect(clock.offsetMs()).toBe(179_980);
    expect(clock.now()).toBe(181_020);
  });

  it('turns an error body into an ApiError with code, message and request id', async () => {
    const server = fakeServer({ '/thing': () => error(403, ErrorCode.Forbidden) });
    const client = new ApiClient('/api', server.fetchImpl);

    const failure = await client.send('GET', '/thing', okSchema).catch((caught: unknown) => caught);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: 403, code: 'FORBIDDEN', requestId: 'req-1' });
  });

  it('keeps the whole error body, so a stale edit can show the current version', async () => {
    const current = { id: 'a'.repeat(24), revision: 7 };
    const server = fakeServer({
      '/thing': () => json(409, { code: 'VERSION_STALE', message: 'stale', requestId: 'req-2', current }),
    });
    const client = new ApiClient('/api', server.fetchImpl);
    const failure = await client.send('POST', '/thing', okSchema, { body: {} }).catch((caught: unknown) => caught);
    expect(failure).toMatchObject({ status: 409, code: 'VERSION_STALE', body: { current } });
  });

  it('sends a file as multipart form data, leaving the boundary header to the browser', async () => {
    const server = fakeServer({ '/upload': () => json(202, { ok: true }) });
    const client = new ApiClient('/api', server.fetchImpl);
    client.setSession(session('token-1'));
    const form = new FormData();
    form.append('file', new Blob(['1. Text.']), 'draft.txt');

    await expect(client.send('POST', '/upload', okSchema, { form })).resolves.toEqual({ ok: true });
    expect(server.calls[0]?.body).toBe(form);
    expect(server.calls[0]?.contentType).toBeNull();
    expect(server.calls[0]?.authorization).toBe('Bearer token-1');
  });

  it('downloads a file as a blob with the access token', async () => {
    const server = fakeServer({ '/export.csv': () => new Response('at,actor\n', { status: 200 }) });
    const client = new ApiClient('/api', server.fetchImpl);
    client.setSession(session('token-1'));
    const blob = await client.sendBlob('GET', '/export.csv');
    await expect(blob.text()).resolves.toBe('at,actor\n');
    expect(server.calls[0]?.authorization).toBe('Bearer token-1');
  });

  it('rejects a response that does not match the contract', async () => {
    const server = fakeServer({ '/thing': () => json(200, { ok: 'yes' }) });
    const client = new ApiClient('/api', server.fetchImpl);
    await expect(client.send('GET', '/thing', okSchema)).rejects.toMatchObject({ code: 'INTERNAL_ERROR' });
  });

  it('maps a non-JSON gateway error to SERVICE_UNAVAILABLE', async () => {
    const fetchImpl: typeof fetch = () => Promise.resolve(new Response('Bad gateway', { status: 502 }));
    const client = new ApiClient('/api', fetchImpl);
    await expect(client.send('GET', '/thing', okSchema)).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
  });

  it('refreshes once on an expired token and retries the call with the new token', async () => {
    const server = fakeServer({
      '/thing': (call) =>
        call.authorization === 'Bearer fresh' ? json(200, { ok: true }) : error(401, ErrorCode.AuthTokenExpired),
      '/auth/refresh': () => json(200, session('fresh')),
    });
    const client = new ApiClient('/api', server.fetchImpl);
    client.setSession(session('stale'));

    await expect(client.send('GET', '/thing', okSchema)).resolves.toEqual({ ok: true });
    expect(server.calls.map((c) => c.path)).toEqual(['/thing', '/auth/refresh', '/thing']);
    expect(client.token).toBe('fresh');
  });

  it('shares one refresh between calls that expire together', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const server = fakeServer({
      '/thing': (call) =>
        call.authorization === 'Bearer fresh' ? json(200, { ok: true }) : error(401, ErrorCode.AuthTokenExpired),
      '/auth/refresh': async () => {
        await gate;
        return json(200, session('fresh'));
      },
    });
    const client = new ApiClient('/api', server.fetchImpl);
    client.setSession(session('stale'));

    const calls = Promise.all([1, 2, 3].map(() => client.send('GET', '/thing', okSchema)));
    await new Promise((resolve) => setTimeout(resolve, 10));
    release();
    await expect(calls).resolves.toHaveLength(3);
    expect(server.calls.filter((c) => c.path === '/auth/refresh')).toHaveLength(1);
  });

  it('takes the session another tab renewed instead of renewing it again', async () => {
    const server = fakeServer({
      '/thing': (call) =>
        call.authorization === 'Bearer from-other-tab'
          ? json(200, { ok: true })
          : error(401, ErrorCode.AuthTokenExpired),
      '/auth/refresh': () => json(200, session('own')),
    });
    const client = new ApiClient('/api', server.fetchImpl, {
      run: () => Promise.resolve(session('from-other-tab')),
      signedOut: () => undefined,
    });
    client.setSession(session('stale'));

    await expect(client.send('GET', '/thing', okSchema)).resolves.toEqual({ ok: true });
    expect(client.token).toBe('from-other-tab');
    expect(server.calls.map((c) => c.path)).toEqual(['/thing', '/thing']);
  });

  it('does not refresh on other authentication errors', async () => {
    const server = fakeServer({
      '/thing': () => error(401, ErrorCode.AuthTokenInvalid),
      '/auth/refresh': () => json(200, session('fresh')),
    });
    const client = new ApiClient('/api', server.fetchImpl);
    client.setSession(session('forged'));
    await expect(client.send('GET', '/thing', okSchema)).rejects.toMatchObject({ code: 'AUTH_TOKEN_INVALID' });
    expect(server.calls.map((c) => c.path)).toEqual(['/thing']);
  });

  it('ends the session when the refresh cookie is refused', async () => {
    const server = fakeServer({
      '/thing': () => error(401, ErrorCode.AuthTokenExpired),
      '/auth/refresh': () => error(401, ErrorCode.AuthRefreshInvalid),
    });
    const client = new ApiClient('/api', server.fetchImpl);
    const sessions: (LoginResponse | null)[] = [];
    client.onSession((value) => sessions.push(value));
    client.setSession(session('stale'));

    await expect(client.send('GET', '/thing', okSchema)).rejects.toMatchObject({ code: 'AUTH_TOKEN_EXPIRED' });
    expect(client.token).toBeNull();
    expect(sessions.at(-1)).toBeNull();
  });

  it('resolves refresh() with null when there is no session to restore (204: no cookie sent)', async () => {
    const server = fakeServer({ '/auth/refresh': () => new Response(null, { status: 204 }) });
    const client = new ApiClient('/api', server.fetchImpl);
    const sessions: (LoginResponse | null)[] = [];
    client.onSession((value) => sessions.push(value));
    await expect(client.refresh()).resolves.toBeNull();
    expect(sessions).toEqual([null]);
    expect(server.calls[0]?.authorization).toBeNull();
  });

  it('resolves refresh() with null when the session it names has ended (401)', async () => {
    const server = fakeServer({ '/auth/refresh': () => error(401, ErrorCode.AuthRefreshInvalid) });
    const client = new ApiClient('/api', server.fetchImpl);
    await expect(client.refresh()).resolves.toBeNull();
  });
});
