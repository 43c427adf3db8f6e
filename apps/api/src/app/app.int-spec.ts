import { ErrorCode, LIMITS, SERVER_TIME_HEADER } from '@concordia/contracts';
import { createUser, login } from '../test/fixtures';
import { startTestApp, type TestApp } from '../test/test-app';
import { RouteAccessAudit } from './route-access-audit';

describe('application shell (HTTP)', () => {
  let t: TestApp;
  let adminToken: string;

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await createUser(t.models, { platformRoles: ['admin'] });
    adminToken = (await login(t.http, admin.email)).token;
  });
  afterAll(() => t.close());

  it('reports liveness and readiness with latencies', async () => {
    const live = await t.http.get('/api/health/live');
    expect(live.status).toBe(200);
    expect(live.body).toEqual({ status: 'ok', uptimeSeconds: expect.any(Number) });
    const ready = await t.http.get('/api/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({
      status: 'ready',
      checks: {
        database: { status: 'up', latencyMs: expect.any(Number) },
        redis: { status: 'up', latencyMs: expect.any(Number) },
      },
    });
  });

  it('echoes a sane x-request-id and replaces an unsafe one', async () => {
    const kept = await t.http.get('/api/health/live', { headers: { 'x-request-id': 'trace-42' } });
    expect(kept.headers.get('x-request-id')).toBe('trace-42');
    const replaced = await t.http.get('/api/nowhere', { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(replaced.body.requestId).toBe(replaced.headers.get('x-request-id'));
  });

  it('answers an unknown route with 404 ROUTE_NOT_FOUND', async () => {
    const res = await t.http.get('/api/nowhere');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({
      code: ErrorCode.RouteNotFound,
      message: expect.any(String),
      requestId: expect.any(String),
    });
  });

  it('answers malformed JSON with 400 MALFORMED_JSON', async () => {
    const res = await t.http.post('/api/auth/login', undefined, { rawBody: '{"email": "a@b.test", ' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe(ErrorCode.MalformedJson);
    expect(res.body.requestId).toBe(res.headers.get('x-request-id'));
  });

  it('answers a body over the limit with 413 PAYLOAD_TOO_LARGE', async () => {
    const rawBody = JSON.stringify({ email: 'a@b.test', password: 'x'.repeat(LIMITS.jsonBodyBytes) });
    const res = await t.http.post('/api/auth/login', undefined, { rawBody });
    expect(res.status).toBe(413);
    expect(res.body.code).toBe(ErrorCode.PayloadTooLarge);
  });

  it('rejects unknown fields and wrong types with VALIDATION_FAILED and per-field issues', async () => {
    const unknownField = await t.http.post('/api/auth/login', { email: 'a@b.test', password: 'pw', admin: true });
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.code).toBe(ErrorCode.ValidationFailed);
    expect(unknownField.body.issues).toEqual([
      { path: 'admin', code: 'unknown_field', message: 'is not an accepted field' },
    ]);

    const wrongTypes = await t.http.post('/api/auth/login', { email: 42, password: ['pw'] });
    expect(wrongTypes.status).toBe(400);
    expect((wrongTypes.body.issues as { path: string }[]).map((i) => i.path).sort()).toEqual(['email', 'password']);

    // Each issue says why with a code, so the web words it in the reader's language.
    const missing = await t.http.post('/api/auth/login', { email: 'a@b.test' });
    expect(missing.body.issues).toEqual([{ path: 'password', code: 'required', message: expect.any(String) }]);

    const noBody = await t.http.post('/api/auth/login');
    expect(noBody.status).toBe(400);
    expect(noBody.body.code).toBe(ErrorCode.ValidationFailed);
  });

  it('answers an invalid ObjectId in a path with 400 INVALID_ID', async () => {
    const res = await t.http.get('/api/processes/not-an-id', { token: adminToken });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe(ErrorCode.InvalidId);
    expect(res.body.issues).toEqual([{ path: 'id', code: 'invalid_id', message: expect.any(String) }]);
  });

  it('allows CORS with credentials only for the configured origins', async () => {
    const allowed = await t.http.request('OPTIONS', '/api/auth/login', undefined, {
      headers: { origin: 'http://localhost:4200', 'access-control-request-method': 'POST' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:4200');
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    const refused = await t.http.request('OPTIONS', '/api/auth/login', undefined, {
      headers: { origin: 'http://evil.test', 'access-control-request-method': 'POST' },
    });
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
  });

  it("states the server's time on every answer, errors too, readable by an allowed origin", async () => {
    const before = Date.now();
    const ok = await t.http.get('/api/health/live', { headers: { origin: 'http://localhost:4200' } });
    const refused = await t.http.get('/api/nowhere');
    const after = Date.now();
    for (const res of [ok, refused]) {
      const stated = Number(res.headers.get(SERVER_TIME_HEADER));
      expect(stated).toBeGreaterThanOrEqual(before);
      expect(stated).toBeLessThanOrEqual(after);
    }
    expect(ok.headers.get('access-control-expose-headers')).toBe(SERVER_TIME_HEADER);
  });

  it('sets security headers (helmet)', async () => {
    const res = await t.http.get('/api/health/live');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('declares an access rule for every route', () => {
    const routes = t.app.get(RouteAccessAudit).routes();
    expect(routes.length).toBeGreaterThanOrEqual(19);
    expect(routes.filter((r) => r.access === undefined)).toEqual([]);
  });

  it('lists every route in the OpenAPI document with schemas, bearer auth and error responses', async () => {
    const ui = await t.http.get('/api/docs');
    expect(ui.status).toBe(200);
    const res = await t.http.get('/api/docs-json');
    expect(res.status).toBe(200);
    const doc = res.body;
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });

    for (const route of t.app.get(RouteAccessAudit).routes()) {
      const path = route.path.replace(/:(\w+)/g, '{$1}');
      const operation = doc.paths[path]?.[route.method.toLowerCase()];
      expect({ route: `${route.method} ${route.path}`, documented: operation !== undefined }).toEqual({
        route: `${route.method} ${route.path}`,
        documented: true,
      });
      const responses = operation.responses as Record<string, { content?: Record<string, { schema: unknown }> }>;
      expect(responses.default?.content?.['application/json']?.schema).toEqual({
        $ref: '#/components/schemas/ErrorResponseDto_Output',
      });
      // A route that redirects (the one-click unsubscribe URL opened in a browser) succeeds with a 3xx.
      const success = Object.entries(responses).find(([status]) => /^[23]/.test(status));
      expect(success).toBeDefined();
      if (route.access?.kind !== 'public') {
        expect(operation.security).toEqual(expect.arrayContaining([{ bearer: [] }]));
        expect(responses['401']).toBeDefined();
      }
    }
    // Request bodies come from the contracts (strict objects: no extra properties).
    const login = doc.paths['/api/auth/login'].post;
    expect(login.requestBody.content['application/json'].schema.$ref).toMatch(/LoginRequestDto/);
    expect(doc.components.schemas.LoginRequestDto.additionalProperties).toBe(false);
  });
});

describe('readiness with a dependency down', () => {
  let t: TestApp;

  beforeAll(async () => {
    // Nothing listens on port 1: Redis is unreachable while the database is fine.
    t = await startTestApp({ REDIS_URL: 'redis://127.0.0.1:1' });
  });
  afterAll(() => t.close());

  it('answers 503 not_ready naming the failing dependency', async () => {
    const res = await t.http.get('/api/health/ready');
    expect(res.status).toBe(503);
    expect(res.body.status).toBe('not_ready');
    expect(res.body.checks.database.status).toBe('up');
    expect(res.body.checks.redis).toEqual({ status: 'down', latencyMs: null, error: expect.any(String) });
  });
});
