import { randomUUID } from 'node:crypto';
import { type Annotation, ErrorCode, type Language } from '@concordia/contracts';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { Types } from 'mongoose';
import { COMPILATION_LABELS } from './exports/compilation-labels';
import { openRound, setUpNegotiation, TEXTS, type Negotiation, type Person } from '../annotations/test/negotiation';
import { SETUP_TIMEOUT_MS } from '../test/deadlines';
import { addMembership, createUser, login } from '../test/fixtures';
import { startTestApp, type TestApp } from '../test/test-app';

describe('position exports', () => {
  let t: TestApp;
  let n: Negotiation;
  let keys: string[];
  let amendment: Annotation;
  /** Members of the process's secretariat who read French (in Paris) and Spanish (zone never set). */
  let french: Person;
  let spanish: Person;

  const download = async (who: Person, path: string) => {
    const res = await fetch(`${t.baseUrl}/api/rounds/${n.round.id}/positions/${path}`, {
      headers: { authorization: `Bearer ${who.token}` },
    });
    return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
  };
  /** A workbook's sheets by name, each as its rows of values. */
  const sheetsOf = async (bytes: Buffer) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const rows = (name: string) => {
      const found: unknown[][] = [];
      workbook.getWorksheet(name)?.eachRow((row) => found.push((row.values as unknown[]).slice(1)));
      return found;
    };
    return { workbook, names: workbook.worksheets.map((sheet) => sheet.name), rows };
  };
  const textOf = async (who: Person) =>
    (await mammoth.extractRawText({ buffer: (await download(who, 'compilation.docx')).bytes })).value;
  const secretariatReading = async (language: Language, timeZone?: string): Promise<Person> => {
    const user = await createUser(t.models);
    await t.models.users.updateOne({ _id: user.id }, { $set: { language, ...(timeZone ? { timeZone } : {}) } }).exec();
    await addMembership(t.models, n.processId, user.id, 'secretariat');
    return { id: user.id, token: (await login(t.http, user.email)).token };
  };
  const record = async (
    who: Person,
    delegationId: string,
    key: string,
    body: Record<string, unknown>,
    roundId = n.round.id,
  ) => {
    const res = await t.http.post(
      `/api/rounds/${roundId}/positions`,
      { delegationId, paragraphKey: key, ...body },
      { token: who.token },
    );
    expect(res.status).toBe(201);
  };

  beforeAll(async () => {
    t = await startTestApp();
    n = await setUpNegotiation(t);
    keys = n.published.sections[0].paragraphs.map((p) => p.key);
    await t.models.delegations.updateOne({ _id: n.a.id }, { $set: { region: 'Americas' } }).exec();
    await t.models.delegations.updateOne({ _id: n.b.id }, { $set: { region: 'Europe' } }).exec();
    const created = await t.http.post(
      '/api/annotations',
      {
        clientId: randomUUID(),
        roundId: n.round.id,
        paragraphKey: keys[0],
        kind: 'amendment',
        body: 'Say it more firmly',
        amendment: { operation: 'replace', text: 'must cooperate fully' },
      },
      { token: n.delegateB.token },
    );
    amendment = created.body as Annotation;
    await t.http.post(
      `/api/annotations/${amendment.id}/replies`,
      { clientId: randomUUID(), body: 'We could live with that' },
      { token: n.delegateA.token },
    );
    await t.http.put(
      `/api/annotations/${amendment.id}/disposition`,
      { value: 'partly_accepted', reason: 'Kept the first half' },
      { token: n.secretariat.token },
    );
    await t.http.post(
      '/api/annotations',
      {
        clientId: randomUUID(),
        roundId: n.round.id,
        paragraphKey: keys[1],
        kind: 'comment',
        visibility: 'delegation',
        body: 'Internal to A only',
      },
      { token: n.delegateA.token },
    );
    await record(n.headA, n.a.id, keys[0], {
      value: 'support_with_amendments',
      amendmentIds: [amendment.id],
      statement: 'With the amendment of B',
    });
    await record(n.headB, n.b.id, keys[0], { value: 'support' });
    await record(n.headB, n.b.id, keys[1], { value: 'reservation' });
    await record(n.headB, n.b.id, keys[1], { value: 'objection', statement: 'We cannot accept this' });
    const second = await openRound(
      t,
      n.processId,
      n.published.id,
      n.chair.id,
      [n.a.id, n.b.id],
      n.secretariat.token,
      'Second: reading/2',
    );
    await record(n.headB, n.b.id, keys[1], { value: 'support' }, second.id);
    french = await secretariatReading('fr', 'Europe/Paris');
    spanish = await secretariatReading('es');
  }, SETUP_TIMEOUT_MS);
  afterAll(() => t.close());

  it('exports the matrix as CSV, filters applied, and audits it', async () => {
    const res = await download(n.secretariat, 'export.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(Number(res.headers.get('content-length'))).toBe(res.bytes.length);
    const lines = res.bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const rows = lines.map((l) => l.split(','));
    expect(rows[0]).toEqual(['delegation', 'name', 'region', 'kind', '1', '2', '3']);
    const b = rows.find((r) => r[0] === n.b.code);
    expect(b?.slice(4)).toEqual(['support', 'objection', '']);
    const a = rows.find((r) => r[0] === n.a.code);
    expect(a?.slice(4)).toEqual(['support_with_amendments', '', '']);
    expect(rows.find((r) => r[0] === 'consensus')?.slice(4)).toEqual(['yes', 'no', 'no']);
    expect(rows.find((r) => r[0] === 'count:objection')?.slice(4)).toEqual(['0', '1', '0']);

    const europe = await download(n.secretariat, 'export.csv?region=Europe');
    const codes = europe.bytes
      .toString('utf8')
      .split('\r\n')
      .map((l) => l.split(',')[0]);
    expect(codes).toContain(n.b.code);
    expect(codes).not.toContain(n.a.code);
    expect(await t.models.auditLog.countDocuments({ action: 'positions.exported' })).toBeGreaterThanOrEqual(2);
  });

  it('exports a workbook with a summary sheet and one sheet per round, a matrix frozen on its headers', async () => {
    const res = await download(n.secretariat, 'export.xlsx');
    expect(res.status).toBe(200);
    const { workbook, names, rows } = await sheetsOf(res.bytes);
    expect(names).toEqual(['Summary', 'First reading', 'Second  reading 2']);
    const first = rows('First reading');
    expect(first[0]).toEqual(['Code', 'Delegation', 'Region', 'Kind', '1', '2', '3']);
    expect(first.find((r) => r[0] === n.b.code)?.slice(3, 6)).toEqual(['Member State', 'Support', 'Objection']);
    const summary = rows('Summary');
    expect(summary[0]).toEqual([
      'Round',
      'Paragraph',
      'Support',
      'Support with amendments',
      'Reservation',
      'Objection',
      'No position',
      'Nothing recorded',
      'Consensus',
    ]);
    const secondRound = summary.filter((r) => r[0] === 'Second: reading/2');
    expect(secondRound.map((r) => r[8])).toEqual(['No', 'Yes', 'No']);

    // Still a matrix to work in: headers and delegations stay in view, stances coloured, columns wide enough.
    const sheet = workbook.getWorksheet('First reading')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 1 });
    expect(workbook.getWorksheet('Summary')!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const bRow = sheet.getRows(2, sheet.rowCount - 1)!.find((row) => row.getCell(1).value === n.b.code)!;
    expect(bRow.getCell(6).fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFFA5252' } });
    expect(sheet.getColumn(5).width).toBeGreaterThanOrEqual('Support with amendments'.length);
    const process = await t.models.processes.findById(n.processId).lean().exec();
    expect(workbook.title).toBe(`Position matrix — ${process?.title}`);
  });

  it('writes the workbook in the words of a French and of a Spanish reader', async () => {
    const fr = await sheetsOf((await download(french, 'export.xlsx')).bytes);
    expect(fr.names).toEqual(['Synthèse', 'First reading', 'Second  reading 2']);
    expect(fr.workbook.title).toMatch(/^Matrice des positions — /);
    expect(fr.rows('Synthèse')[0]).toEqual([
      'Cycle',
      'Paragraphe',
      'Soutien',
      'Soutien avec amendements',
      'Réserve',
      'Objection',
      'Pas de position',
      'Rien d’enregistré',
      'Consensus',
    ]);
    expect(
      fr
        .rows('Synthèse')
        .filter((r) => r[0] === 'Second: reading/2')
        .map((r) => r[8]),
    ).toEqual(['Non', 'Oui', 'Non']);
    const frFirst = fr.rows('First reading');
    expect(frFirst[0]?.slice(0, 4)).toEqual(['Code', 'Délégation', 'Région', 'Type']);
    expect(frFirst.find((r) => r[0] === n.a.code)?.slice(3, 5)).toEqual(['État membre', 'Soutien avec amendements']);

    const es = await sheetsOf((await download(spanish, 'export.xlsx')).bytes);
    expect(es.names).toEqual(['Resumen', 'First reading', 'Second  reading 2']);
    expect(es.rows('Resumen')[0]?.slice(0, 4)).toEqual(['Ronda', 'Párrafo', 'Apoyo', 'Apoyo con enmiendas']);
    expect(
      es
        .rows('Resumen')
        .filter((r) => r[0] === 'Second: reading/2')
        .map((r) => r[8]),
    ).toEqual(['No', 'Sí', 'No']);
    expect(
      es
        .rows('First reading')
        .find((r) => r[0] === n.b.code)
        ?.slice(3, 6),
    ).toEqual(['Estado miembro', 'Apoyo', 'Objeción']);
  });

  it('compiles the round as DOCX with texts, positions, comments, amendments and dispositions', async () => {
    const res = await download(n.secretariat, 'compilation.docx');
    expect(res.status).toBe(200);
    const { value: text } = await mammoth.extractRawText({ buffer: res.bytes });
    for (const paragraph of TEXTS) expect(text).toContain(paragraph);
    expect(text).toContain('Support with amendments (1 amendment)');
    expect(text).toContain('We cannot accept this');
    expect(text).toContain('Say it more firmly');
    expect(text).toContain('must cooperate fully');
    expect(text).toContain('We could live with that');
    expect(text).toContain('Disposition: Partly accepted');
    expect(text).toContain('Reason: Kept the first half');
    expect(text).toContain('Proposed text (replacement): must cooperate fully');
    expect(text).not.toContain('Internal to A only');
    // Paragraph 1 comes before paragraph 2, each with its own positions.
    expect(text.indexOf(TEXTS[0])).toBeLessThan(text.indexOf('We cannot accept this'));
  });

  it('writes the compilation in the words, dates and time zone of a French and of a Spanish reader', async () => {
    const fr = await textOf(french);
    for (const paragraph of TEXTS) expect(fr).toContain(paragraph);
    expect(fr).toContain('Paragraphe 1');
    expect(fr).toContain('Commentaires et amendements');
    expect(fr).toContain('Délégation');
    expect(fr).toContain('Enregistrée par');
    expect(fr).toContain('Soutien avec amendements (1 amendement)');
    expect(fr).toContain('Objection');
    expect(fr).toContain('Amendement — ');
    expect(fr).toContain('Texte proposé (remplacement)\u00a0: must cooperate fully');
    expect(fr).toContain('Suite donnée\u00a0: Accepté en partie');
    expect(fr).toContain('Motif\u00a0: Kept the first half');
    // Compiled at a time of Paris, named as such, in French.
    expect(fr).toMatch(
      /First reading — compilation du \S+ \p{L}+ \d{4} à \d{1,2}:\d{2} heure (normale|d’été) d’Europe centrale/u,
    );
    expect(fr).not.toMatch(/Support|Partly accepted|Disposition|Paragraph 1/);

    const es = await textOf(spanish);
    expect(es).toContain('Párrafo 1');
    expect(es).toContain('Comentarios y enmiendas');
    expect(es).toContain('Apoyo con enmiendas (1 enmienda)');
    expect(es).toContain('Enmienda — ');
    expect(es).toContain('Texto propuesto (sustitución): must cooperate fully');
    expect(es).toContain('Decisión: Aceptado en parte');
    expect(es).toContain('Motivo: Kept the first half');
    // A reader without a zone of their own reads the time in UTC, named.
    expect(es).toMatch(
      /First reading — recopilación del \d{1,2} de \p{L}+ de \d{4} a las \d{1,2}:\d{2} tiempo universal coordinado/u,
    );
  });

  it('keeps the words of an annotation the chair hid out of the compilation', async () => {
    const created = await t.http.post(
      '/api/annotations',
      {
        clientId: randomUUID(),
        roundId: n.round.id,
        paragraphKey: keys[1],
        kind: 'comment',
        body: 'Words the chair will hide',
      },
      { token: n.delegateA.token },
    );
    expect(created.status).toBe(201);
    const hidden = await t.http.post(
      `/api/annotations/${(created.body as Annotation).id}/hide`,
      { reason: 'Off topic' },
      { token: n.chair.token },
    );
    expect(hidden.status).toBe(200);
    const { value: text } = await mammoth.extractRawText({
      buffer: (await download(n.secretariat, 'compilation.docx')).bytes,
    });
    expect(text).not.toContain('Words the chair will hide');
    expect(text).toContain(COMPILATION_LABELS.en.hiddenByChair);
    expect(await textOf(french)).toContain(COMPILATION_LABELS.fr.hiddenByChair);
    expect(text).toContain('Say it more firmly');
  });

  it('says a comment awaits a disposition, never a question or reservation, which show one only if they got it before', async () => {
    const post = async (who: Person, kind: string, body: string) => {
      const res = await t.http.post(
        '/api/annotations',
        { clientId: randomUUID(), roundId: n.round.id, paragraphKey: keys[2], kind, body },
        { token: who.token },
      );
      expect(res.status).toBe(201);
      return res.body as Annotation;
    };
    await post(n.delegateA, 'question', 'Why three years and not five?');
    const reserved = await post(n.delegateB, 'reservation', 'We reserve our position on the whole paragraph');
    await post(n.delegateB, 'comment', 'A last comment, still awaiting its disposition');
    // A disposition on file from before only comments and amendments took one.
    await t.models.annotationDispositions.collection.insertOne({
      annotationId: new Types.ObjectId(reserved.id),
      processId: new Types.ObjectId(n.processId),
      value: 'not_retained',
      reason: 'Recorded in the report',
      byUserId: new Types.ObjectId(n.secretariat.id),
      byName: 'Secretariat',
      at: new Date(),
    });
    const { value: text } = await mammoth.extractRawText({
      buffer: (await download(n.secretariat, 'compilation.docx')).bytes,
    });
    // The last paragraph holds these three alone, in the order they were written.
    const last = text.slice(text.indexOf('Why three years and not five?'));
    expect(last.match(/Disposition: [^\n]+/g)).toEqual([
      'Disposition: Not retained (Secretariat)',
      'Disposition: pending',
    ]);
    expect(last).toContain('Reason: Recorded in the report');
  });

  it('keeps exports to the secretariat', async () => {
    for (const who of [n.headA, n.delegateB, n.chair, n.observer]) {
      const res = await t.http.get(`/api/rounds/${n.round.id}/positions/export.csv`, { token: who.token });
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 403, code: ErrorCode.Forbidden });
    }
    const res = await t.http.get(`/api/rounds/${n.round.id}/positions/compilation.docx`, { token: n.outsider.token });
    expect(res.status).toBe(404);
  });
});
