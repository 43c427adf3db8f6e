import { randomBytes } from 'node:crypto';
import { ErrorCode } from '@concordia/contracts';
import { Redis } from 'ioredis';
import { createUser, login } from '../test/fixtures';
import { startOwnRedis } from '../test/own-redis';
import { deploymentForSpec } from '../test/deployment-for-spec';
import { runRedisPrefix, startTestApp } from '../test/test-app';

const ANONYMOUS = 5;
const SIGN_IN = 3;
const LIMITS = {
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: String(ANONYMOUS),
  RATE_LIMIT_SIGN_IN_PER_MINUTE: String(SIGN_IN),
  // So that each test can be a different visitor (X-Forwarded-For), as behind the reverse proxy.
  TRUST_PROXY: 'true',
};
const NO_ROUND = '/api/public/rounds/0123456789abcdef01234567';

let visitors = 0;
/** A client address of its own for each test: the counts are per address and last a minute. */
const visitor = () => ({ 'x-forwarded-for': `198.51.100.${(visitors += 1)}` });

describe('rate limits of the routes open without signing in', () => {
  // Two API processes of one deployment, counting together.
  const deployment = deploymentForSpec(LIMITS);

  it('answers 429 RATE_LIMITED, with when to try again, once an address has used its minute', async () => {
    const { t } = deployment;
    const headers = visitor();
    for (let i = 0; i < ANONYMOUS; i += 1) expect((await t.http.get(NO_ROUND, { headers })).status).toBe(404);
    const refused = await t.http.get(NO_ROUND, { headers });
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe(ErrorCode.RateLimited);
    expect(refused.body.message).toMatch(/try again in \d+ seconds?/);
    expect(refused.body.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.body.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(refused.headers.get('retry-after')).toBe(String(refused.body.retryAfterSeconds));
    // Another address is not concerned.
    expect((await t.http.get(NO_ROUND, { headers: visitor() })).status).toBe(404);
  });

  it('counts an address across every API process and every open route', async () => {
    const { t, peer } = deployment;
    const headers = visitor();
    for (let i = 0; i < ANONYMOUS; i += 1) {
      const app = i % 2 === 0 ? t : peer;
      const path = i % 2 === 0 ? NO_ROUND : `/api/invitations/${randomBytes(16).toString('hex')}`;
      expect((await app.http.get(path, { headers })).status).toBe(404);
    }
    expect((await peer.http.get(NO_ROUND, { headers })).status).toBe(429);
    expect((await t.http.post('/api/auth/refresh', undefined, { headers })).status).toBe(429);
    // Under the deployment's prefix, where its other keys are.
    const redis = new Redis(t.config.redis.url);
    try {
      expect((await redis.keys(`${t.config.redis.prefix}:rate:*`)).length).toBeGreaterThan(0);
    } finally {
      redis.disconnect();
    }
  });

  it('allows fewer sign-in attempts per address, whatever the accounts, even with the right password', async () => {
    const { t } = deployment;
    const headers = visitor();
    const user = await createUser(t.models);
    for (let i = 0; i < SIGN_IN; i += 1) {
      const wrong = await t.http.post(
        '/api/auth/login',
        { email: `nobody-${i}@example.test`, password: 'not the password' },
        { headers },
      );
      expect(wrong.status).toBe(401);
    }
    const refused = await t.http.post(
      '/api/auth/login',
      { email: user.email, password: 'correct horse battery staple' },
      { headers },
    );
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe(ErrorCode.RateLimited);
    // The same address may still read a public page: the sign-in limit is the tighter one only.
    expect((await t.http.get(NO_ROUND, { headers })).status).toBe(404);
  });

  it('does not count signed-in work (limited per account) or health probes against an address', async () => {
    const { t } = deployment;
    const headers = visitor();
    const user = await createUser(t.models);
    const { token } = await login(t.http, user.email);
    for (let i = 0; i < ANONYMOUS + 2; i += 1) {
      expect((await t.http.get('/api/auth/me', { token, headers })).status).toBe(200);
      expect((await t.http.get('/api/health/live', { headers })).status).toBe(200);
    }
  });
});

describe('rate limits when Redis is down', () => {
  it('serves the open routes and signed-in accounts rather than refusing everyone', async () => {
    const redis = await startOwnRedis();
    const prefix = `${runRedisPrefix()}_${randomBytes(4).toString('hex')}`;
    const account = 3;
    const app = await startTestApp({
      ...LIMITS,
      RATE_LIMIT_ACCOUNT_PER_MINUTE: String(account),
      REDIS_URL: redis.url,
      REDIS_PREFIX: prefix,
    });
    try {
      const { token } = await login(app.http, (await createUser(app.models)).email);
      for (let i = 0; i < account; i += 1) expect((await app.http.get('/api/auth/me', { token })).status).toBe(200);
      expect((await app.http.get('/api/auth/me', { token })).status).toBe(429);
      await redis.stop();
      const down = Date.now();
      for (let i = 0; i < ANONYMOUS + 2; i += 1) {
        expect((await app.http.get(NO_ROUND)).status).toBe(404);
        expect((await app.http.get('/api/auth/me', { token })).status).toBe(200);
      }
      // Without waiting for Redis to come back: each request was held a reconnection longer (20 s in all).
      expect(Date.now() - down).toBeLessThan(5_000);
    } finally {
      await redis.start();
      await app.close();
      await redis.stop();
    }
  }, 60_000);
});
