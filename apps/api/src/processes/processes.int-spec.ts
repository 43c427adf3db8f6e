import { ErrorCode } from '@concordia/contracts';
import { Types } from 'mongoose';
import { addMembership, createDelegation, createProcess, createUser, login, unique } from '../test/fixtures';
import { startTestApp, type TestApp } from '../test/test-app';
import { insertPublishedVersion } from '../test/live-client';

describe('people, delegations and processes', () => {
  let t: TestApp;
  let admin: string;
  let processA: string;
  let processB: string;
  let state: string;
  let org: string;
  let secretariatA: string;
  let delegateA: string;
  let delegateAUser: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = (await login(t.http, (await createUser(t.models, { platformRoles: ['admin'] })).email)).token;
    [processA, processB, state, org] = await Promise.all([
      createProcess(t.models),
      createProcess(t.models),
      createDelegation(t.models, 'member_state'),
      createDelegation(t.models, 'regional_organisation'),
    ]);
    const sec = await createUser(t.models);
    await addMembership(t.models, processA, sec.id, 'secretariat');
    secretariatA = (await login(t.http, sec.email)).token;
    const del = await createUser(t.models);
    await addMembership(t.models, processA, del.id, 'delegate', state);
    delegateAUser = del.id;
    delegateA = (await login(t.http, del.email)).token;
  });
  afterAll(() => t.close());

  describe('users (admin)', () => {
    it('lets an admin list and create users, and nobody else', async () => {
      expect((await t.http.get('/api/users', { token: delegateA })).status).toBe(403);
      const list = await t.http.get('/api/users', { token: admin });
      expect(list.status).toBe(200);
      expect(list.body.items.length).toBeGreaterThanOrEqual(3);
      expect(list.body.items[0]).not.toHaveProperty('passwordHash');

      const email = `${unique('new')}@example.test`;
      const created = await t.http.post(
        '/api/users',
        { email, name: 'New Person', password: 'long enough password' },
        { token: admin },
      );
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        email,
        name: 'New Person',
        language: 'en',
        timeZone: 'UTC',
        platformRoles: [],
        disabled: false,
      });
    });

    it("gives a new user the language the admin chose, else the admin's own", async () => {
      const frenchAdmin = await createUser(t.models, { platformRoles: ['admin'] });
      const { token } = await login(t.http, frenchAdmin.email);
      expect((await t.http.patch('/api/auth/me', { language: 'fr' }, { token })).status).toBe(200);
      const create = (fields: Record<string, unknown>) =>
        t.http.post(
          '/api/users',
          { email: `${unique('lang')}@example.test`, name: 'Nueva', password: 'long enough password', ...fields },
          { token },
        );

      const chosen = await create({ language: 'es' });
      expect(chosen.status).toBe(201);
      expect(chosen.body.language).toBe('es');
      // What the new user's first sign-in shows (and the web applies).
      const signedIn = await t.http.post('/api/auth/login', {
        email: chosen.body.email,
        password: 'long enough password',
      });
      expect(signedIn.body.me.user.language).toBe('es');

      const unstated = await create({});
      expect(unstated.status).toBe(201);
      expect(unstated.body.language).toBe('fr');

      const unknown = await create({ language: 'de' });
      expect(unknown.status).toBe(400);
      expect(unknown.body.code).toBe(ErrorCode.ValidationFailed);
      expect((unknown.body.issues as { path: string }[]).map((i) => i.path)).toEqual(['language']);
    });

    it('answers 409 EMAIL_TAKEN for an existing email, whatever its case', async () => {
      const existing = await createUser(t.models);
      const res = await t.http.post(
        '/api/users',
        { email: existing.email.toUpperCase(), name: 'Dup', password: 'long enough password' },
        { token: admin },
      );
      expect(res.status).toBe(409);
      expect(res.body.code).toBe(ErrorCode.EmailTaken);
    });

    it('stores nothing from a rejected request', async () => {
      const before = await t.models.users.countDocuments();
      const rejected = [
        await t.http.post('/api/users', { email: 'x@example.test', name: 'X', password: 'short' }, { token: admin }),
        await t.http.post(
          '/api/users',
          { email: 'y@example.test', name: 'Y', password: 'long enough password', role: 'admin' },
          { token: admin },
        ),
        await t.http.post(
          '/api/users',
          { email: 'z@example.test', name: 'Z', password: 'long enough password' },
          { token: delegateA },
        ),
      ];
      expect(rejected.map((r) => r.status)).toEqual([400, 400, 403]);
      expect(await t.models.users.countDocuments()).toBe(before);
    });
  });

  describe('delegations', () => {
    it('lists delegations to any signed-in user and lets only admins create them', async () => {
      const list = await t.http.get('/api/delegations', { token: delegateA });
      expect(list.status).toBe(200);
      expect((list.body.items as { id: string }[]).map((d) => d.id)).toEqual(expect.arrayContaining([state, org]));
      const body = { name: 'Atlantis', code: unique('at').slice(0, 10), kind: 'member_state', region: 'Ocean' };
      expect((await t.http.post('/api/delegations', body, { token: delegateA })).status).toBe(403);
      const created = await t.http.post('/api/delegations', body, { token: admin });
      expect(created.status).toBe(201);
      expect(created.body.code).toBe(body.code.toUpperCase());
      const duplicate = await t.http.post(
        '/api/delegations',
        { ...body, code: body.code.toLowerCase() },
        { token: admin },
      );
      expect(duplicate.status).toBe(409);
      expect(duplicate.body.code).toBe(ErrorCode.DelegationCodeTaken);
    });
  });

  describe('processes', () => {
    it("lists the caller's processes, and all of them for an admin", async () => {
      const mine = await t.http.get('/api/processes', { token: delegateA });
      expect((mine.body.items as { id: string }[]).map((p) => p.id)).toEqual([processA]);
      const all = await t.http.get('/api/processes', { token: admin });
      expect((all.body.items as { id: string }[]).map((p) => p.id)).toEqual(
        expect.arrayContaining([processA, processB]),
      );
    });

    it('lets platform secretariat create a process and makes the creator its secretariat', async () => {
      const creator = await createUser(t.models, { platformRoles: ['secretariat'] });
      const token = (await login(t.http, creator.email)).token;
      const title = unique('Consultation');
      const res = await t.http.post('/api/processes', { title }, { token });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ title, description: '' });
      const members = await t.http.get(`/api/processes/${res.body.id}/members`, { token });
      expect(members.body.items).toEqual([
        expect.objectContaining({ userId: creator.id, role: 'secretariat', delegationId: null }),
      ]);
      expect((await t.http.post('/api/processes', { title }, { token })).body.code).toBe(ErrorCode.ProcessTitleTaken);
      expect((await t.http.post('/api/processes', { title: unique('P') }, { token: delegateA })).status).toBe(403);
    });

    it('shows a process and its members to members only: others get 404 as if it did not exist', async () => {
      expect((await t.http.get(`/api/processes/${processA}`, { token: delegateA })).status).toBe(200);
      const members = await t.http.get(`/api/processes/${processA}/members`, { token: delegateA });
      expect(members.status).toBe(200);
      expect(members.body.items).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ userId: delegateAUser, role: 'delegate', delegationId: state }),
        ]),
      );

      const otherProcess = await t.http.get(`/api/processes/${processB}/members`, { token: delegateA });
      const noProcess = await t.http.get(`/api/processes/${new Types.ObjectId().toHexString()}/members`, {
        token: delegateA,
      });
      for (const res of [otherProcess, noProcess]) {
        expect(res.status).toBe(404);
        expect(res.body.code).toBe(ErrorCode.NotFound);
      }
      expect(otherProcess.body.message).toBe(noProcess.body.message);
      expect((await t.http.get(`/api/processes/${processB}`, { token: delegateA })).status).toBe(404);
      expect(
        (
          await t.http.post(
            `/api/processes/${processB}/members`,
            { userId: delegateAUser, role: 'delegate', delegationId: state },
            { token: delegateA },
          )
        ).status,
      ).toBe(404);
    });

    it('forbids a member without the role from adding members (403)', async () => {
      const newcomer = await createUser(t.models);
      const res = await t.http.post(
        `/api/processes/${processA}/members`,
        { userId: newcomer.id, role: 'delegate', delegationId: state },
        { token: delegateA },
      );
      expect(res.status).toBe(403);
      expect(res.body.code).toBe(ErrorCode.Forbidden);
      expect(await t.models.memberships.countDocuments({ userId: new Types.ObjectId(newcomer.id) })).toBe(0);
    });

    it('applies the membership rules when the process secretariat adds members', async () => {
      const add = async (body: Record<string, unknown>) =>
        t.http.post(`/api/processes/${processA}/members`, body, { token: secretariatA });
      const person = async () => (await createUser(t.models)).id;

      const noDelegation = await add({ userId: await person(), role: 'delegate' });
      expect(noDelegation.status).toBe(400);
      expect(noDelegation.body.code).toBe(ErrorCode.DelegationRequired);

      const chairWithDelegation = await add({ userId: await person(), role: 'chair', delegationId: state });
      expect(chairWithDelegation.body.code).toBe(ErrorCode.DelegationNotAllowed);

      const observerOfState = await add({ userId: await person(), role: 'observer', delegationId: state });
      expect(observerOfState.body.code).toBe(ErrorCode.DelegationNotAllowed);

      const unknownDelegation = await add({
        userId: await person(),
        role: 'delegate',
        delegationId: new Types.ObjectId().toHexString(),
      });
      expect(unknownDelegation.status).toBe(404);

      const unknownUser = await add({ userId: new Types.ObjectId().toHexString(), role: 'chair' });
      expect(unknownUser.status).toBe(404);

      const observerId = await person();
      const observer = await add({ userId: observerId, role: 'observer', delegationId: org });
      expect(observer.status).toBe(201);
      expect(observer.body).toMatchObject({
        userId: observerId,
        role: 'observer',
        delegationId: org,
        delegationName: expect.any(String),
      });
      const audit = await t.models.auditLog
        .findOne({ action: 'membership.added', targetId: observer.body.id })
        .lean()
        .exec();
      expect(audit).toMatchObject({ after: { userId: observerId, role: 'observer', delegationId: org } });

      const again = await add({ userId: observerId, role: 'chair' });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe(ErrorCode.MembershipExists);

      const byAdmin = await t.http.post(
        `/api/processes/${processA}/members`,
        { userId: await person(), role: 'head_of_delegation', delegationId: state },
        { token: admin },
      );
      expect(byAdmin.status).toBe(201);
    });

    it('lets the process secretariat add an existing account by its email, and says when none uses it', async () => {
      const add = async (body: Record<string, unknown>) =>
        t.http.post(`/api/processes/${processA}/members`, body, { token: secretariatA });
      const colleague = await createUser(t.models);

      // Typed as people type it: spaces and capitals do not matter.
      const added = await add({ email: `  ${colleague.email.toUpperCase()} `, role: 'chair' });
      expect(added.status).toBe(201);
      expect(added.body).toMatchObject({ userId: colleague.id, role: 'chair', delegationId: null });

      const nobody = await add({ email: `${unique('nobody')}@example.test`, role: 'chair' });
      expect({ status: nobody.status, code: nobody.body.code }).toEqual({
        status: 404,
        code: ErrorCode.AccountNotFound,
      });

      const both = await add({ email: colleague.email, userId: colleague.id, role: 'chair' });
      const neither = await add({ role: 'chair' });
      expect([both.status, neither.status]).toEqual([400, 400]);

      const stranger = await createUser(t.models);
      const notAllowed = await t.http.post(
        `/api/processes/${processA}/members`,
        { email: stranger.email, role: 'delegate', delegationId: state },
        { token: delegateA },
      );
      expect(notAllowed.status).toBe(403);
      expect(await t.models.memberships.countDocuments({ userId: new Types.ObjectId(stranger.id) })).toBe(0);
    });
  });
  describe('changing and removing members', () => {
    const membershipOf = async (processId: string, userId: string) =>
      (await t.models.memberships
        .findOne({ processId: new Types.ObjectId(processId), userId: new Types.ObjectId(userId) })
        .lean()
        .exec())!._id.toHexString();
    const patch = (processId: string, membershipId: string, body: unknown, token = secretariatA) =>
      t.http.patch(`/api/processes/${processId}/members/${membershipId}`, body, { token });
    const remove = (processId: string, membershipId: string, token = secretariatA) =>
      t.http.request('DELETE', `/api/processes/${processId}/members/${membershipId}`, undefined, { token });

    it("changes a member's role and delegation under the membership rules, audited", async () => {
      const person = await createUser(t.models);
      await addMembership(t.models, processA, person.id, 'delegate', state);
      const id = await membershipOf(processA, person.id);
      const otherState = await createDelegation(t.models, 'member_state');

      const promoted = await patch(processA, id, { role: 'head_of_delegation' });
      expect(promoted.status).toBe(200);
      expect(promoted.body).toMatchObject({ id, userId: person.id, role: 'head_of_delegation', delegationId: state });

      const moved = await patch(processA, id, { delegationId: otherState });
      expect(moved.body).toMatchObject({ role: 'head_of_delegation', delegationId: otherState });
      const audit = await t.models.auditLog
        .findOne({ action: 'membership.changed', targetId: id })
        .sort({ _id: -1 })
        .lean()
        .exec();
      expect(audit).toMatchObject({
        before: { userId: person.id, role: 'head_of_delegation', delegationId: state },
        after: { userId: person.id, role: 'head_of_delegation', delegationId: otherState },
      });

      // A chair has no delegation; an observer needs a non-State one: refused, nothing stored.
      const chairKeepingState = await patch(processA, id, { role: 'chair' });
      expect({ status: chairKeepingState.status, code: chairKeepingState.body.code }).toEqual({
        status: 400,
        code: ErrorCode.DelegationNotAllowed,
      });
      expect((await patch(processA, id, { role: 'observer', delegationId: otherState })).body.code).toBe(
        ErrorCode.DelegationNotAllowed,
      );
      expect((await patch(processA, id, {})).status).toBe(400);
      expect((await patch(processA, id, { role: 'king' })).body.code).toBe(ErrorCode.ValidationFailed);
      const chair = await patch(processA, id, { role: 'chair', delegationId: null });
      expect(chair.body).toMatchObject({ role: 'chair', delegationId: null });

      // By the process's secretariat or an admin only; another process's membership is not found here.
      expect((await patch(processA, id, { role: 'delegate', delegationId: state }, delegateA)).status).toBe(403);
      expect((await patch(processA, id, { role: 'delegate', delegationId: state }, admin)).status).toBe(200);
      const elsewhere = await createUser(t.models);
      await addMembership(t.models, processB, elsewhere.id, 'chair');
      const wrongProcess = await patch(processA, await membershipOf(processB, elsewhere.id), { role: 'secretariat' });
      expect({ status: wrongProcess.status, code: wrongProcess.body.code }).toEqual({
        status: 404,
        code: ErrorCode.MembershipNotFound,
      });
      expect((await patch(processA, 'nope', { role: 'chair' })).status).toBe(400);
    });

    it('removes a member: access ends at once, what they wrote stays', async () => {
      const person = await createUser(t.models);
      await addMembership(t.models, processA, person.id, 'delegate', state);
      const token = (await login(t.http, person.email)).token;
      expect((await t.http.get(`/api/processes/${processA}`, { token })).status).toBe(200);
      const id = await membershipOf(processA, person.id);

      expect((await remove(processA, id, delegateA)).status).toBe(403);
      const removed = await remove(processA, id);
      expect(removed.status).toBe(204);
      expect(await t.models.memberships.countDocuments({ _id: new Types.ObjectId(id) })).toBe(0);
      // The access cache is not trusted past the change: the next request is refused.
      expect((await t.http.get(`/api/processes/${processA}`, { token })).status).toBe(404);
      const audit = await t.models.auditLog.findOne({ action: 'membership.removed', targetId: id }).lean().exec();
      expect(audit).toMatchObject({ before: { userId: person.id, role: 'delegate', delegationId: state } });
      const again = await remove(processA, id);
      expect({ status: again.status, code: again.body.code }).toEqual({
        status: 404,
        code: ErrorCode.MembershipNotFound,
      });
    });

    it('keeps a secretariat member in every process: 409 LAST_SECRETARIAT', async () => {
      const processId = await createProcess(t.models);
      const first = await createUser(t.models);
      await addMembership(t.models, processId, first.id, 'secretariat');
      const firstToken = (await login(t.http, first.email)).token;
      const firstId = await membershipOf(processId, first.id);

      const alone = await remove(processId, firstId, firstToken);
      expect({ status: alone.status, code: alone.body.code }).toEqual({ status: 409, code: ErrorCode.LastSecretariat });
      const demoted = await patch(processId, firstId, { role: 'chair' }, firstToken);
      expect({ status: demoted.status, code: demoted.body.code }).toEqual({
        status: 409,
        code: ErrorCode.LastSecretariat,
      });
      expect((await remove(processId, firstId, admin)).body.code).toBe(ErrorCode.LastSecretariat);
      expect(await t.models.memberships.countDocuments({ _id: new Types.ObjectId(firstId) })).toBe(1);

      // With a second officer, either may go, themselves included, but not both at once.
      const second = await createUser(t.models);
      await addMembership(t.models, processId, second.id, 'secretariat');
      const secondToken = (await login(t.http, second.email)).token;
      const secondId = await membershipOf(processId, second.id);
      const both = await Promise.all([
        remove(processId, firstId, firstToken),
        remove(processId, secondId, secondToken),
      ]);
      expect(both.map((r) => r.status).sort()).toEqual([204, 409]);
      expect(
        await t.models.memberships.countDocuments({ processId: new Types.ObjectId(processId), role: 'secretariat' }),
      ).toBe(1);
    });

    it('keeps the chair of a scheduled or open round: 409 CHAIR_OF_ACTIVE_ROUND, until the round is closed', async () => {
      const chair = await createUser(t.models);
      await addMembership(t.models, processA, chair.id, 'chair');
      const id = await membershipOf(processA, chair.id);
      const round = await t.models.rounds.create({
        processId: new Types.ObjectId(processA),
        name: unique('Regional consultation'),
        versionId: new Types.ObjectId(),
        chairUserId: new Types.ObjectId(chair.id),
        opensAt: new Date(Date.now() - 3_600_000),
        closesAt: new Date(Date.now() + 3_600_000),
        confidentiality: 'delegations',
        status: 'open',
      });
      for (const refused of [await remove(processA, id), await patch(processA, id, { role: 'secretariat' })]) {
        expect({ status: refused.status, code: refused.body.code }).toEqual({
          status: 409,
          code: ErrorCode.ChairOfActiveRound,
        });
        expect(refused.body.message).toContain(round.name);
      }
      expect(await t.models.memberships.findById(id).lean().exec()).toMatchObject({ role: 'chair' });

      await t.models.rounds.updateOne({ _id: round._id }, { $set: { status: 'closed' } }).exec();
      expect((await remove(processA, id)).status).toBe(204);
    });

    it('never creates a round naming a chair who is being removed at that moment', async () => {
      const versionId = await insertPublishedVersion(t.models, processA);
      const outcomes: string[] = [];
      for (let attempt = 0; attempt < 8; attempt++) {
        const chair = await createUser(t.models);
        await addMembership(t.models, processA, chair.id, 'chair');
        const id = await membershipOf(processA, chair.id);
        const [created, removed] = await Promise.all([
          t.http.post(
            `/api/processes/${processA}/rounds`,
            {
              name: unique('Regional consultation'),
              versionId,
              chairUserId: chair.id,
              delegationIds: [state],
              confidentiality: 'delegations',
              opensAt: new Date(Date.now() + 3_600_000).toISOString(),
              closesAt: new Date(Date.now() + 7_200_000).toISOString(),
              timeZone: 'UTC',
            },
            { token: secretariatA },
          ),
          remove(processA, id),
        ]);
        outcomes.push(`${created.status}/${removed.status}`);
      }
      // One of the two goes first: a round with its chair still a member (the removal refused),
      // or the member gone and the round refused. Never a round chaired by someone who left.
      expect(outcomes.filter((o) => o === '201/204')).toEqual([]);
      expect(outcomes.every((o) => o === '201/409' || /^4\d\d\/204$/.test(o))).toBe(true);
    });
  });
});
