import { randomUUID } from 'node:crypto';
import { type Annotation, ErrorCode } from '@concordia/contracts';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { HIDDEN_BY_CHAIR } from './exports/compiled-annotations';
import { openRound, setUpNegotiation, TEXTS, type Negotiation, type Person } from '../annotations/test/negotiation';
import { SETUP_TIMEOUT_MS } from '../test/deadlines';
import { startTestApp, type TestApp } from '../test/test-app';

describe('position exports', () => {
  let t: TestApp;
  let n: Negotiation;
  let keys: string[];
  let amendment: Annotation;

  const download = async (who: Person, path: string) => {
    const res = await fetch(`${t.baseUrl}/api/rounds/${n.round.id}/positions/${path}`, {
      headers: { authorization: `Bearer ${who.token}` },
    });
    return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
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

  it('exports a workbook with a summary sheet and one sheet per round', async () => {
    const res = await download(n.secretariat, 'export.xlsx');
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Summary', 'First reading', 'Second  reading 2']);
    const first = workbook.getWorksheet('First reading');
    const rowOf = (code: string) => {
      let found: unknown[] = [];
      first?.eachRow((row) => {
        const values = (row.values as unknown[]).slice(1);
        if (values[0] === code) found = values;
      });
      return found;
    };
    expect(rowOf(n.b.code).slice(4, 6)).toEqual(['support', 'objection']);
    const summary: unknown[][] = [];
    workbook.getWorksheet('Summary')?.eachRow((row) => summary.push((row.values as unknown[]).slice(1)));
    expect(summary[0]).toEqual([
      'round',
      'paragraph',
      'support',
      'support_with_amendments',
      'reservation',
      'objection',
      'no_position',
      'none',
      'consensus',
    ]);
    const secondRound = summary.filter((r) => r[0] === 'Second: reading/2');
    expect(secondRound.map((r) => r[8])).toEqual(['no', 'yes', 'no']);
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
    expect(text).toContain('Partly accepted');
    expect(text).toContain('Kept the first half');
    expect(text).not.toContain('Internal to A only');
    // Paragraph 1 comes before paragraph 2, each with its own positions.
    expect(text.indexOf(TEXTS[0])).toBeLessThan(text.indexOf('We cannot accept this'));
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
    expect(text).toContain(HIDDEN_BY_CHAIR);
    expect(text).toContain('Say it more firmly');
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
