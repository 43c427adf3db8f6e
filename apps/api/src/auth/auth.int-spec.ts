import { JwtService } from '@nestjs/jwt';
import { ErrorCode, REFRESH_COOKIE } from '@concordia/contracts';
import { Types } from 'mongoose';
import { createUser, login, TEST_PASSWORD } from '../test/fixtures';
import { hashOpaqueToken } from './opaque-token';
import { startTestApp, type TestApp } from '../test/test-app';

const MAX_FAILURES = 3;

describe('authentication', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES: String(MAX_FAILURES), LOGIN_LOCK_MINUTES: '15' });
  });
  afterAll(() => t.close());

  describe('login', () => {
    it('returns an access token, its lifetime and Me, and sets the refresh cookie', async () => {
      const user = await createUser(t.models);
      const res = await t.http.post('/api/auth/login', { email: user.email.toUpperCase(), password: TEST_PASSWORD });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        accessToken: expect.any(String),
        expiresIn: t.config.auth.accessTokenTtlSeconds,
        me: { user: expect.objectContaining({ id: user.id, email: user.email }), memberships: [] },
      });
      const cookie = res.headers.getSetCookie().find((c) => c.startsWith(`${REFRESH_COOKIE}=`)) ?? '';
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/Path=\/api\/auth/);
      expect(cookie).toMatch(/SameSite=Strict/i);
      expect(cookie).not.toMatch(/Secure/i); // only in production
      expect(res.body.me.user).not.toHaveProperty('passwordHash');
    });

    it('answers a wrong password and an unknown email identically', async () => {
      const user = await createUser(t.models);
      const wrong = await t.http.post('/api/auth/login', { email: user.email, password: 'not the password' });
      const unknown = await t.http.post('/api/auth/login', {
        email: 'nobody@example.test',
        password: 'not the password',
      });
      for (const res of [wrong, unknown]) {
        expect(res.status).toBe(401);
        expect(res.body.code).toBe(ErrorCode.AuthInvalidCredentials);
        expect(res.refreshCookie).toBeUndefined();
      }
      expect(wrong.body.message).toBe(unknown.body.message);
    });

    it('locks the account after consecutive failures, even for the right password, until an admin unlocks it', async () => {
      const user = await createUser(t.models);
      const admin = await createUser(t.models, { platformRoles: ['admin'] });
      const adminToken = (await login(t.http, admin.email)).token;

      for (let i = 1; i < MAX_FAILURES; i += 1) {
        const res = await t.http.post('/api/auth/login', { email: user.email, password: 'wrong password' });
        expect(res.status).toBe(401);
      }
      const locking = await t.http.post('/api/auth/login', { email: user.email, password: 'wrong password' });
      expect(locking.status).toBe(423);
      expect(locking.body.code).toBe(ErrorCode.AuthAccountLocked);

      const rightPassword = await t.http.post('/api/auth/login', { email: user.email, password: TEST_PASSWORD });
      expect(rightPassword.status).toBe(423);
      expect(rightPassword.body.code).toBe(ErrorCode.AuthAccountLocked);

      const notAdmin = await t.http.post(`/api/users/${user.id}/unlock`, undefined, {
        token: (await login(t.http, (await createUser(t.models)).email)).token,
      });
      expect(notAdmin.status).toBe(403);

      const unlocked = await t.http.post(`/api/users/${user.id}/unlock`, undefined, { token: adminToken });
      expect(unlocked.status).toBe(200);
      expect(unlocked.body.id).toBe(user.id);
      expect((await t.http.post('/api/auth/login', { email: user.email, password: TEST_PASSWORD })).status).toBe(200);

      const missing = await t.http.post(`/api/users/${new Types.ObjectId().toHexString()}/unlock`, undefined, {
        token: adminToken,
      });
      expect(missing.status).toBe(404);
    });

    it('counts concurrent failures atomically, so parallel guessing still locks the account', async () => {
      const user = await createUser(t.models);
      const attempts = await Promise.all(
        Array.from({ length: MAX_FAILURES }, () =>
          t.http.post('/api/auth/login', { email: user.email, password: 'wrong password' }),
        ),
      );
      // Exactly one attempt reaches the limit, whichever it is.
      expect(attempts.map((a) => a.status).sort()).toEqual([...Array(MAX_FAILURES - 1).fill(401), 423].sort());
      const right = await t.http.post('/api/auth/login', { email: user.email, password: TEST_PASSWORD });
      expect(right.status).toBe(423);
    });

    it('resets the failure count after a successful login', async () => {
      const user = await createUser(t.models);
      for (let i = 0; i < MAX_FAILURES - 1; i++) {
        await t.http.post('/api/auth/login', { email: user.email, password: 'wrong password' });
      }
      await login(t.http, user.email);
      // Had the count survived, this one failure would reach the limit and lock the account.
      const again = await t.http.post('/api/auth/login', { email: user.email, password: 'wrong password' });
      expect(again.status).toBe(401);
      expect((await t.http.post('/api/auth/login', { email: user.email, password: TEST_PASSWORD })).status).toBe(200);
    });

    it('lets a lock expire by itself', async () => {
      const user = await createUser(t.models);
      await t.models.users.updateOne({ _id: user.id }, { $set: { lockedUntil: new Date(Date.now() - 1000) } });
      expect((await t.http.post('/api/auth/login', { email: user.email, password: TEST_PASSWORD })).status).toBe(200);
    });

    it('refuses a disabled account with the right password', async () => {
      const user = await createUser(t.models, { disabled: true });
      const res = await t.http.post('/api/auth/login', { email: user.email, password: TEST_PASSWORD });
      expect(res.status).toBe(403);
      expect(res.body.code).toBe(ErrorCode.AuthAccountDisabled);
    });
  });

  describe('refresh', () => {
    /** Moves the token's rotation back past the grace window, as if that much time had gone by. */
    const rotatedLongAgo = (token: string) =>
      t.models.refreshSessions.updateOne(
        { tokenHash: hashOpaqueToken(token) },
        { $set: { rotatedAt: new Date(Date.now() - (t.config.auth.refreshGraceSeconds + 1) * 1000) } },
      );

    it('rotates the refresh token and detects reuse of a rotated one after the grace window by revoking the family', async () => {
      const user = await createUser(t.models);
      const first = await login(t.http, user.email);

      const refreshed = await t.http.post('/api/auth/refresh', undefined, { refresh: first.refresh });
      expect(refreshed.status).toBe(200);
      expect(refreshed.body.accessToken).toEqual(expect.any(String));
      expect(refreshed.body.me.user.id).toBe(user.id);
      const second = refreshed.refreshCookie;
      expect(second).toEqual(expect.any(String));
      expect(second).not.toBe(first.refresh);

      // Replaying the first token once the window is over: refused, and the whole family
      // (including `second`) is revoked.
      await rotatedLongAgo(first.refresh);
      const replay = await t.http.post('/api/auth/refresh', undefined, { refresh: first.refresh });
      expect(replay.status).toBe(401);
      expect(replay.body.code).toBe(ErrorCode.AuthRefreshInvalid);
      const afterReuse = await t.http.post('/api/auth/refresh', undefined, { refresh: second });
      expect(afterReuse.status).toBe(401);
      // Access tokens of the revoked session stop working too.
      const me = await t.http.get('/api/auth/me', { token: refreshed.body.accessToken });
      expect(me.status).toBe(401);
      expect(me.body.code).toBe(ErrorCode.AuthTokenInvalid);
    });

    it('answers 204 without a refresh cookie: no session to renew is not an error', async () => {
      const missing = await t.http.post('/api/auth/refresh');
      expect(missing.status).toBe(204);
      expect(missing.body).toBeUndefined();
      expect(missing.refreshCookie).toBeUndefined();
    });

    it('refuses an unknown refresh token and tells the browser to drop it', async () => {
      const unknown = await t.http.post('/api/auth/refresh', undefined, { refresh: 'A'.repeat(43) });
      expect(unknown.status).toBe(401);
      expect(unknown.body.code).toBe(ErrorCode.AuthRefreshInvalid);
      expect(unknown.refreshCookie).toBe('');
    });

    it('gives every concurrent refresh with the same cookie the one successor, and the session goes on', async () => {
      const user = await createUser(t.models);
      const { refresh } = await login(t.http, user.email);
      // Three tabs of one browser whose access tokens ran out at the same moment.
      const tabs = await Promise.all([1, 2, 3].map(() => t.http.post('/api/auth/refresh', undefined, { refresh })));
      expect(tabs.map((r) => r.status)).toEqual([200, 200, 200]);
      const cookies = new Set(tabs.map((r) => r.refreshCookie));
      expect(cookies.size).toBe(1);
      const [successor] = [...cookies];
      expect(successor).not.toBe(refresh);
      for (const tab of tabs) {
        expect((await t.http.get('/api/auth/me', { token: tab.body.accessToken })).status).toBe(200);
      }

      const later = await t.http.post('/api/auth/refresh', undefined, { refresh: successor });
      expect(later.status).toBe(200);
      expect((await t.http.get('/api/auth/me', { token: later.body.accessToken })).status).toBe(200);
      expect(await t.models.refreshSessions.countDocuments({ userId: user.id, rotatedAt: null, revokedAt: null })).toBe(
        1,
      );
    });

    it('hands a tab that renews just after another the same successor', async () => {
      const user = await createUser(t.models);
      const { refresh } = await login(t.http, user.email);
      const first = await t.http.post('/api/auth/refresh', undefined, { refresh });
      const late = await t.http.post('/api/auth/refresh', undefined, { refresh });
      expect([first.status, late.status]).toEqual([200, 200]);
      expect(late.refreshCookie).toBe(first.refreshCookie);
      expect((await t.http.post('/api/auth/refresh', undefined, { refresh: late.refreshCookie })).status).toBe(200);
    });

    it('revokes the family when a token two generations old comes back, even within the window', async () => {
      const user = await createUser(t.models);
      const { refresh } = await login(t.http, user.email);
      const second = await t.http.post('/api/auth/refresh', undefined, { refresh });
      const third = await t.http.post('/api/auth/refresh', undefined, { refresh: second.refreshCookie });
      expect([second.status, third.status]).toEqual([200, 200]);

      const replay = await t.http.post('/api/auth/refresh', undefined, { refresh });
      expect(replay.status).toBe(401);
      expect(replay.body.code).toBe(ErrorCode.AuthRefreshInvalid);
      expect((await t.http.post('/api/auth/refresh', undefined, { refresh: third.refreshCookie })).status).toBe(401);
      expect((await t.http.get('/api/auth/me', { token: third.body.accessToken })).status).toBe(401);
    });

    it('keeps strict rotation when the window is 0: a second refresh with the same token revokes the family', async () => {
      const strict = await startTestApp({ REFRESH_GRACE_SECONDS: '0' });
      try {
        const user = await createUser(strict.models);
        const { refresh } = await login(strict.http, user.email);
        const first = await strict.http.post('/api/auth/refresh', undefined, { refresh });
        expect(first.status).toBe(200);
        expect((await strict.http.post('/api/auth/refresh', undefined, { refresh })).status).toBe(401);
        expect((await strict.http.post('/api/auth/refresh', undefined, { refresh: first.refreshCookie })).status).toBe(
          401,
        );
      } finally {
        await strict.close();
      }
    });
  });

  describe('logout', () => {
    it('revokes the session and clears the cookie', async () => {
      const user = await createUser(t.models);
      const session = await login(t.http, user.email);
      const res = await t.http.post('/api/auth/logout', undefined, { refresh: session.refresh });
      expect(res.status).toBe(204);
      expect(res.refreshCookie).toBe('');
      expect((await t.http.post('/api/auth/refresh', undefined, { refresh: session.refresh })).status).toBe(401);
      expect((await t.http.get('/api/auth/me', { token: session.token })).status).toBe(401);
      // Idempotent without a cookie.
      expect((await t.http.post('/api/auth/logout')).status).toBe(204);
    });
  });

  describe('me and password', () => {
    it('reads and updates the profile', async () => {
      const user = await createUser(t.models);
      const { token } = await login(t.http, user.email);
      const me = await t.http.get('/api/auth/me', { token });
      expect(me.status).toBe(200);
      expect(me.body.user.email).toBe(user.email);

      const updated = await t.http.patch(
        '/api/auth/me',
        { name: 'New Name', language: 'fr', timeZone: 'Europe/Zurich' },
        { token },
      );
      expect(updated.status).toBe(200);
      expect(updated.body.user).toMatchObject({ name: 'New Name', language: 'fr', timeZone: 'Europe/Zurich' });

      const bad = await t.http.patch('/api/auth/me', { timeZone: 'Mars/Olympus', email: 'x@y.test' }, { token });
      expect(bad.status).toBe(400);
      expect((bad.body.issues as { path: string }[]).map((i) => i.path).sort()).toEqual(['email', 'timeZone']);
      const stored = await t.models.users.findById(user.id).lean().exec();
      expect(stored?.timeZone).toBe('Europe/Zurich');
    });

    it('refuses a name with nothing visible, and stores a pasted one without its control characters', async () => {
      const user = await createUser(t.models);
      const { token } = await login(t.http, user.email);
      const blank = await t.http.patch('/api/auth/me', { name: '\u0000\u200b' }, { token });
      expect(blank.status).toBe(400);
      expect(blank.body.issues).toMatchObject([{ path: 'name', code: 'required' }]);

      const pasted = await t.http.patch('/api/auth/me', { name: 'Ana\u0007 María\r\n' }, { token });
      expect(pasted.status).toBe(200);
      expect(pasted.body.user.name).toBe('Ana María');
      expect((await t.models.users.findById(user.id).lean().exec())?.name).toBe('Ana María');
    });

    it('changes the password, refusing a wrong current one, and ends the other sessions', async () => {
      const user = await createUser(t.models);
      const here = await login(t.http, user.email);
      const elsewhere = await login(t.http, user.email);

      const wrong = await t.http.post(
        '/api/auth/password',
        { currentPassword: 'nope nope nope', newPassword: 'a brand new passphrase' },
        { token: here.token },
      );
      expect(wrong.status).toBe(400);
      expect(wrong.body.code).toBe(ErrorCode.AuthWrongPassword);

      const short = await t.http.post(
        '/api/auth/password',
        { currentPassword: TEST_PASSWORD, newPassword: 'short' },
        { token: here.token },
      );
      expect(short.status).toBe(400);
      expect(short.body.code).toBe(ErrorCode.ValidationFailed);

      const ok = await t.http.post(
        '/api/auth/password',
        { currentPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase' },
        { token: here.token },
      );
      expect(ok.status).toBe(204);

      expect((await t.http.get('/api/auth/me', { token: here.token })).status).toBe(200);
      expect((await t.http.get('/api/auth/me', { token: elsewhere.token })).status).toBe(401);
      expect((await t.http.post('/api/auth/refresh', undefined, { refresh: elsewhere.refresh })).status).toBe(401);
      expect((await t.http.post('/api/auth/login', { email: user.email, password: TEST_PASSWORD })).status).toBe(401);
      expect(
        (await t.http.post('/api/auth/login', { email: user.email, password: 'a brand new passphrase' })).status,
      ).toBe(200);
    });
  });

  describe('access tokens', () => {
    const sign = (secret: string, payload: Record<string, unknown>) => new JwtService({ secret }).sign(payload);

    it('requires a token on private routes', async () => {
      const res = await t.http.get('/api/auth/me');
      expect(res.status).toBe(401);
      expect(res.body.code).toBe(ErrorCode.AuthRequired);
    });

    it('tells an expired token apart from a forged or garbage one', async () => {
      const user = await createUser(t.models);
      const session = await login(t.http, user.email);
      const claims = JSON.parse(Buffer.from(session.token.split('.')[1] ?? '', 'base64url').toString()) as {
        sub: string;
        sid: string;
      };

      const expired = sign(t.config.auth.jwtAccessSecret, {
        sub: claims.sub,
        sid: claims.sid,
        exp: Math.floor(Date.now() / 1000) - 60,
      });
      const expiredRes = await t.http.get('/api/auth/me', { token: expired });
      expect(expiredRes.status).toBe(401);
      expect(expiredRes.body.code).toBe(ErrorCode.AuthTokenExpired);

      const forged = sign('an attacker secret that is long enough', {
        sub: claims.sub,
        sid: claims.sid,
        exp: Math.floor(Date.now() / 1000) + 600,
      });
      const forgedRes = await t.http.get('/api/auth/me', { token: forged });
      expect(forgedRes.status).toBe(401);
      expect(forgedRes.body.code).toBe(ErrorCode.AuthTokenInvalid);

      const garbage = await t.http.get('/api/auth/me', { token: 'garbage' });
      expect(garbage.body.code).toBe(ErrorCode.AuthTokenInvalid);
      const notBearer = await t.http.get('/api/auth/me', { headers: { authorization: `Basic ${session.token}` } });
      expect(notBearer.body.code).toBe(ErrorCode.AuthTokenInvalid);
    });

    it("refuses a disabled user's token at once", async () => {
      const user = await createUser(t.models);
      const { token } = await login(t.http, user.email);
      await t.models.users.updateOne({ _id: user.id }, { $set: { disabled: true } });
      const res = await t.http.get('/api/auth/me', { token });
      expect(res.status).toBe(403);
      expect(res.body.code).toBe(ErrorCode.AuthAccountDisabled);
    });

    it('refuses a token whose session id was never issued', async () => {
      const user = await createUser(t.models);
      const token = sign(t.config.auth.jwtAccessSecret, {
        sub: user.id,
        sid: new Types.ObjectId().toHexString(),
        exp: Math.floor(Date.now() / 1000) + 600,
      });
      const res = await t.http.get('/api/auth/me', { token });
      expect(res.status).toBe(401);
      expect(res.body.code).toBe(ErrorCode.AuthTokenInvalid);
    });
  });
});
