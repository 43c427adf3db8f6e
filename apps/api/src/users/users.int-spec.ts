import { ErrorCode } from '@concordia/contracts';
import { LockResources } from '@concordia/dal';
import { Types } from 'mongoose';
import { generateOpaqueToken, hashOpaqueToken } from '../auth/opaque-token';
import { WriteLock } from '../infra/write-lock.service';
import { sleep } from '../test/deadlines';
import { createUser, login, TEST_PASSWORD } from '../test/fixtures';
import { LiveClient } from '../test/live-client';
import { startTestApp, type TestApp } from '../test/test-app';

describe('an admin changes accounts', () => {
  let t: TestApp;
  let admin: { token: string; userId: string };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await login(t.http, (await createUser(t.models, { platformRoles: ['admin'] })).email);
  });
  afterAll(() => t.close());

  const patch = (userId: string, body: unknown, token = admin.token) =>
    t.http.patch(`/api/users/${userId}`, body, { token });

  it('corrects a name and an email, and changes platform roles; the person signs in with the new address', async () => {
    const person = await createUser(t.models, { name: 'Jon Smiht' });
    const email = `corrected-${Date.now()}@example.test`;
    const res = await patch(person.id, {
      name: 'Jon Smith',
      email: `  ${email.toUpperCase()} `,
      platformRoles: ['secretariat'],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: person.id,
      name: 'Jon Smith',
      email,
      platformRoles: ['secretariat'],
      disabled: false,
    });
    await login(t.http, email);
    expect((await t.http.post('/api/auth/login', { email: person.email, password: 'x'.repeat(12) })).status).toBe(401);
  });

  it('refuses an address another account uses, an unknown field and an unknown account', async () => {
    const [a, b] = [await createUser(t.models), await createUser(t.models)];
    const taken = await patch(a.id, { email: b.email });
    expect({ status: taken.status, code: taken.body.code }).toEqual({ status: 409, code: ErrorCode.EmailTaken });
    expect((await t.models.users.findById(a.id).lean().exec())?.email).toBe(a.email);
    expect((await patch(a.id, { passwordHash: 'x' })).status).toBe(400);
    expect((await patch(a.id, { name: '' })).status).toBe(400);
    expect((await patch(new Types.ObjectId().toHexString(), { name: 'Nobody' })).status).toBe(404);
  });

  it('disables an account: its token is refused, its session cannot refresh, its sockets close, sign-in says why', async () => {
    const person = await createUser(t.models);
    const session = await login(t.http, person.email);
    const live = await LiveClient.connect(t.baseUrl, session.token);
    try {
      const closed = new Promise<string>((resolve) => live.socket.once('disconnect', resolve));
      const res = await patch(person.id, { disabled: true });
      expect(res.body).toMatchObject({ disabled: true });
      expect(await closed).toBe('io server disconnect');
      expect((await t.http.get('/api/auth/me', { token: session.token })).body.code).toBe(
        ErrorCode.AuthAccountDisabled,
      );
      expect((await t.http.post('/api/auth/refresh', undefined, { refresh: session.refresh })).status).toBe(401);
      const signIn = await t.http.post('/api/auth/login', {
        email: person.email,
        password: 'correct horse battery staple',
      });
      expect(signIn.body.code).toBe(ErrorCode.AuthAccountDisabled);

      expect((await patch(person.id, { disabled: false })).body).toMatchObject({ disabled: false });
      await login(t.http, person.email);
    } finally {
      live.socket.disconnect();
    }
  });

  it('keeps an enabled admin: the last one can be neither disabled nor demoted, even by two admins at once', async () => {
    // Only these two admins in a database of its own: the others of this spec are disabled first.
    await t.models.users.updateMany({ _id: { $ne: new Types.ObjectId(admin.userId) } }, { $set: { disabled: true } });
    const second = await createUser(t.models, { platformRoles: ['admin'] });
    const secondToken = (await login(t.http, second.email)).token;
    const [one, two] = await Promise.all([
      patch(second.id, { platformRoles: [] }),
      patch(admin.userId, { disabled: true }, secondToken),
    ]);
    // One passes; the other is refused by the rule (409) or, if it came second, because its
    // author is no longer an enabled admin (403).
    expect([one.status, two.status].filter((status) => status === 200)).toHaveLength(1);
    expect([one.status, two.status].every((status) => [200, 403, 409].includes(status))).toBe(true);
    const enabledAdmins = await t.models.users.countDocuments({ platformRoles: 'admin', disabled: false });
    expect(enabledAdmins).toBe(1);

    // The one left cannot leave the platform without an admin, not even by their own hand.
    const survivor = one.status === 200 ? admin : { token: secondToken, userId: second.id };
    for (const change of [{ disabled: true }, { platformRoles: ['secretariat'] }]) {
      const refused = await patch(survivor.userId, change, survivor.token);
      expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 409, code: ErrorCode.LastAdmin });
    }
  });

  it("writes the account's own changes in turn with an admin's, so neither undoes the other", async () => {
    // FerretDB writes a whole document back on update: a password write racing an admin's
    // disabling would enable the account again. Here the admin's edit holds the account's lock,
    // and each of the account's own writes must wait until it is released.
    const lock = t.app.get(WriteLock);
    const waitsItsTurn = async (userId: string, write: () => Promise<{ status: number; body: { code?: string } }>) => {
      let answered = false;
      const pending = await lock.run(LockResources.user(userId), async () => {
        const request = write().finally(() => (answered = true));
        await sleep(1000);
        expect(answered).toBe(false);
        return { request };
      });
      const { status, body } = await pending.request;
      return { status, code: body?.code };
    };

    const changing = await createUser(t.models);
    const session = await login(t.http, changing.email);
    const change = () =>
      t.http.post(
        '/api/auth/password',
        { currentPassword: TEST_PASSWORD, newPassword: 'another long passphrase' },
        { token: session.token },
      );
    expect((await waitsItsTurn(changing.id, change)).status).toBe(204);

    const resetting = await createUser(t.models);
    const token = generateOpaqueToken();
    await t.models.passwordResets.create({
      _id: hashOpaqueToken(token),
      userId: new Types.ObjectId(resetting.id),
      expiresAt: new Date(Date.now() + 60_000),
    });
    const reset = () =>
      t.http.post('/api/auth/password-reset/confirm', { token, newPassword: 'a new long passphrase' });
    expect((await waitsItsTurn(resetting.id, reset)).status).toBe(200);

    const guessed = await createUser(t.models);
    const guess = () => t.http.post('/api/auth/login', { email: guessed.email, password: 'not the password at all' });
    for (let i = 1; i < 5; i += 1) expect((await guess()).status).toBe(401);
    // The fifth failure locks the account: a write to its document.
    expect((await waitsItsTurn(guessed.id, guess)).code).toBe(ErrorCode.AuthAccountLocked);
  });
});
