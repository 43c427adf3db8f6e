import { ErrorCode } from '@concordia/contracts';
import { Types } from 'mongoose';
import { seedDemo, type SeedSummary } from '../seed/seed-demo';
import { DEMO_ACCOUNTS } from '../seed/demo-accounts';
import { addMembership, createProcess, createUser, login } from '../test/fixtures';
import { startTestApp, type TestApp } from '../test/test-app';

const password = DEMO_ACCOUNTS.password;

describe('drafts, versions and rounds (read-only, on the demo data)', () => {
  let t: TestApp;
  let demo: SeedSummary;

  beforeAll(async () => {
    t = await startTestApp();
    demo = await seedDemo(t.connection);
  });
  afterAll(() => t.close());

  it('lists the drafts of a process with their versions', async () => {
    const { token } = await login(t.http, 'delegate@concordia.test', password);
    const res = await t.http.get(`/api/processes/${demo.processId}/drafts`, { token });
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      {
        id: demo.draftId,
        processId: demo.processId,
        title: 'Draft Regional Agenda',
        versions: [{ id: demo.versionId, label: 'Zero draft', status: 'published', publishedAt: expect.any(String) }],
      },
    ]);
  });

  it('returns a published version with numbered paragraphs and stable keys', async () => {
    const { token } = await login(t.http, 'observer@concordia.test', password);
    const res = await t.http.get(`/api/versions/${demo.versionId}`, { token });
    expect(res.status).toBe(200);
    const paragraphs = (res.body.sections as { paragraphs: { key: string; number: string }[] }[]).flatMap(
      (s) => s.paragraphs,
    );
    expect(res.body.sections.length).toBeGreaterThanOrEqual(3);
    expect(paragraphs.length).toBeGreaterThanOrEqual(32);
    expect(paragraphs.map((p) => p.number)).toEqual(paragraphs.map((_, i) => `${i + 1}.`));
    expect(new Set(paragraphs.map((p) => p.key)).size).toBe(paragraphs.length);
  });

  it('lists the open round chaired by the chair with the member States', async () => {
    const { token } = await login(t.http, 'chair@concordia.test', password);
    const res = await t.http.get(`/api/processes/${demo.processId}/rounds`, { token });
    expect(res.status).toBe(200);
    const chair = await t.models.users.findOne({ email: 'chair@concordia.test' }).lean().exec();
    expect(res.body.items).toEqual([
      expect.objectContaining({
        id: demo.roundId,
        status: 'open',
        versionId: demo.versionId,
        chairUserId: chair?._id.toHexString(),
      }),
    ]);
    expect(res.body.items[0].delegationIds).toHaveLength(6);
  });

  it('hides all of it from non-members (404) and hides working versions from delegates', async () => {
    const outsider = await createUser(t.models);
    const { token } = await login(t.http, outsider.email);
    for (const path of [
      `/api/processes/${demo.processId}/drafts`,
      `/api/versions/${demo.versionId}`,
      `/api/processes/${demo.processId}/rounds`,
    ]) {
      const res = await t.http.get(path, { token });
      expect({ path, status: res.status, code: res.body.code }).toEqual({
        path,
        status: 404,
        code: ErrorCode.NotFound,
      });
    }
    expect((await t.http.get(`/api/versions/${new Types.ObjectId().toHexString()}`, { token })).status).toBe(404);

    // The demo draft's working version, a copy of its zero draft.
    const working = await t.models.draftVersions
      .findOne({ draftId: new Types.ObjectId(demo.draftId), status: 'working' })
      .orFail()
      .lean()
      .exec();
    expect(working.sequence).toBe(1);
    const delegate = await login(t.http, 'delegate@concordia.test', password);
    expect((await t.http.get(`/api/versions/${working._id.toHexString()}`, { token: delegate.token })).status).toBe(
      404,
    );
    const listed = await t.http.get(`/api/processes/${demo.processId}/drafts`, { token: delegate.token });
    expect(listed.body.items[0].versions).toHaveLength(1);
    const secretariat = await login(t.http, 'secretariat@concordia.test', password);
    expect((await t.http.get(`/api/versions/${working._id.toHexString()}`, { token: secretariat.token })).status).toBe(
      200,
    );
  });

  it('keeps another process member out of this process', async () => {
    const otherProcess = await createProcess(t.models);
    const member = await createUser(t.models);
    await addMembership(t.models, otherProcess, member.id, 'chair');
    const { token } = await login(t.http, member.email);
    expect((await t.http.get(`/api/versions/${demo.versionId}`, { token })).status).toBe(404);
  });
});
