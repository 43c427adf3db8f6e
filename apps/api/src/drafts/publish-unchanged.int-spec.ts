import { ErrorCode, type DraftVersion, type PublishVersionResponse, type VersionOperation } from '@concordia/contracts';
import { addMembership, createProcess, createUser, login } from '../test/fixtures';
import { startTestApp, type TestApp } from '../test/test-app';

describe('publishing a version that reads as the last published one', () => {
  let t: TestApp;
  let secretariat: string;
  let working: DraftVersion;

  const operate = async (operation: VersionOperation): Promise<DraftVersion> => {
    const res = await t.http.post(
      `/api/versions/${working.id}/operations`,
      { revision: working.revision, operation },
      { token: secretariat },
    );
    expect(res.status).toBe(200);
    working = res.body as DraftVersion;
    return working;
  };
  const publish = (label: string, extra: Record<string, unknown> = {}) =>
    t.http.post(
      `/api/versions/${working.id}/publish`,
      { revision: working.revision, label, ...extra },
      { token: secretariat },
    );
  const published = async (label: string, extra: Record<string, unknown> = {}): Promise<DraftVersion> => {
    const res = await publish(label, extra);
    expect(res.status).toBe(200);
    const body = res.body as PublishVersionResponse;
    working = body.working;
    return body.published;
  };
  const paragraphs = () => working.sections.flatMap((s) => s.paragraphs);

  beforeAll(async () => {
    t = await startTestApp();
    const processId = await createProcess(t.models);
    const user = await createUser(t.models);
    await addMembership(t.models, processId, user.id, 'secretariat');
    secretariat = (await login(t.http, user.email)).token;
    const draft = await t.http.post(
      `/api/processes/${processId}/drafts`,
      { title: 'Declaration' },
      { token: secretariat },
    );
    working = (await t.http.get(`/api/versions/${draft.body.versions[0].id}`, { token: secretariat })).body;
    await operate({ type: 'add_section', afterSectionKey: null, heading: 'I. Principles' });
    for (const text of ['States cooperate.', 'Rights are respected.', 'Data are shared.']) {
      await operate({
        type: 'add_paragraph',
        sectionKey: working.sections[0].key,
        afterKey: paragraphs().at(-1)?.key ?? null,
        text,
      });
    }
  });
  afterAll(() => t.close());

  it('publishes the zero draft without the flag: nothing was published before it', async () => {
    expect((await published('Zero draft')).label).toBe('Zero draft');
  });

  it('refuses the untouched copy with 409 VERSION_UNCHANGED, and the version stays the working one', async () => {
    const res = await publish('Rev.1');
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({
      code: ErrorCode.VersionUnchanged,
      message: expect.stringContaining('Zero draft'),
    });
    const still = await t.http.get(`/api/versions/${working.id}`, { token: secretariat });
    expect(still.body).toMatchObject({ status: 'working', revision: working.revision });
  });

  it('decides on the text, not on the edits: a paragraph edited and edited back is unchanged', async () => {
    const [first] = paragraphs();
    await operate({ type: 'edit_paragraph', key: first.key, text: 'States cooperate closely.' });
    await operate({ type: 'edit_paragraph', key: first.key, text: 'States cooperate.' });
    expect((await publish('Rev.1')).body).toMatchObject({ code: ErrorCode.VersionUnchanged });
  });

  it('takes allowUnchanged, a boolean, to publish it anyway', async () => {
    const invalid = await publish('Rev.1', { allowUnchanged: 'yes' });
    expect(invalid.status).toBe(400);
    expect(invalid.body).toMatchObject({ code: ErrorCode.ValidationFailed });
    expect((await published('Rev.1', { allowUnchanged: true })).label).toBe('Rev.1');
  });

  it('publishes without the flag once a paragraph moved, and once a text changed', async () => {
    const [first, , last] = paragraphs();
    await operate({ type: 'move_paragraph', key: last.key, toSectionKey: working.sections[0].key, afterKey: null });
    expect((await published('Rev.2')).label).toBe('Rev.2');

    expect((await publish('Rev.3')).body).toMatchObject({ code: ErrorCode.VersionUnchanged });
    await operate({ type: 'edit_paragraph', key: first.key, text: 'States cooperate in good faith.' });
    expect((await published('Rev.3')).label).toBe('Rev.3');
  });

  it('counts a renamed section heading as a change', async () => {
    await operate({ type: 'rename_section', sectionKey: working.sections[0].key, heading: 'I. General principles' });
    expect((await published('Rev.4')).label).toBe('Rev.4');
  });

  it('documents the refusal and the flag in the OpenAPI description', async () => {
    const doc = (await t.http.get('/api/docs-json')).body as {
      paths: Record<string, { post?: { description?: string } }>;
    };
    const path = Object.keys(doc.paths).find((p) => p.endsWith('/versions/{id}/publish'));
    const description = path ? doc.paths[path]?.post?.description : undefined;
    expect(description).toContain('409 VERSION_UNCHANGED');
    expect(description).toContain('allowUnchanged');
  });
});
