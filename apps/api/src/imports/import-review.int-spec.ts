import { ErrorCode, type DraftVersion, type ImportJob, type OpenImport } from '@concordia/contracts';
import { SETUP_TIMEOUT_MS } from '../test/deadlines';
import { addMembership, createProcess, createUser, login } from '../test/fixtures';
import { startTestApp, type TestApp } from '../test/test-app';
import { settledImport, startWorker, type WorkerProcess } from '../test/worker-process';

const ZERO = '# I. Principles\n\n1. States cooperate.\n\n2. Rights are respected.\n\n3. Data is shared.\n';
const REV1 =
  '# I. Principles\n\n1. States cooperate closely.\n\n2. Rights are respected.\n\n3. Data is shared yearly.\n';

describe('imports: a review left and taken up again', () => {
  let t: TestApp;
  let worker: WorkerProcess;
  let secretariat: string;
  let colleague: string;
  let draftId: string;

  const upload = (name: string, text: string) =>
    t.http.upload(`/api/drafts/${draftId}/imports`, { name, bytes: text }, { token: secretariat });
  const ready = async (name: string, text: string): Promise<ImportJob> => {
    const res = await upload(name, text);
    return (await settledImport(t, res.body.id as string, secretariat)) as unknown as ImportJob;
  };
  const openFor = async (token: string): Promise<OpenImport['job']> =>
    ((await t.http.get(`/api/drafts/${draftId}/imports/open`, { token })).body as OpenImport).job;
  const save = (id: string, keyOverrides: unknown) =>
    t.http.request('PUT', `/api/imports/${id}/corrections`, { keyOverrides }, { token: secretariat });
  const job = async (id: string): Promise<ImportJob> =>
    (await t.http.get(`/api/imports/${id}`, { token: secretariat })).body as ImportJob;
  /** Publishes the draft's working version as it stands: the text the next imports are matched with. */
  const publish = async (label: string): Promise<void> => {
    const draft = await t.http.get(`/api/drafts/${draftId}`, { token: secretariat });
    const working = (draft.body.versions as { id: string; status: string }[]).find((v) => v.status === 'working');
    const version = (await t.http.get(`/api/versions/${working!.id}`, { token: secretariat })).body as DraftVersion;
    const res = await t.http.post(
      `/api/versions/${version.id}/publish`,
      { revision: version.revision, label, allowUnchanged: true },
      { token: secretariat },
    );
    expect(res.status).toBe(200);
  };

  beforeAll(async () => {
    t = await startTestApp();
    worker = await startWorker(t);
    const processId = await createProcess(t.models);
    const sec = await createUser(t.models);
    await addMembership(t.models, processId, sec.id, 'secretariat');
    secretariat = (await login(t.http, sec.email)).token;
    const other = await createUser(t.models);
    await addMembership(t.models, processId, other.id, 'secretariat');
    colleague = (await login(t.http, other.email)).token;
    const draft = await t.http.post(`/api/processes/${processId}/drafts`, { title: 'Review' }, { token: secretariat });
    draftId = draft.body.id;
    const zero = await ready('zero.md', ZERO);
    expect((await t.http.post(`/api/imports/${zero.id}/accept`, {}, { token: secretariat })).status).toBe(200);
    await publish('Zero draft');
  }, SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await worker?.stop();
    await t?.close();
  });

  it("finds the caller's import under review in the draft, not a colleague's, and none once discarded", async () => {
    expect(await openFor(secretariat)).toBeNull();
    const rev = await ready('rev1.md', REV1);
    expect(await openFor(secretariat)).toMatchObject({ id: rev.id, fileName: 'rev1.md', status: 'ready' });
    expect(await openFor(colleague)).toBeNull();
    await t.http.post(`/api/imports/${rev.id}/discard`, undefined, { token: secretariat });
    expect(await openFor(secretariat)).toBeNull();
  });

  it('keeps the corrections with the import, each save replacing the last; refuses unknown paragraphs and keys', async () => {
    const rev = await ready('rev1.md', REV1);
    expect(rev).toMatchObject({ keyOverrides: {}, stale: false });
    const [first, second] = rev.preview!.sections[0].paragraphs;
    // On its way through a review a key may sit on two paragraphs: kept, only the accept refuses it.
    const twice = { '0': second.matchedKey, '2': null };
    expect((await save(rev.id, twice)).status).toBe(200);
    expect((await job(rev.id)).keyOverrides).toEqual(twice);
    const fixed = { '0': first.matchedKey, '1': null };
    const saved = await save(rev.id, fixed);
    expect(saved.body).toMatchObject({ keyOverrides: fixed });
    expect((await job(rev.id)).keyOverrides).toEqual(fixed);

    for (const [keyOverrides, code] of [
      [{ '7': null }, ErrorCode.ImportKeyOverrideInvalid],
      [{ '0': 'no-such-key' }, ErrorCode.ImportKeyOverrideInvalid],
      [{ first: null }, ErrorCode.ValidationFailed],
    ] as const) {
      const res = await save(rev.id, keyOverrides);
      expect({ keyOverrides, status: res.status, code: res.body.code }).toEqual({ keyOverrides, status: 400, code });
    }
    expect((await job(rev.id)).keyOverrides).toEqual(fixed);

    await t.http.post(`/api/imports/${rev.id}/discard`, undefined, { token: secretariat });
    const late = await save(rev.id, fixed);
    expect({ status: late.status, code: late.body.code }).toEqual({ status: 409, code: ErrorCode.ImportNotReady });
  });

  it('says a preview is stale once a version is published after it, and refuses to accept it with IMPORT_STALE', async () => {
    const rev = await ready('rev1.md', REV1);
    expect(rev.stale).toBe(false);
    await publish('Rev.1');
    expect((await job(rev.id)).stale).toBe(true);
    const accept = await t.http.post(`/api/imports/${rev.id}/accept`, { replaceWorking: true }, { token: secretariat });
    expect({ status: accept.status, code: accept.body.code }).toEqual({ status: 409, code: ErrorCode.ImportStale });
    // Matched again against the newest version, the same document is fresh.
    await t.http.post(`/api/imports/${rev.id}/discard`, undefined, { token: secretariat });
    expect((await ready('rev1.md', REV1)).stale).toBe(false);
  });
});
