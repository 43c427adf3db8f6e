import { ErrorCode } from '@concordia/contracts';
import { Types } from 'mongoose';
import {
  addMembership,
  createDelegation,
  createProcess,
  createUser,
  login,
  TEST_PASSWORD,
  unique,
} from '../test/fixtures';
import { startTestApp, type TestApp } from '../test/test-app';

describe('invitations', () => {
  let t: TestApp;
  let processId: string;
  let otherProcess: string;
  let state: string;
  let org: string;
  let secretariat: string;
  let delegate: string;
  let admin: string;

  const invite = (body: Record<string, unknown>, token = secretariat) =>
    t.http.post('/api/invitations', { processId, role: 'delegate', delegationId: state, ...body }, { token });

  beforeAll(async () => {
    t = await startTestApp();
    [processId, otherProcess, state, org] = await Promise.all([
      createProcess(t.models),
      createProcess(t.models),
      createDelegation(t.models, 'member_state'),
      createDelegation(t.models, 'ngo'),
    ]);
    const sec = await createUser(t.models);
    await addMembership(t.models, processId, sec.id, 'secretariat');
    secretariat = (await login(t.http, sec.email)).token;
    const del = await createUser(t.models);
    await addMembership(t.models, processId, del.id, 'delegate', state);
    delegate = (await login(t.http, del.email)).token;
    admin = (await login(t.http, (await createUser(t.models, { platformRoles: ['admin'] })).email)).token;
  });
  afterAll(() => t.close());

  it('creates an invitation with a one-time token, stored only as a hash', async () => {
    const email = `${unique('invitee')}@example.test`;
    const res = await invite({ email });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      email,
      processId,
      processTitle: expect.any(String),
      role: 'delegate',
      delegationId: state,
      delegationName: expect.any(String),
      acceptedAt: null,
    });
    expect(res.body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(res.body.acceptPath).toBe(`/invitations/${res.body.token}`);
    const stored = await t.models.invitations.findById(res.body.id).lean().exec();
    expect(JSON.stringify(stored)).not.toContain(res.body.token);
    expect(stored?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    const audit = await t.models.auditLog
      .findOne({ action: 'invitation.created', targetId: res.body.id })
      .lean()
      .exec();
    expect(audit).toMatchObject({ after: { email, role: 'delegate' } });
    expect(JSON.stringify(audit)).not.toContain(res.body.token);

    const list = await t.http.get(`/api/invitations?processId=${processId}`, { token: secretariat });
    expect(list.status).toBe(200);
    expect((list.body.items as { id: string }[]).map((i) => i.id)).toContain(res.body.id);
    expect(list.body.items[0]).not.toHaveProperty('token');
  });

  it('lets only admins and the process secretariat invite or list', async () => {
    const email = `${unique('x')}@example.test`;
    expect((await invite({ email }, delegate)).status).toBe(403);
    expect((await t.http.get(`/api/invitations?processId=${processId}`, { token: delegate })).status).toBe(403);
    expect((await invite({ email, processId: otherProcess }, secretariat)).status).toBe(404);
    expect((await t.http.get(`/api/invitations?processId=${otherProcess}`, { token: secretariat })).status).toBe(404);
    expect((await invite({ email, processId: otherProcess, role: 'chair', delegationId: null }, admin)).status).toBe(
      201,
    );
    expect((await t.http.get('/api/invitations?processId=nope', { token: secretariat })).body.code).toBe(
      ErrorCode.ValidationFailed,
    );
  });

  it('applies the membership rules at creation', async () => {
    const email = `${unique('r')}@example.test`;
    expect((await invite({ email, delegationId: null })).body.code).toBe(ErrorCode.DelegationRequired);
    expect((await invite({ email, role: 'observer', delegationId: state })).body.code).toBe(
      ErrorCode.DelegationNotAllowed,
    );
    expect((await invite({ email, role: 'observer', delegationId: org })).status).toBe(201);
  });

  it('refuses a second invitation to someone whose first still waits, and allows one once it is withdrawn', async () => {
    const email = `${unique('again')}@example.test`;
    const first = await invite({ email });
    expect(first.status).toBe(201);
    const second = await invite({ email, role: 'head_of_delegation' });
    expect({ status: second.status, code: second.body.code }).toEqual({
      status: 409,
      code: ErrorCode.InvitationPending,
    });
    expect(await t.models.invitations.countDocuments({ email }).exec()).toBe(1);
    expect((await t.http.post(`/api/invitations/${first.body.id}/revoke`, {}, { token: secretariat })).status).toBe(
      200,
    );
    expect((await invite({ email })).status).toBe(201);
  });

  it('previews publicly, then accepts once for a new account (name required), signing the invitee in', async () => {
    const email = `${unique('new')}@example.test`;
    const { token } = (await invite({ email })).body as { token: string };

    const preview = await t.http.get(`/api/invitations/${token}`);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ email, processId, role: 'delegate', acceptedAt: null });
    expect(preview.body).not.toHaveProperty('token');

    const noName = await t.http.post(`/api/invitations/${token}/accept`, { password: 'a fine new password' });
    expect(noName.status).toBe(400);
    expect(noName.body.issues).toEqual([{ path: 'name', code: 'required', message: expect.any(String) }]);
    expect(await t.models.users.countDocuments({ email })).toBe(0);

    const accepted = await t.http.post(`/api/invitations/${token}/accept`, {
      name: 'Nadia New',
      password: 'a fine new password',
      language: 'fr',
    });
    expect(accepted.status).toBe(200);
    expect(accepted.refreshCookie).toEqual(expect.any(String));
    // The new account keeps the language the invitee read the invitation in.
    expect(accepted.body.me.user).toMatchObject({ email, name: 'Nadia New', language: 'fr' });
    expect(accepted.body.me.memberships).toEqual([
      expect.objectContaining({ processId, role: 'delegate', delegationId: state }),
    ]);
    expect((await t.http.get('/api/auth/me', { token: accepted.body.accessToken })).status).toBe(200);

    const again = await t.http.post(`/api/invitations/${token}/accept`, {
      name: 'Nadia New',
      password: 'a fine new password',
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe(ErrorCode.InvitationUsed);
    expect((await t.http.get(`/api/invitations/${token}`)).body.code).toBe(ErrorCode.InvitationUsed);
  });

  it('accepts for an existing account only with its password', async () => {
    const existing = await createUser(t.models);
    const { token } = (await invite({ email: existing.email })).body as { token: string };
    const wrong = await t.http.post(`/api/invitations/${token}/accept`, { password: 'not the right password' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe(ErrorCode.AuthInvalidCredentials);
    const ok = await t.http.post(`/api/invitations/${token}/accept`, { password: TEST_PASSWORD, language: 'es' });
    expect(ok.status).toBe(200);
    expect(ok.body.me.user.id).toBe(existing.id);
    // The page's language names a new account's; an existing account keeps the one it chose.
    expect(ok.body.me.user.language).toBe('en');
    expect(await t.models.users.countDocuments({ email: existing.email })).toBe(1);
    // Already a member now: a second invitation is refused up front.
    expect((await invite({ email: existing.email })).body.code).toBe(ErrorCode.MembershipExists);
  });

  it('lets only one of two concurrent accepts win', async () => {
    const email = `${unique('race')}@example.test`;
    const { token } = (await invite({ email })).body as { token: string };
    const results = await Promise.all([
      t.http.post(`/api/invitations/${token}/accept`, { name: 'One', password: 'a fine new password' }),
      t.http.post(`/api/invitations/${token}/accept`, { name: 'Two', password: 'a fine new password' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await t.models.users.countDocuments({ email })).toBe(1);
    expect(
      await t.models.memberships.countDocuments({
        processId: new Types.ObjectId(processId),
        userId: (await t.models.users.findOne({ email }).lean().exec())?._id,
      }),
    ).toBe(1);
  });

  it('answers 410 for an expired invitation and 404 for an unknown or malformed token', async () => {
    const { token, id } = (await invite({ email: `${unique('late')}@example.test` })).body as {
      token: string;
      id: string;
    };
    await t.models.invitations.updateOne({ _id: id }, { $set: { expiresAt: new Date(Date.now() - 1000) } });
    const preview = await t.http.get(`/api/invitations/${token}`);
    expect(preview.status).toBe(410);
    expect(preview.body.code).toBe(ErrorCode.InvitationExpired);
    const accept = await t.http.post(`/api/invitations/${token}/accept`, {
      name: 'Late',
      password: 'a fine new password',
    });
    expect(accept.status).toBe(410);

    for (const bad of ['A'.repeat(43), 'short', '%3Cscript%3E']) {
      const res = await t.http.get(`/api/invitations/${bad}`);
      expect(res.status).toBe(404);
      expect(res.body.code).toBe(ErrorCode.InvitationNotFound);
    }
  });
  describe('revoking and resending', () => {
    const pending = async (email = `${unique('pending')}@example.test`) =>
      (await invite({ email })).body as { id: string; token: string; email: string };
    const listed = async (id: string) =>
      (
        (await t.http.get(`/api/invitations?processId=${processId}`, { token: secretariat })).body.items as {
          id: string;
        }[]
      ).find((i) => i.id === id);

    it('revokes a pending invitation: its link then says so, and the list shows it revoked', async () => {
      const { id, token } = await pending();
      expect((await t.http.post(`/api/invitations/${id}/revoke`, undefined, { token: delegate })).status).toBe(403);
      const revoked = await t.http.post(`/api/invitations/${id}/revoke`, undefined, { token: secretariat });
      expect(revoked.status).toBe(200);
      expect(revoked.body).toMatchObject({ id, state: 'revoked', revokedAt: expect.any(String), acceptedAt: null });
      expect(await listed(id)).toMatchObject({ state: 'revoked' });
      expect(await t.models.auditLog.countDocuments({ action: 'invitation.revoked', targetId: id })).toBe(1);

      const preview = await t.http.get(`/api/invitations/${token}`);
      expect({ status: preview.status, code: preview.body.code }).toEqual({
        status: 410,
        code: ErrorCode.InvitationRevoked,
      });
      const accept = await t.http.post(`/api/invitations/${token}/accept`, {
        name: 'Too late',
        password: 'a fine new password',
      });
      expect({ status: accept.status, code: accept.body.code }).toEqual({
        status: 410,
        code: ErrorCode.InvitationRevoked,
      });
      expect(await t.models.users.countDocuments({ email: revoked.body.email })).toBe(0);

      for (const again of ['revoke', 'resend']) {
        const res = await t.http.post(`/api/invitations/${id}/${again}`, {}, { token: secretariat });
        expect({ again, status: res.status, code: res.body.code }).toEqual({
          again,
          status: 409,
          code: ErrorCode.InvitationNotPending,
        });
      }
    });

    it('refuses to revoke or resend an accepted invitation, which the list shows accepted by whom', async () => {
      const { id, token } = await pending();
      const accepted = await t.http.post(`/api/invitations/${token}/accept`, {
        name: 'Ana Accepting',
        password: 'a fine new password',
      });
      expect(accepted.status).toBe(200);
      expect(await listed(id)).toMatchObject({
        state: 'accepted',
        acceptedAt: expect.any(String),
        acceptedByName: 'Ana Accepting',
      });
      const revoke = await t.http.post(`/api/invitations/${id}/revoke`, undefined, { token: secretariat });
      expect({ status: revoke.status, code: revoke.body.code }).toEqual({
        status: 409,
        code: ErrorCode.InvitationNotPending,
      });
    });

    it('resends with a new link and expiry: the old link stops working, the new one accepts', async () => {
      const { id, token: oldToken } = await pending();
      await t.models.invitations.updateOne({ _id: id }, { $set: { expiresAt: new Date(Date.now() - 1000) } });
      expect(await listed(id)).toMatchObject({ state: 'expired' });

      const resent = await t.http.post(`/api/invitations/${id}/resend`, { expiresInHours: 5 }, { token: secretariat });
      expect(resent.status).toBe(200);
      expect(resent.body).toMatchObject({ id, state: 'pending', emailQueued: true });
      const newToken = resent.body.token as string;
      expect(newToken).not.toBe(oldToken);
      expect(resent.body.acceptPath).toBe(`/invitations/${newToken}`);
      const expiresIn = new Date(resent.body.expiresAt as string).getTime() - Date.now();
      expect(expiresIn).toBeGreaterThan(4.9 * 3600_000);
      expect(expiresIn).toBeLessThanOrEqual(5 * 3600_000);
      expect(await t.models.auditLog.countDocuments({ action: 'invitation.resent', targetId: id })).toBe(1);

      const old = await t.http.get(`/api/invitations/${oldToken}`);
      expect({ status: old.status, code: old.body.code }).toEqual({ status: 410, code: ErrorCode.InvitationReplaced });
      expect((await t.http.get(`/api/invitations/${newToken}`)).status).toBe(200);
      expect(
        (await t.http.post(`/api/invitations/${id}/resend`, { expiresInHours: 0 }, { token: secretariat })).body.code,
      ).toBe(ErrorCode.ValidationFailed);
      const ok = await t.http.post(`/api/invitations/${newToken}/accept`, {
        name: 'Second Link',
        password: 'a fine new password',
      });
      expect(ok.status).toBe(200);
    });

    it('does not renew a lapsed link while a newer invitation to the same person waits', async () => {
      const email = `${unique('lapsed')}@example.test`.toLowerCase();
      const { id: lapsed } = await pending(email);
      await t.models.invitations.updateOne({ _id: lapsed }, { $set: { expiresAt: new Date(Date.now() - 1000) } });
      const newer = await invite({ email });
      expect(newer.status).toBe(201);

      const resent = await t.http.post(
        `/api/invitations/${lapsed}/resend`,
        { expiresInHours: 5 },
        { token: secretariat },
      );
      expect({ status: resent.status, code: resent.body.code }).toEqual({
        status: 409,
        code: ErrorCode.InvitationPending,
      });
      expect(await listed(lapsed)).toMatchObject({ state: 'expired' });
    });

    it('makes one invitation when the same person is invited twice at once', async () => {
      const email = `${unique('race')}@example.test`.toLowerCase();
      const answers = await Promise.all([invite({ email }), invite({ email }), invite({ email })]);
      expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409]);
      expect(answers.filter((a) => a.status === 409).map((a) => a.body.code as string)).toEqual([
        ErrorCode.InvitationPending,
        ErrorCode.InvitationPending,
      ]);
      expect(await t.models.invitations.countDocuments({ email }).exec()).toBe(1);
    });

    it("hides another process's invitations from its secretariat, and answers 404 for an unknown one", async () => {
      const theirs = await invite(
        { email: `${unique('theirs')}@example.test`, processId: otherProcess, role: 'chair', delegationId: null },
        admin,
      );
      for (const action of ['revoke', 'resend']) {
        const res = await t.http.post(`/api/invitations/${theirs.body.id}/${action}`, {}, { token: secretariat });
        expect({ action, status: res.status, code: res.body.code }).toEqual({
          action,
          status: 404,
          code: ErrorCode.InvitationNotFound,
        });
      }
      const unknown = await t.http.post(`/api/invitations/${new Types.ObjectId().toHexString()}/revoke`, undefined, {
        token: secretariat,
      });
      expect(unknown.status).toBe(404);
      expect((await t.models.invitations.findById(theirs.body.id).lean().exec())?.revokedAt).toBeNull();
    });
  });
});
