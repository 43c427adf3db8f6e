import { ErrorCode, IMPORT_MAX_BYTES, type DraftVersion } from '@concordia/contracts';
import { Types } from 'mongoose';
import { SETUP_TIMEOUT_MS } from '../test/deadlines';
import { addMembership, createProcess, createUser, login } from '../test/fixtures';
import { startTestApp, type TestApp } from '../test/test-app';
import { settledImport, startWorker, type WorkerProcess } from '../test/worker-process';

const PK = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const END_OF_DIRECTORY = Buffer.concat([Buffer.from([0x50, 0x4b, 0x05, 0x06]), Buffer.alloc(18)]);
/** What Word writes for a password-protected .docx: an OLE2 compound file, not a zip. */
const ENCRYPTED_DOCX = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(1024, 0x41)]);

describe('imports: bad files, bad timing, nothing half-imported', () => {
  let t: TestApp;
  let worker: WorkerProcess;
  let processId: string;
  let secretariat: string;
  let chair: string;
  let outsider: string;
  let draftId: string;
  let workingId: string;

  const upload = (name: string, bytes: Buffer | string, token = secretariat) =>
    t.http.upload(`/api/drafts/${draftId}/imports`, { name, bytes }, { token });
  const refused = async (name: string, bytes: Buffer | string) => {
    const res = await upload(name, bytes);
    return { status: res.status, code: res.body.code as string };
  };
  const workingVersion = async () =>
    (await t.http.get(`/api/versions/${workingId}`, { token: secretariat })).body as DraftVersion;

  beforeAll(async () => {
    t = await startTestApp();
    worker = await startWorker(t);
    processId = await createProcess(t.models);
    const sec = await createUser(t.models);
    await addMembership(t.models, processId, sec.id, 'secretariat');
    secretariat = (await login(t.http, sec.email)).token;
    const ch = await createUser(t.models);
    await addMembership(t.models, processId, ch.id, 'chair');
    chair = (await login(t.http, ch.email)).token;
    const other = await createProcess(t.models);
    const out = await createUser(t.models);
    await addMembership(t.models, other, out.id, 'secretariat');
    outsider = (await login(t.http, out.email)).token;
    const draft = await t.http.post(`/api/processes/${processId}/drafts`, { title: 'Imports' }, { token: secretariat });
    draftId = draft.body.id;
    workingId = draft.body.versions[0].id;
  }, SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await worker?.stop();
    await t?.close();
  });

  it('refuses bad files at upload with precise codes, storing nothing', async () => {
    expect(await refused('empty.txt', '')).toEqual({ status: 400, code: ErrorCode.ImportFileEmpty });
    expect(await refused('big.txt', Buffer.alloc(IMPORT_MAX_BYTES + 1, 0x61))).toEqual({
      status: 413,
      code: ErrorCode.ImportFileTooLarge,
    });
    expect(await refused('draft.pdf', '%PDF-1.7 ...')).toEqual({ status: 415, code: ErrorCode.ImportUnsupportedType });
    expect(await refused('draft.doc', ENCRYPTED_DOCX)).toEqual({ status: 415, code: ErrorCode.ImportUnsupportedType });
    expect(await refused('protected.docx', ENCRYPTED_DOCX)).toEqual({
      status: 422,
      code: ErrorCode.ImportFileEncrypted,
    });
    expect(await refused('renamed.docx', 'This is plain text, not a Word document.')).toEqual({
      status: 422,
      code: ErrorCode.ImportFileCorrupt,
    });
    expect(await refused('truncated.docx', Buffer.concat([PK, Buffer.from('word/document.xml')]))).toEqual({
      status: 422,
      code: ErrorCode.ImportFileCorrupt,
    });

    const noFile = await t.http.post(`/api/drafts/${draftId}/imports`, {}, { token: secretariat });
    expect({ status: noFile.status, code: noFile.body.code }).toEqual({
      status: 400,
      code: ErrorCode.ImportFileMissing,
    });
    const wrongField = await t.http.upload(
      `/api/drafts/${draftId}/imports`,
      { name: 'a.txt', bytes: '1. Text.' },
      { token: secretariat, field: 'document' },
    );
    expect({ status: wrongField.status, code: wrongField.body.code }).toEqual({
      status: 400,
      code: ErrorCode.ImportFileMissing,
    });

    expect(await t.models.imports.countDocuments({})).toBe(0);
    expect(await t.models.importFiles.countDocuments({})).toBe(0);
  });

  it('fails documents the worker cannot use, and leaves the working version untouched', async () => {
    const cases: [string, Buffer | string, string][] = [
      [
        'duplicates.txt',
        'I. Principles\n\n1. States cooperate.\n\n2. Rights matter.\n\n2. Rights matter again.\n',
        ErrorCode.ImportDuplicateNumbers,
      ],
      ['blank.md', '   \n\n\t\n', ErrorCode.ImportNoParagraphs],
      // Passes the cheap check at upload (zip header, main part name, end of directory) but is no zip.
      [
        'damaged.docx',
        Buffer.concat([PK, Buffer.from('garbage word/document.xml garbage'), END_OF_DIRECTORY]),
        ErrorCode.ImportFileCorrupt,
      ],
    ];
    for (const [name, bytes, code] of cases) {
      const res = await upload(name, bytes);
      expect(res.status).toBe(202);
      const job = await settledImport(t, res.body.id as string, secretariat);
      expect({ name, status: job.status, code: (job.error as { code: string } | null)?.code }).toEqual({
        name,
        status: 'failed',
        code,
      });
      expect(job.preview).toBeNull();
      const accept = await t.http.post(`/api/imports/${res.body.id as string}/accept`, {}, { token: secretariat });
      expect({ status: accept.status, code: accept.body.code }).toEqual({
        status: 409,
        code: ErrorCode.ImportNotReady,
      });
    }
    expect(await workingVersion()).toMatchObject({ revision: 0, sections: [] });
    const draft = await t.http.get(`/api/drafts/${draftId}`, { token: secretariat });
    expect(draft.body.versions).toHaveLength(1);
  });

  it('refuses to accept an import that is not ready yet', async () => {
    const pending = await t.models.imports.create({
      processId: new Types.ObjectId(processId),
      draftId: new Types.ObjectId(draftId),
      fileName: 'pending.txt',
      format: 'text',
      sizeBytes: 10,
      status: 'parsing',
      progress: 10,
      createdBy: new Types.ObjectId(),
    });
    const res = await t.http.post(`/api/imports/${pending._id.toHexString()}/accept`, {}, { token: secretariat });
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 409, code: ErrorCode.ImportNotReady });
    expect(res.body.message).toMatch(/parsing/);
    expect((await workingVersion()).revision).toBe(0);
  });

  it('accepts a ready import once, even when asked twice at the same time', async () => {
    const res = await upload('agenda.md', '# I. Principles\n\n1. States cooperate.\n\n2. Rights are respected.\n');
    const job = await settledImport(t, res.body.id as string, secretariat);
    expect(job.status).toBe('ready');

    const attempts = await Promise.all(
      [1, 2].map(() => t.http.post(`/api/imports/${job.id as string}/accept`, {}, { token: secretariat })),
    );
    expect(attempts.map((a) => a.status).sort()).toEqual([200, 409]);
    expect(attempts.find((a) => a.status === 409)!.body.code).toBe(ErrorCode.ImportNotReady);
    const version = await workingVersion();
    expect(version.revision).toBe(1);
    expect(version.sections.flatMap((s) => s.paragraphs.map((p) => p.text))).toEqual([
      'States cooperate.',
      'Rights are respected.',
    ]);
    const accepted = await t.models.auditLog.countDocuments({ action: 'import.accepted', targetId: job.id as string });
    expect(accepted).toBe(1);
  });

  it('discards an import; a discarded import can be neither accepted nor discarded again', async () => {
    const res = await upload('draft.txt', '1. A paragraph.\n\n2. Another one.\n');
    const job = await settledImport(t, res.body.id as string, secretariat);
    const discarded = await t.http.post(`/api/imports/${job.id as string}/discard`, undefined, { token: secretariat });
    expect(discarded.status).toBe(200);
    expect(discarded.body).toMatchObject({ status: 'discarded', preview: null });
    expect(await t.models.importFiles.countDocuments({ _id: job.id as string })).toBe(0);
    const accept = await t.http.post(`/api/imports/${job.id as string}/accept`, {}, { token: secretariat });
    expect({ status: accept.status, code: accept.body.code }).toEqual({ status: 409, code: ErrorCode.ImportNotReady });
    const again = await t.http.post(`/api/imports/${job.id as string}/discard`, undefined, { token: secretariat });
    expect({ status: again.status, code: again.body.code }).toEqual({ status: 409, code: ErrorCode.Conflict });
    expect((await workingVersion()).revision).toBe(1);
  });

  it('refuses hand corrections that name unknown paragraphs or keys', async () => {
    const res = await upload('again.md', '# I. Principles\n\n1. States cooperate.\n');
    const job = await settledImport(t, res.body.id as string, secretariat);
    for (const keyOverrides of [{ '5': null }, { '0': 'no-such-key' }]) {
      const accept = await t.http.post(
        `/api/imports/${job.id as string}/accept`,
        { keyOverrides, replaceWorking: true },
        { token: secretariat },
      );
      expect({ status: accept.status, code: accept.body.code }).toEqual({
        status: 400,
        code: ErrorCode.ImportKeyOverrideInvalid,
      });
    }
    const malformed = await t.http.post(
      `/api/imports/${job.id as string}/accept`,
      { keyOverrides: { first: null } },
      { token: secretariat },
    );
    expect({ status: malformed.status, code: malformed.body.code }).toEqual({
      status: 400,
      code: ErrorCode.ValidationFailed,
    });
    expect((await workingVersion()).revision).toBe(1);
  });

  it('keeps imports to the secretariat of the process', async () => {
    const res = await upload('chair.txt', '1. Text.', chair);
    expect(res.status).toBe(403);
    const job = await t.models.imports
      .findOne({ draftId: new Types.ObjectId(draftId) })
      .lean()
      .exec();
    const id = job!._id.toHexString();
    expect((await t.http.get(`/api/imports/${id}`, { token: chair })).status).toBe(403);
    for (const [method, path] of [
      ['GET', `/api/imports/${id}`],
      ['POST', `/api/imports/${id}/accept`],
      ['POST', `/api/imports/${id}/discard`],
    ] as const) {
      const r = await t.http.request(method, path, method === 'POST' ? {} : undefined, { token: outsider });
      expect({ path, status: r.status }).toEqual({ path, status: 404 });
    }
    expect((await upload('outsider.txt', '1. Text.', outsider)).status).toBe(404);
    expect(
      (await t.http.get(`/api/imports/${new Types.ObjectId().toHexString()}`, { token: secretariat })).status,
    ).toBe(404);
    const unauthenticated = await t.http.upload(`/api/drafts/${draftId}/imports`, { name: 'a.txt', bytes: '1. x' });
    expect(unauthenticated.status).toBe(401);
  });
});
