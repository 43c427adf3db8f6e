import {
  ErrorCode,
  staleVersionBodySchema,
  type DraftVersion,
  type ImportWarning,
  type VersionOperation,
} from '@concordia/contracts';
import { readCorpus } from '../test/corpus';
import { addMembership, createDelegation, createProcess, createUser, login } from '../test/fixtures';
import { itemsOf } from '../test/http-client';
import { startTestApp, type TestApp } from '../test/test-app';
import { settledImport, startWorker, type WorkerProcess } from '../test/worker-process';

const paragraphsOf = (version: DraftVersion) => version.sections.flatMap((s) => s.paragraphs);

/**
 * The secretariat's work on a text, end to end on the real FerretDB, Redis and worker process:
 * create a draft, import A/59/377, publish the zero draft, edit, publish Rev.1, compare, import
 * a revised text with key matching, and find it all in the audit log.
 */
describe('drafting a text: import, edit, publish, compare, audit', () => {
  let t: TestApp;
  let worker: WorkerProcess;
  let processId: string;
  let secretariat: string;
  let secretariatName: string;
  let delegate: string;
  let outsider: string;
  let draftId: string;
  let zeroDraft: DraftVersion;
  let working: DraftVersion;
  let rev1: DraftVersion;

  const op = (versionId: string, revision: number, operation: VersionOperation, token = secretariat) =>
    t.http.post(`/api/versions/${versionId}/operations`, { revision, operation }, { token });

  /** Applies an edit that must succeed and keeps `working` current. */
  async function edit(operation: VersionOperation): Promise<DraftVersion> {
    const res = await op(working.id, working.revision, operation);
    expect({ status: res.status, body: res.status === 200 ? 'ok' : res.body }).toEqual({ status: 200, body: 'ok' });
    expect(res.body.revision).toBe(working.revision + 1);
    working = res.body as DraftVersion;
    return working;
  }

  async function importText(name: string, text: string, draft = draftId) {
    const upload = await t.http.upload(`/api/drafts/${draft}/imports`, { name, bytes: text }, { token: secretariat });
    expect(upload.status).toBe(202);
    return settledImport(t, upload.body.id as string, secretariat);
  }

  beforeAll(async () => {
    t = await startTestApp();
    worker = await startWorker(t);
    processId = await createProcess(t.models);
    const state = await createDelegation(t.models);
    const sec = await createUser(t.models, { name: 'Secretariat, Officer "One"' });
    secretariatName = 'Secretariat, Officer "One"';
    await addMembership(t.models, processId, sec.id, 'secretariat');
    secretariat = (await login(t.http, sec.email)).token;
    const del = await createUser(t.models);
    await addMembership(t.models, processId, del.id, 'delegate', state);
    delegate = (await login(t.http, del.email)).token;
    const other = await createProcess(t.models);
    const out = await createUser(t.models);
    await addMembership(t.models, other, out.id, 'secretariat');
    outsider = (await login(t.http, out.email)).token;
  });
  afterAll(async () => {
    await worker?.stop();
    await t?.close();
  });

  it('creates a draft with an empty working version (secretariat only)', async () => {
    const res = await t.http.post(
      `/api/processes/${processId}/drafts`,
      { title: 'Regional Agenda' },
      { token: secretariat },
    );
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      processId,
      title: 'Regional Agenda',
      versions: [{ id: expect.any(String), label: 'Working version', status: 'working', publishedAt: null }],
    });
    draftId = res.body.id;
    const version = await t.http.get(`/api/versions/${res.body.versions[0].id}`, { token: secretariat });
    expect(version.body).toMatchObject({ status: 'working', revision: 0, sections: [] });

    const again = await t.http.post(
      `/api/processes/${processId}/drafts`,
      { title: 'Regional Agenda' },
      { token: secretariat },
    );
    expect({ status: again.status, code: again.body.code }).toEqual({ status: 409, code: ErrorCode.Conflict });
    const byDelegate = await t.http.post(`/api/processes/${processId}/drafts`, { title: 'Mine' }, { token: delegate });
    expect(byDelegate.status).toBe(403);
    const bad = await t.http.post(`/api/processes/${processId}/drafts`, { title: '  ' }, { token: secretariat });
    expect({ status: bad.status, code: bad.body.code }).toEqual({ status: 400, code: ErrorCode.ValidationFailed });
    const empty = await t.http.post(
      `/api/versions/${res.body.versions[0].id as string}/publish`,
      { revision: 0, label: 'Zero draft' },
      { token: secretariat },
    );
    expect({ status: empty.status, code: empty.body.code }).toEqual({ status: 400, code: ErrorCode.OperationInvalid });
    // Delegates see the draft, not its working version.
    const seen = await t.http.get(`/api/drafts/${draftId}`, { token: delegate });
    expect(seen.body.versions).toEqual([]);
  });

  it('imports A/59/377 keeping its paragraph numbers, previews it and accepts it', async () => {
    const job = await importText('a-59-377-excerpt.txt', readCorpus('a-59-377-excerpt.txt'));
    expect(job).toMatchObject({ status: 'ready', progress: 100, format: 'text', error: null, versionId: null });
    const preview = job.preview as {
      sections: { heading: string; paragraphs: { number: string; text: string; matchedKey: string | null }[] }[];
      stats: { paragraphs: number; matched: number; added: number };
      warnings: ImportWarning[];
    };
    expect(preview.sections[0]?.heading).toMatch(/rights-based migration management/);
    const numbers = preview.sections.flatMap((s) => s.paragraphs.map((p) => p.number));
    expect(numbers).toEqual(['47', '48', '49']);
    expect(preview.stats).toMatchObject({ paragraphs: 3, matched: 0, added: 3 });
    expect(preview.warnings).toContainEqual({
      code: 'document_symbol_left_out',
      params: { symbol: expect.stringContaining('A/59/377') },
    });

    const accepted = await t.http.post(`/api/imports/${job.id as string}/accept`, {}, { token: secretariat });
    expect(accepted.status).toBe(200);
    working = accepted.body as DraftVersion;
    expect(working).toMatchObject({ status: 'working', revision: 1, publishedAt: null });
    expect(paragraphsOf(working).map((p) => p.number)).toEqual(['47', '48', '49']);
    expect(paragraphsOf(working)[0]?.text).toMatch(/^Exploring new forms of migration management/);
    const keys = paragraphsOf(working).map((p) => p.key);
    expect(new Set(keys).size).toBe(3);

    const after = await t.http.get(`/api/imports/${job.id as string}`, { token: secretariat });
    expect(after.body).toMatchObject({ status: 'accepted', versionId: working.id });
    expect(await t.models.importFiles.countDocuments({ _id: job.id as string })).toBe(0);
  });

  it('publishes it as the Zero draft and starts the next working version with the same keys', async () => {
    const res = await t.http.post(
      `/api/versions/${working.id}/publish`,
      { revision: working.revision, label: 'Zero draft' },
      { token: secretariat },
    );
    expect(res.status).toBe(200);
    zeroDraft = res.body.published;
    expect(zeroDraft).toMatchObject({ id: working.id, label: 'Zero draft', status: 'published' });
    expect(Date.parse(zeroDraft.publishedAt ?? '')).toBeGreaterThan(Date.now() - 60_000);
    const next = res.body.working as DraftVersion;
    expect(next).toMatchObject({ status: 'working', revision: 0, label: 'Working version' });
    expect(next.id).not.toBe(zeroDraft.id);
    expect(next.sections).toEqual(zeroDraft.sections);
    working = next;

    const draft = await t.http.get(`/api/drafts/${draftId}`, { token: secretariat });
    expect((draft.body.versions as { label: string; status: string }[]).map((v) => `${v.label}/${v.status}`)).toEqual([
      'Zero draft/published',
      'Working version/working',
    ]);
    const delegateView = await t.http.get(`/api/drafts/${draftId}`, { token: delegate });
    expect((delegateView.body.versions as { id: string }[]).map((v) => v.id)).toEqual([zeroDraft.id]);
    expect((await t.http.get(`/api/versions/${zeroDraft.id}`, { token: delegate })).status).toBe(200);
    expect((await t.http.get(`/api/versions/${working.id}`, { token: delegate })).status).toBe(404);

    // Labels are unique per draft, whatever the case.
    const twice = await t.http.post(
      `/api/versions/${working.id}/publish`,
      { revision: 0, label: 'zero DRAFT' },
      { token: secretariat },
    );
    expect({ status: twice.status, code: twice.body.code }).toEqual({ status: 409, code: ErrorCode.Conflict });
  });

  it('edits the working version with every operation, keeping keys and renumbering', async () => {
    const [k47, k48, k49] = paragraphsOf(working).map((p) => p.key) as [string, string, string];
    const s1 = working.sections[0].key;

    await edit({
      type: 'edit_paragraph',
      key: k47,
      text: 'Exploring new and better forms of migration management is a priority.',
    });
    await edit({
      type: 'add_paragraph',
      sectionKey: s1,
      afterKey: k48,
      text: 'Regional consultations shall meet twice a year.',
    });
    const added = paragraphsOf(working).find((p) => p.text.startsWith('Regional consultations'))!;
    expect(paragraphsOf(working).map((p) => p.number)).toEqual(['47', '48', '49', '50']);
    expect(paragraphsOf(working).map((p) => p.key)).toEqual([k47, k48, added.key, k49]);

    const long = paragraphsOf(working).find((p) => p.key === k49)!;
    const at = long.text.indexOf('. ', 40) + 2;
    await edit({ type: 'split_paragraph', key: k49, at });
    expect(paragraphsOf(working)).toHaveLength(5);
    expect(paragraphsOf(working).some((p) => p.key === k49)).toBe(true);
    const [first, second] = paragraphsOf(working).slice(3);
    await edit({ type: 'merge_paragraphs', key: first.key, nextKey: second.key });
    expect(paragraphsOf(working)).toHaveLength(4);
    expect(paragraphsOf(working)[3]).toMatchObject({ key: k49 });

    await edit({ type: 'add_section', afterSectionKey: s1, heading: 'D. Regional consultations' });
    const s2 = working.sections[1].key;
    await edit({ type: 'move_paragraph', key: added.key, toSectionKey: s2, afterKey: null });
    expect(working.sections[1].paragraphs.map((p) => p.key)).toEqual([added.key]);
    expect(paragraphsOf(working).map((p) => p.number)).toEqual(['47', '48', '49', '50']);
    await edit({ type: 'rename_section', sectionKey: s2, heading: 'D. Regional and global consultations' });
    await edit({ type: 'move_section', sectionKey: s2, afterSectionKey: null });
    await edit({ type: 'move_section', sectionKey: s2, afterSectionKey: s1 });
    expect(working.sections.map((s) => s.key)).toEqual([s1, s2]);

    await edit({ type: 'add_section', afterSectionKey: s2, heading: 'E. Temporary' });
    const s3 = working.sections[2].key;
    await edit({ type: 'add_paragraph', sectionKey: s3, afterKey: null, text: 'To be removed.' });
    const notEmpty = await op(working.id, working.revision, { type: 'delete_section', sectionKey: s3 });
    expect({ status: notEmpty.status, code: notEmpty.body.code }).toEqual({
      status: 409,
      code: ErrorCode.SectionNotEmpty,
    });
    await edit({ type: 'delete_paragraph', key: working.sections[2].paragraphs[0].key });
    await edit({ type: 'delete_section', sectionKey: s3 });
    expect(working.sections).toHaveLength(2);

    // Bad operations are refused with their code and change nothing.
    const unknown = await op(working.id, working.revision, { type: 'delete_paragraph', key: 'no-such-key' });
    expect({ status: unknown.status, code: unknown.body.code }).toEqual({
      status: 404,
      code: ErrorCode.ParagraphNotFound,
    });
    const invalid = await t.http.post(
      `/api/versions/${working.id}/operations`,
      { revision: working.revision, operation: { type: 'edit_paragraph', key: k47, text: '' } },
      { token: secretariat },
    );
    expect({ status: invalid.status, code: invalid.body.code }).toEqual({
      status: 400,
      code: ErrorCode.ValidationFailed,
    });
    const byDelegate = await op(working.id, working.revision, { type: 'delete_paragraph', key: k47 }, delegate);
    expect(byDelegate.status).toBe(404);
    const current = await t.http.get(`/api/versions/${working.id}`, { token: secretariat });
    expect(current.body).toEqual(working);
  });

  it('lets exactly one of two concurrent edits on the same revision through; the other gets 409 with the current version', async () => {
    const key = paragraphsOf(working)[1].key;
    for (let attempt = 0; attempt < 5; attempt++) {
      const revision = working.revision;
      const texts = [`Text A of attempt ${attempt}.`, `Text B of attempt ${attempt}.`];
      const results = await Promise.all(
        texts.map((text) => op(working.id, revision, { type: 'edit_paragraph', key, text })),
      );
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      const winner = results.find((r) => r.status === 200)!;
      const loser = results.find((r) => r.status === 409)!;
      const stale = staleVersionBodySchema.parse(loser.body);
      expect(stale.current.revision).toBe(revision + 1);
      expect(stale.current).toEqual(winner.body);
      working = winner.body as DraftVersion;
    }
    const stored = await t.http.get(`/api/versions/${working.id}`, { token: secretariat });
    expect(stored.body.revision).toBe(working.revision);
    expect(paragraphsOf(stored.body as DraftVersion)[1].text).toBe(paragraphsOf(working)[1].text);

    const late = await op(working.id, working.revision - 3, { type: 'edit_paragraph', key, text: 'Too late.' });
    expect(late.status).toBe(409);
    expect(staleVersionBodySchema.parse(late.body).current.revision).toBe(working.revision);
  });

  it('publishes Rev.1 and refuses every write to a published version', async () => {
    const stale = await t.http.post(
      `/api/versions/${working.id}/publish`,
      { revision: working.revision - 1, label: 'Rev.1' },
      { token: secretariat },
    );
    expect(stale.status).toBe(409);
    expect(staleVersionBodySchema.parse(stale.body).current.id).toBe(working.id);

    const res = await t.http.post(
      `/api/versions/${working.id}/publish`,
      { revision: working.revision, label: 'Rev.1' },
      { token: secretariat },
    );
    expect(res.status).toBe(200);
    rev1 = res.body.published;
    working = res.body.working;
    expect(rev1).toMatchObject({ label: 'Rev.1', status: 'published' });

    for (const version of [rev1, zeroDraft]) {
      const write = await op(version.id, version.revision, {
        type: 'edit_paragraph',
        key: paragraphsOf(version)[0].key,
        text: 'x',
      });
      expect({ status: write.status, code: write.body.code }).toEqual({
        status: 409,
        code: ErrorCode.VersionPublished,
      });
      const republish = await t.http.post(
        `/api/versions/${version.id}/publish`,
        { revision: version.revision, label: 'Rev.9' },
        { token: secretariat },
      );
      expect({ status: republish.status, code: republish.body.code }).toEqual({
        status: 409,
        code: ErrorCode.VersionPublished,
      });
    }
    const unchanged = await t.http.get(`/api/versions/${zeroDraft.id}`, { token: secretariat });
    expect(unchanged.body).toEqual(zeroDraft);
  });

  it('compares the Zero draft with Rev.1: modified, added and moved paragraphs with word changes', async () => {
    const res = await t.http.get(`/api/drafts/${draftId}/compare?from=${zeroDraft.id}&to=${rev1.id}`, {
      token: delegate,
    });
    expect(res.status).toBe(200);
    expect(res.body.from).toEqual({ id: zeroDraft.id, label: 'Zero draft' });
    expect(res.body.to).toEqual({ id: rev1.id, label: 'Rev.1' });
    const byKey = new Map(
      (
        res.body.paragraphs as { key: string; kind: string; moved: boolean; changes: { op: string; text: string }[] }[]
      ).map((p) => [p.key, p]),
    );
    const [k47, , k49] = paragraphsOf(zeroDraft).map((p) => p.key) as [string, string, string];
    expect(byKey.get(k47)).toMatchObject({ kind: 'modified' });
    expect(byKey.get(k47)!.changes.some((c) => c.op === 'insert' && /better/.test(c.text))).toBe(true);
    const addedKey = rev1.sections[1].paragraphs[0].key;
    expect(byKey.get(addedKey)).toMatchObject({ kind: 'added', fromText: null });
    expect(byKey.get(k49)).toMatchObject({ kind: 'unchanged' });
    expect(res.body.stats).toMatchObject({ added: 1, removed: 0 });
    expect(res.body.stats.modified).toBeGreaterThanOrEqual(2);
    expect(res.body.sections).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'added', toHeading: 'D. Regional and global consultations' }),
      ]),
    );
    // The moved paragraph: Rev.1 against a version where it sits in the first section.
    const back = await t.http.get(`/api/drafts/${draftId}/compare?from=${rev1.id}&to=${working.id}`, {
      token: secretariat,
    });
    expect(back.status).toBe(200);

    const other = await t.http.post(
      `/api/processes/${processId}/drafts`,
      { title: 'Other draft' },
      { token: secretariat },
    );
    const otherVersion = other.body.versions[0].id as string;
    const mixed = await t.http.get(`/api/drafts/${draftId}/compare?from=${zeroDraft.id}&to=${otherVersion}`, {
      token: secretariat,
    });
    expect({ status: mixed.status, code: mixed.body.code }).toEqual({
      status: 400,
      code: ErrorCode.CompareDifferentDrafts,
    });
    const hiddenWorking = await t.http.get(`/api/drafts/${draftId}/compare?from=${zeroDraft.id}&to=${working.id}`, {
      token: delegate,
    });
    expect(hiddenWorking.status).toBe(404);
    const missing = await t.http.get(`/api/drafts/${draftId}/compare?from=${zeroDraft.id}`, { token: delegate });
    expect({ status: missing.status, code: missing.body.code }).toEqual({
      status: 400,
      code: ErrorCode.ValidationFailed,
    });
  });

  it('detects a moved paragraph', async () => {
    // Move the last paragraph of the first section to the top of the draft, publish, compare.
    const first = working.sections[0];
    const last = first.paragraphs[first.paragraphs.length - 1];
    await edit({ type: 'move_paragraph', key: last.key, toSectionKey: first.key, afterKey: null });
    const published = await t.http.post(
      `/api/versions/${working.id}/publish`,
      { revision: working.revision, label: 'Rev.2' },
      { token: secretariat },
    );
    expect(published.status).toBe(200);
    const rev2 = published.body.published as DraftVersion;
    working = published.body.working;
    const res = await t.http.get(`/api/drafts/${draftId}/compare?from=${rev1.id}&to=${rev2.id}`, { token: delegate });
    const moved = (res.body.paragraphs as { key: string; moved: boolean; renumbered: boolean }[]).filter(
      (p) => p.moved,
    );
    expect(moved.map((p) => p.key)).toEqual([last.key]);
    expect(res.body.stats.renumbered).toBeGreaterThanOrEqual(1);
  });

  it('imports a revised text as the next version, matching keys, with a hand correction', async () => {
    const base = paragraphsOf(working);
    const [pA, pB, pC, pD] = base as [
      (typeof base)[number],
      (typeof base)[number],
      (typeof base)[number],
      (typeof base)[number],
    ];
    // pA unchanged, pB lightly edited, pC replaced by a rewrite the matcher cannot recognise,
    // pD removed, one new paragraph; numbers as the revised document has them.
    const rewrite = 'A wholly rewritten statement on cooperation among the regional processes and their secretariats.';
    const text = [
      '# Revised agenda',
      '',
      `1. ${pA.text}`,
      '',
      `2. ${pB.text.replace(/\.$/, '')}, in full respect of human rights.`,
      '',
      `3. ${rewrite}`,
      '',
      '4. States will review progress every two years.',
      '',
    ].join('\n');
    const job = await importText('revised.md', text);
    expect(job.status).toBe('ready');
    const preview = job.preview as {
      sections: {
        paragraphs: { index: number; number: string; matchedKey: string | null; similarity: number | null }[];
      }[];
      stats: { matched: number; removedKeys: string[] };
      previous: { key: string }[];
    };
    const rows = preview.sections.flatMap((s) => s.paragraphs);
    expect(rows.map((r) => r.number)).toEqual(['1', '2', '3', '4']);
    expect(rows[0]).toMatchObject({ matchedKey: pA.key, similarity: 1 });
    expect(rows[1].matchedKey).toBe(pB.key);
    expect(rows[1].similarity).toBeLessThan(1);
    expect(rows[3].matchedKey).toBeNull();
    expect(preview.stats.removedKeys).toEqual(expect.arrayContaining([pD.key]));
    expect(preview.previous.map((p) => p.key)).toEqual(base.map((p) => p.key));

    // The rewrite of pC is the same paragraph: say so by hand.
    const invalid = await t.http.post(
      `/api/imports/${job.id as string}/accept`,
      { keyOverrides: { '2': pA.key } },
      { token: secretariat },
    );
    expect({ status: invalid.status, code: invalid.body.code }).toEqual({
      status: 400,
      code: ErrorCode.ImportKeyOverrideInvalid,
    });
    const accepted = await t.http.post(
      `/api/imports/${job.id as string}/accept`,
      { keyOverrides: { '2': pC.key } },
      { token: secretariat },
    );
    expect(accepted.status).toBe(200);
    const version = accepted.body as DraftVersion;
    expect(version.id).toBe(working.id);
    const keys = paragraphsOf(version).map((p) => p.key);
    expect(keys.slice(0, 3)).toEqual([pA.key, pB.key, pC.key]);
    expect(base.map((p) => p.key)).not.toContain(keys[3]);
    expect(keys).not.toContain(pD.key);
    expect(paragraphsOf(version)[2].text).toBe(rewrite);
    working = version;

    // The working version now has changes: a new import replaces it only when asked to.
    const again = await importText('revised-again.md', text.replace('two years', 'three years'));
    const refused = await t.http.post(`/api/imports/${again.id as string}/accept`, {}, { token: secretariat });
    expect({ status: refused.status, code: refused.body.code }).toEqual({
      status: 409,
      code: ErrorCode.WorkingVersionExists,
    });
    const replaced = await t.http.post(
      `/api/imports/${again.id as string}/accept`,
      { replaceWorking: true },
      { token: secretariat },
    );
    expect(replaced.status).toBe(200);
    expect(replaced.body.revision).toBe(working.revision + 1);
    expect(paragraphsOf(replaced.body as DraftVersion)[3].text).toMatch(/three years/);
    working = replaced.body;
  });

  it('imports the unnumbered Berne Initiative summary, numbering its paragraphs', async () => {
    const draft = await t.http.post(
      `/api/processes/${processId}/drafts`,
      { title: 'Berne summary' },
      { token: secretariat },
    );
    const job = await importText(
      'berne-initiative-summary.txt',
      readCorpus('berne-initiative-summary.txt'),
      draft.body.id as string,
    );
    const preview = job.preview as { sections: { paragraphs: { number: string }[] }[]; warnings: ImportWarning[] };
    expect(preview.sections.flatMap((s) => s.paragraphs.map((p) => p.number))).toEqual(['1', '2', '3']);
    expect(preview.warnings).toContainEqual({ code: 'no_paragraph_numbers', params: {} });
  });

  it('records every step in the audit log, listed newest first and exported as CSV', async () => {
    const list = await t.http.get(`/api/processes/${processId}/audit?limit=500`, { token: secretariat });
    expect(list.status).toBe(200);
    const items = list.body.items as {
      id: string;
      action: string;
      actorName: string;
      at: string;
      before: unknown;
      after: unknown;
      context: unknown;
    }[];
    const actions = new Set(items.map((i) => i.action));
    for (const action of [
      'draft.created',
      'import.uploaded',
      'import.accepted',
      'version.published',
      'version.edit_paragraph',
      'version.add_paragraph',
      'version.split_paragraph',
      'version.merge_paragraphs',
      'version.move_paragraph',
      'version.delete_paragraph',
      'version.add_section',
      'version.rename_section',
      'version.move_section',
      'version.delete_section',
    ]) {
      expect({ action, recorded: actions.has(action) }).toEqual({ action, recorded: true });
    }
    expect(items.every((i) => i.actorName === secretariatName)).toBe(true);
    const times = items.map((i) => Date.parse(i.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // Every successful edit is there once, with only the paragraph it touched.
    const edits = items.filter((i) => i.action === 'version.edit_paragraph');
    expect(edits.length).toBe(1 + 5);
    expect(edits.at(-1)).toMatchObject({
      before: { paragraphs: [expect.objectContaining({ number: '47' })] },
      after: { paragraphs: [expect.objectContaining({ text: expect.stringMatching(/better forms/) })] },
    });

    const published = await t.http.get(`/api/processes/${processId}/audit?action=version.published`, {
      token: secretariat,
    });
    expect(itemsOf<{ summary: string }>(published).map((i) => i.summary)).toEqual([
      'Rev.2 published',
      'Rev.1 published',
      'Zero draft published',
    ]);
    const page1 = await t.http.get(`/api/processes/${processId}/audit?limit=2`, { token: secretariat });
    expect(page1.body.items).toHaveLength(2);
    const page2 = await t.http.get(`/api/processes/${processId}/audit?limit=2&cursor=${page1.body.nextCursor}`, {
      token: secretariat,
    });
    expect(itemsOf<{ id: string }>(page2).map((i) => i.id)).toEqual(items.slice(2, 4).map((i) => i.id));
    const badQuery = await t.http.get(`/api/processes/${processId}/audit?limit=0`, { token: secretariat });
    expect(badQuery.status).toBe(400);
    // The filter offers the known actions only: a misspelt or retired code is refused, not a silent empty page.
    for (const action of ['round.close', 'version.published ']) {
      const unknown = await t.http.get(`/api/processes/${processId}/audit?action=${encodeURIComponent(action)}`, {
        token: secretariat,
      });
      expect({ action, status: unknown.status, code: unknown.body.code }).toEqual({
        action,
        status: 400,
        code: 'VALIDATION_FAILED',
      });
      expect(unknown.body.issues).toEqual([expect.objectContaining({ path: 'action' })]);
    }
    // An empty filter (a form's untouched field) filters nothing, in the list and the export alike.
    const blank = await t.http.get(
      `/api/processes/${processId}/audit?action=&actorId=&targetId=&from=&to=&cursor=&limit=`,
      { token: secretariat },
    );
    expect(blank.status).toBe(200);
    const unfiltered = await t.http.get(`/api/processes/${processId}/audit`, { token: secretariat });
    expect(itemsOf<{ id: string }>(blank).map((i) => i.id)).toEqual(
      itemsOf<{ id: string }>(unfiltered).map((i) => i.id),
    );
    const blankCsv = await t.http.get(`/api/processes/${processId}/audit.csv?action=&from=`, { token: secretariat });
    expect(blankCsv.status).toBe(200);
    expect(blankCsv.body).toBe(
      (await t.http.get(`/api/processes/${processId}/audit.csv`, { token: secretariat })).body,
    );
    const unknownCsv = await t.http.get(`/api/processes/${processId}/audit.csv?action=round.close`, {
      token: secretariat,
    });
    expect(unknownCsv.status).toBe(400);
    // New entries carry what a summary in the reader's language needs.
    expect(items.find((i) => i.action === 'version.published')).toMatchObject({ context: { title: 'Rev.2' } });
    expect(items.find((i) => i.action === 'draft.created')).toMatchObject({ context: { title: expect.any(String) } });

    const csv = await t.http.get(`/api/processes/${processId}/audit.csv?action=version.published`, {
      token: secretariat,
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const text = (csv.body as string).replace(/^\uFEFF/, '');
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'at,actor_id,actor_name,action,action_label,target_type,target_id,summary,before,after,automatic',
    );
    expect(lines).toHaveLength(4);
    // The actor's name holds a comma and quotes: quoted, with the quotes doubled.
    expect(lines[1]).toContain(',"Secretariat, Officer ""One""",version.published,Version published,version,');
    expect(lines[1]).toContain(',Rev.2 published,');

    expect((await t.http.get(`/api/processes/${processId}/audit`, { token: delegate })).status).toBe(403);
    expect((await t.http.get(`/api/processes/${processId}/audit.csv`, { token: delegate })).status).toBe(403);
  });

  it("hides all of it from another process's member (404)", async () => {
    const job = await t.models.imports.findOne({ draftId }).lean().exec();
    const requests: [string, string, unknown?][] = [
      ['GET', `/api/drafts/${draftId}`],
      ['POST', `/api/processes/${processId}/drafts`, { title: 'Intruder' }],
      ['GET', `/api/processes/${processId}/drafts`],
      ['GET', `/api/versions/${zeroDraft.id}`],
      [
        'POST',
        `/api/versions/${working.id}/operations`,
        { revision: working.revision, operation: { type: 'delete_paragraph', key: 'x' } },
      ],
      ['POST', `/api/versions/${working.id}/publish`, { revision: working.revision, label: 'Hijack' }],
      ['GET', `/api/drafts/${draftId}/compare?from=${zeroDraft.id}&to=${rev1.id}`],
      ['GET', `/api/imports/${job!._id.toHexString()}`],
      ['POST', `/api/imports/${job!._id.toHexString()}/accept`, {}],
      ['POST', `/api/imports/${job!._id.toHexString()}/discard`],
      ['GET', `/api/processes/${processId}/audit`],
      ['GET', `/api/processes/${processId}/audit.csv`],
    ];
    for (const [method, path, body] of requests) {
      const res = await t.http.request(method, path, body, { token: outsider });
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
    }
    const upload = await t.http.upload(
      `/api/drafts/${draftId}/imports`,
      { name: 'x.txt', bytes: '1. x' },
      { token: outsider },
    );
    expect(upload.status).toBe(404);
  });
});
