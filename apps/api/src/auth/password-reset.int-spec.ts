import { ErrorCode, PASSWORD_RESET_EMAILS_PER_HOUR } from '@concordia/contracts';
import { Types } from 'mongoose';
import { eventually } from '../notifications/test/notification-fixtures';
import { type NotificationStack, startNotificationStack } from '../notifications/test/notification-stack';
import { SETUP_TIMEOUT_MS } from '../test/deadlines';
import { createUser, login, TEST_PASSWORD } from '../test/fixtures';
import { hashOpaqueToken } from './opaque-token';

/** Long enough for a stray email to arrive. */
const SETTLE_MS = 1_500;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const NEW_PASSWORD = 'a long new passphrase for the symposium';

describe('forgotten password: a link by email, used once', () => {
  let s: NotificationStack;

  beforeAll(async () => {
    s = await startNotificationStack();
  }, SETUP_TIMEOUT_MS);
  afterAll(() => s?.stop());

  const ask = (email: string) => s.t.http.post('/api/auth/password-reset', { email });
  const confirm = (token: string, newPassword = NEW_PASSWORD) =>
    s.t.http.post('/api/auth/password-reset/confirm', { token, newPassword });
  /** The emails of reset links caught for the address, and the token of the newest. */
  const linksTo = async (email: string) => {
    const mails = (await s.sink.to(email)).filter((m) => m.subject === 'Choose a new Concordia password');
    const tokens = mails.map((m) => /\/password-reset\/([\w-]+)/.exec(m.text)?.[1] ?? '');
    return { mails, tokens };
  };
  const newestLink = (email: string) =>
    eventually(`a reset link for ${email}`, async () => {
      const { tokens } = await linksTo(email);
      return tokens.length > 0 ? tokens : undefined;
    });

  it('emails a link that sets a new password, signs the person in and everyone else out', async () => {
    const user = await createUser(s.t.models, { name: 'Amina Diallo' });
    const elsewhere = await login(s.t.http, user.email);

    const asked = await ask(user.email.toUpperCase());
    expect(asked.status).toBe(204);
    const [token] = await newestLink(user.email);
    const [mail] = (await linksTo(user.email)).mails;
    expect(mail.text).toContain('Amina Diallo, someone (we hope you) asked to choose a new password');
    expect(mail.text).toContain(`Choose a new password: http://web.test/password-reset/${token}`);
    expect(mail.text).toContain('Coordinated Universal Time');
    // Only the hash is stored.
    expect(await s.t.models.passwordResets.findById(token).lean().exec()).toBeNull();
    expect(await s.t.models.passwordResets.findById(hashOpaqueToken(token)).lean().exec()).not.toBeNull();

    const reset = await confirm(token);
    expect(reset.status).toBe(200);
    expect(reset.body.me.user.id).toBe(user.id);
    expect(reset.refreshCookie).toBeTruthy();
    expect((await s.t.http.get('/api/auth/me', { token: reset.body.accessToken })).status).toBe(200);

    // The old password no longer works, the new one does; the other session has ended.
    expect((await s.t.http.post('/api/auth/login', { email: user.email, password: TEST_PASSWORD })).status).toBe(401);
    await login(s.t.http, user.email, NEW_PASSWORD);
    const refreshed = await s.t.http.post('/api/auth/refresh', undefined, { refresh: elsewhere.refresh });
    expect(refreshed.body.code).toBe(ErrorCode.AuthRefreshInvalid);

    // The link worked once.
    const again = await confirm(token, 'yet another passphrase entirely');
    expect({ status: again.status, code: again.body.code }).toEqual({
      status: 410,
      code: ErrorCode.PasswordResetInvalid,
    });
    await pause(SETTLE_MS);
    expect((await linksTo(user.email)).mails).toHaveLength(1);
  });

  it('answers the same for an address without an account, and emails nothing', async () => {
    const nobody = `nobody-${Date.now()}@example.test`;
    const disabled = await createUser(s.t.models, { disabled: true });
    for (const email of [nobody, disabled.email]) {
      const res = await ask(email);
      expect({ status: res.status, body: res.body }).toEqual({ status: 204, body: undefined });
    }
    await pause(SETTLE_MS);
    expect(await s.sink.to(nobody)).toEqual([]);
    expect(await s.sink.to(disabled.email)).toEqual([]);
    expect(await s.t.models.passwordResets.countDocuments({ userId: new Types.ObjectId(disabled.id) })).toBe(0);
  });

  it('keeps only the newest link working, and sends an account at most its hourly share', async () => {
    const user = await createUser(s.t.models);
    for (let sent = 1; sent <= PASSWORD_RESET_EMAILS_PER_HOUR; sent++) {
      expect((await ask(user.email)).status).toBe(204);
      await eventually(`link ${sent}`, async () =>
        (await linksTo(user.email)).tokens.length === sent ? true : undefined,
      );
    }
    // Beyond the share: the same answer, no email, and the newest link still works.
    expect((await ask(user.email)).status).toBe(204);
    await pause(SETTLE_MS);
    const { tokens } = await linksTo(user.email);
    expect(tokens).toHaveLength(PASSWORD_RESET_EMAILS_PER_HOUR);
    const working = await Promise.all(
      tokens.map(async (token) => (await s.t.models.passwordResets.exists({ _id: hashOpaqueToken(token) })) !== null),
    );
    expect(working.filter(Boolean)).toHaveLength(1);
    expect((await confirm(tokens[working.indexOf(false)])).body.code).toBe(ErrorCode.PasswordResetInvalid);
    expect((await confirm(tokens[working.indexOf(true)])).status).toBe(200);
  });

  it('refuses an expired link, a malformed request and a weak password, keeping the link for a retry', async () => {
    const user = await createUser(s.t.models);
    await ask(user.email);
    const [token] = await newestLink(user.email);

    const weak = await confirm(token, 'short');
    expect({ status: weak.status, code: weak.body.code }).toEqual({ status: 400, code: ErrorCode.ValidationFailed });
    expect(weak.body.issues[0].path).toBe('newPassword');
    expect((await s.t.http.post('/api/auth/password-reset/confirm', { token })).status).toBe(400);
    expect((await ask('not an address')).status).toBe(400);
    expect((await confirm('x'.repeat(43))).body.code).toBe(ErrorCode.PasswordResetInvalid);

    await s.t.models.passwordResets
      .updateOne({ _id: hashOpaqueToken(token) }, { $set: { expiresAt: new Date(Date.now() - 1_000) } })
      .exec();
    const expired = await confirm(token);
    expect({ status: expired.status, code: expired.body.code }).toEqual({
      status: 410,
      code: ErrorCode.PasswordResetInvalid,
    });
    await login(s.t.http, user.email);
  });

  it('lets an admin send someone the link, saying plainly when it cannot', async () => {
    const admin = await login(s.t.http, (await createUser(s.t.models, { platformRoles: ['admin'] })).email);
    const send = (userId: string) =>
      s.t.http.post(`/api/users/${userId}/password-reset`, undefined, { token: admin.token });
    const user = await createUser(s.t.models);

    expect((await send(user.id)).status).toBe(204);
    const [token] = await newestLink(user.email);
    for (let i = 1; i < PASSWORD_RESET_EMAILS_PER_HOUR; i++) expect((await send(user.id)).status).toBe(204);
    const tooMany = await send(user.id);
    expect({ status: tooMany.status, code: tooMany.body.code }).toEqual({ status: 429, code: ErrorCode.RateLimited });
    expect(tooMany.body.retryAfterSeconds).toBeGreaterThan(3_000);

    const disabled = await createUser(s.t.models, { disabled: true });
    const refused = await send(disabled.id);
    expect({ status: refused.status, code: refused.body.code }).toEqual({
      status: 409,
      code: ErrorCode.AuthAccountDisabled,
    });
    expect((await send(new Types.ObjectId().toHexString())).status).toBe(404);
    // A newer link replaced the first.
    expect((await confirm(token)).body.code).toBe(ErrorCode.PasswordResetInvalid);
  });

  it('lifts a lock after failed sign-ins: the person proved they read the account email', async () => {
    const user = await createUser(s.t.models);
    await s.t.models.users
      .updateOne({ _id: new Types.ObjectId(user.id) }, { $set: { lockedUntil: new Date(Date.now() + 3_600_000) } })
      .exec();
    expect((await s.t.http.post('/api/auth/login', { email: user.email, password: TEST_PASSWORD })).status).toBe(423);
    await ask(user.email);
    const [token] = await newestLink(user.email);
    expect((await confirm(token)).status).toBe(200);
    await login(s.t.http, user.email, NEW_PASSWORD);
  });
});
