import { randomUUID } from 'node:crypto';
import { type Annotation, type AnnotationList, ErrorCode } from '@concordia/contracts';
import type { RoundRecord } from '@concordia/dal';
import mammoth from 'mammoth';
import { ProcessAccessService } from '../authz/process-access.service';
import {
  postAnnotation,
  postReply,
  setUpNegotiation,
  type Negotiation,
  type Person,
} from '../annotations/test/negotiation';
import { SETUP_TIMEOUT_MS } from '../test/deadlines';
import { addMembership, createUser, login } from '../test/fixtures';
import { startTestApp, type TestApp } from '../test/test-app';
import { COMPILATION_LABELS } from './exports/compilation-labels';
import { ExportPositionsUseCase } from './usecases/export-positions.usecase';

/**
 * The compilation reads a round's annotations through the list's visibility rules, not a rule
 * of its own: what it holds is what its reader's list holds (open threads of the round, hidden
 * words left out), whoever that reader is; and only the process's secretariat exports it.
 */
describe('the compilation and the visibility of annotations', () => {
  let t: TestApp;
  let n: Negotiation;
  let key: string;
  /** Every body this spec wrote, to check what the compilation leaves out. */
  const written: string[] = [];

  const annotate = async (who: Person, body: string, fields: Record<string, unknown> = {}) => {
    written.push(body);
    return postAnnotation(t, who, { roundId: n.round.id, paragraphKey: key }, { body, ...fields });
  };
  const reply = (who: Person, to: Annotation, body: string) => {
    written.push(body);
    return postReply(t, who, to, body);
  };
  const act = async (who: Person, path: string, body?: unknown) => {
    const res = await t.http.post(`/api/annotations/${path}`, body ?? {}, { token: who.token });
    expect(res.status).toBe(200);
  };

  /** The words of the open annotations of the round that `who`'s own list shows, hidden ones aside. */
  const wordsOfList = async (who: Person): Promise<string[]> => {
    const res = await t.http.get(`/api/rounds/${n.round.id}/annotations`, { token: who.token });
    expect(res.status).toBe(200);
    return (res.body as AnnotationList).items
      .filter((a) => a.roundId === n.round.id && a.status === 'open' && !a.moderation)
      .map((a) => a.body)
      .sort();
  };
  const compiledText = async (who: Person) => {
    const res = await fetch(`${t.baseUrl}/api/rounds/${n.round.id}/positions/compilation.docx`, {
      headers: { authorization: `Bearer ${who.token}` },
    });
    expect(res.status).toBe(200);
    return (await mammoth.extractRawText({ buffer: Buffer.from(await res.arrayBuffer()) })).value;
  };

  beforeAll(async () => {
    t = await startTestApp();
    n = await setUpNegotiation(t);
    key = n.published.sections[0].paragraphs[0].key;
    const roundNote = await annotate(n.delegateA, 'Round note by A');
    await annotate(n.delegateA, 'Internal note of A', { visibility: 'delegation' });
    const toSecretariat = await annotate(n.delegateA, 'A tells the secretariat', { visibility: 'secretariat' });
    await reply(n.secretariat, toSecretariat, 'The secretariat answers A');
    await annotate(n.delegateB, 'B tells the secretariat', { visibility: 'secretariat' });
    await annotate(n.delegateB, 'Internal note of B', { visibility: 'delegation' });
    await act(n.delegateB, `${(await annotate(n.delegateB, 'Words B withdrew')).id}/withdraw`);
    await act(n.delegateB, `${(await reply(n.delegateB, roundNote, 'A reply B withdrew')).id}/withdraw`);
    await act(n.chair, `${(await annotate(n.delegateB, 'Words of B the chair hid')).id}/hide`, { reason: 'Off topic' });
    // The secretariat's own list still shows it these words; a document leaving the platform does not.
    const own = await annotate(n.secretariat, 'Words of the secretariat the chair hid');
    await act(n.chair, `${own.id}/hide`, { reason: 'Off topic' });
  }, SETUP_TIMEOUT_MS);
  afterAll(() => t.close());

  it("holds exactly the open, unhidden threads of the round that the secretariat's list shows", async () => {
    const text = await compiledText(n.secretariat);
    const listed = await wordsOfList(n.secretariat);
    expect(listed).toEqual(
      ['A tells the secretariat', 'B tells the secretariat', 'Round note by A', 'The secretariat answers A'].sort(),
    );
    for (const body of written) {
      if (listed.includes(body)) expect(text).toContain(body);
      else expect(text).not.toContain(body);
    }
    // Each hidden annotation keeps its place, without its words.
    expect(text.split(COMPILATION_LABELS.en.hiddenByChair)).toHaveLength(3);
  });

  it("follows each reader's own rule, were the compilation made for another reader", async () => {
    // What the use case would put in the document for a delegation's members: their list, no more.
    const compile = t.app.get(ExportPositionsUseCase);
    const round = (await t.models.rounds.findById(n.round.id).lean<RoundRecord>().exec())!;
    for (const who of [n.delegateA, n.delegateB, n.secretariat]) {
      const user = (await t.models.users.findById(who.id).lean().exec())!;
      const access = await t.app
        .get(ProcessAccessService)
        .resolve(
          { userId: who.id, name: user.name, sessionId: randomUUID(), platformRoles: [] },
          n.processId,
          'annotations.read',
        );
      const compilation = await compile.compile(access, round, { language: 'en', timeZone: 'UTC' });
      const words = compilation.paragraphs
        .flatMap((p) => p.annotations)
        .flatMap((a) => [a, ...a.replies])
        .filter((words) => !words.hidden)
        .map((words) => words.body)
        .sort();
      expect({ who: who.id, words }).toEqual({ who: who.id, words: await wordsOfList(who) });
    }
    // Spelled out for A: its own internal note, its thread with the secretariat, and nothing of B's.
    expect(await wordsOfList(n.delegateA)).toEqual(
      ['A tells the secretariat', 'Internal note of A', 'Round note by A', 'The secretariat answers A'].sort(),
    );
  });

  it('is exported by the secretariat of the process only, admins included', async () => {
    const adminUser = await createUser(t.models, { platformRoles: ['admin'] });
    const admin = { id: adminUser.id, token: (await login(t.http, adminUser.email)).token };
    // An admin who also sits in delegation A: the compilation would show them B's secretariat thread.
    const adminDelegateUser = await createUser(t.models, { platformRoles: ['admin'] });
    await addMembership(t.models, n.processId, adminDelegateUser.id, 'delegate', n.a.id);
    const adminDelegate = { id: adminDelegateUser.id, token: (await login(t.http, adminDelegateUser.email)).token };
    for (const format of ['compilation.docx', 'export.csv', 'export.xlsx']) {
      for (const who of [n.headA, n.delegateB, n.chair, n.observer, admin, adminDelegate]) {
        const res = await t.http.get(`/api/rounds/${n.round.id}/positions/${format}`, { token: who.token });
        expect({ format, who: who.id, status: res.status, code: res.body.code }).toEqual({
          format,
          who: who.id,
          status: 403,
          code: ErrorCode.Forbidden,
        });
      }
    }
    expect(await compiledText(n.secretariat)).toContain('B tells the secretariat');
  });
});
