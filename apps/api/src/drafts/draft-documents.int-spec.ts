import type { DraftVersion, PublishVersionResponse } from '@concordia/contracts';
import mammoth from 'mammoth';
import { type Negotiation, type Person, setUpNegotiation } from '../annotations/test/negotiation';
import { startTestApp, type TestApp } from '../test/test-app';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const NOTE =
  'This revision takes up the comments of the first reading.\n\nParagraph 2 was withdrawn at the request of several delegations.';

describe('a draft as Word documents: a version, and two versions compared', () => {
  let t: TestApp;
  let n: Negotiation;
  let zero: DraftVersion;
  let rev1: DraftVersion;
  let draftTitle: string;

  const download = async (who: Person, path: string) => {
    const res = await fetch(`${t.baseUrl}/api${path}`, { headers: { authorization: `Bearer ${who.token}` } });
    return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
  };
  /** The document as HTML, underlines kept (mammoth drops them unless mapped). */
  const html = async (bytes: Buffer) =>
    (await mammoth.convertToHtml({ buffer: bytes }, { styleMap: ['u => u'] })).value;
  const comparePath = () => `/drafts/${n.draftId}/compare.docx?from=${zero.id}&to=${rev1.id}`;

  beforeAll(async () => {
    t = await startTestApp();
    n = await setUpNegotiation(t);
    zero = n.published;
    draftTitle = (await t.models.drafts.findById(n.draftId).lean().exec())!.title;
    const s = { token: n.secretariat.token };
    const [first, second, third] = zero.sections[0].paragraphs;
    let working = (await t.http.get(`/api/versions/${n.workingId}`, s)).body as DraftVersion;
    const apply = async (operation: Record<string, unknown>) => {
      const res = await t.http.post(
        `/api/versions/${working.id}/operations`,
        { revision: working.revision, operation },
        s,
      );
      expect(res.status).toBe(200);
      working = res.body as DraftVersion;
    };
    await apply({ type: 'edit_paragraph', key: first.key, text: `${first.text} Subject to review.` });
    await apply({ type: 'delete_paragraph', key: second.key });
    await apply({
      type: 'add_paragraph',
      sectionKey: zero.sections[0].key,
      afterKey: third.key,
      text: 'Cooperation on return shall respect dignity.',
    });
    const published = await t.http.post(
      `/api/versions/${working.id}/publish`,
      { revision: working.revision, label: 'Rev.1', note: `  ${NOTE}\n` },
      s,
    );
    expect(published.status).toBe(200);
    rev1 = (published.body as PublishVersionResponse).published;
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it('gives a delegate the published version as circulated: title, label, process, every numbered paragraph', async () => {
    const res = await download(n.delegateA, `/versions/${zero.id}/document.docx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(DOCX);
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename=".+\.docx"; filename\*=UTF-8''.+\.docx$/,
    );
    const { value: text } = await mammoth.extractRawText({ buffer: res.bytes });
    expect(text).toContain(draftTitle);
    expect(text).toContain(zero.label);
    expect(text).toMatch(/Published on \d{1,2} \w+ \d{4}/);
    for (const section of zero.sections) {
      if (section.heading) expect(text).toContain(section.heading);
      for (const p of section.paragraphs) expect(text).toContain(`${p.number}\t${p.text}`);
    }
  });

  it("circulates the secretariat's note with the version it was published with: in the version, and before the text of its document", async () => {
    expect(rev1.note).toBe(NOTE);
    expect(
      ((await t.http.get(`/api/versions/${rev1.id}`, { token: n.delegateA.token })).body as DraftVersion).note,
    ).toBe(NOTE);
    expect(zero.note).toBeNull();
    const res = await download(n.delegateA, `/versions/${rev1.id}/document.docx`);
    const { value: text } = await mammoth.extractRawText({ buffer: res.bytes });
    const noteAt = text.indexOf('Note by the secretariat');
    expect(noteAt).toBeGreaterThan(text.indexOf('Published on'));
    expect(text.indexOf('This revision takes up the comments of the first reading.')).toBeGreaterThan(noteAt);
    expect(text.indexOf('Paragraph 2 was withdrawn at the request of several delegations.')).toBeLessThan(
      text.indexOf(rev1.sections[0].paragraphs[0].text),
    );
    const zeroText = (
      await mammoth.extractRawText({
        buffer: (await download(n.delegateA, `/versions/${zero.id}/document.docx`)).bytes,
      })
    ).value;
    expect(zeroText).not.toContain('Note by the secretariat');
  });

  it('keeps the working version from delegates (404) and marks it unpublished for the secretariat', async () => {
    // Publishing Rev.1 opened a new working version.
    const path = `/versions/${await currentWorkingId()}/document.docx`;
    expect((await download(n.delegateA, path)).status).toBe(404);
    const res = await download(n.secretariat, path);
    expect(res.status).toBe(200);
    expect((await mammoth.extractRawText({ buffer: res.bytes })).value).toContain('Working version, not published');
  });

  it('compares two versions: added words underlined, removed ones struck through, paragraphs added and removed marked', async () => {
    const res = await download(n.delegateA, comparePath());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(DOCX);
    const body = await html(res.bytes);
    expect(body).toContain('Rev.1 compared with');
    expect(body).toMatch(/<u>[^<]*Subject to review\.[^<]*<\/u>/);
    const removed = zero.sections[0].paragraphs[1].text;
    expect(body).toContain(`<s>${escape(removed)}</s>`);
    expect(body).toContain('[paragraph removed]');
    expect(body).toContain('<u>Cooperation on return shall respect dignity.</u>');
    expect(body).toContain('[new paragraph]');
    // Unchanged paragraphs are there, plain.
    const unchanged = zero.sections[0].paragraphs[2].text;
    expect(body).toContain(escape(unchanged));
  });

  it("writes its own words in the reader's language", async () => {
    await t.models.users.updateOne({ _id: n.delegateB.id }, { $set: { language: 'fr' } }).exec();
    const res = await download(n.delegateB, comparePath());
    const body = await html(res.bytes);
    expect(body).toContain('Rev.1 comparée à');
    expect(body).toContain('Les mots ajoutés sont soulignés');
    expect(body).toContain('[paragraphe supprimé]');
  });

  it('refuses a comparison without both versions (400), and versions of a process the caller is not in (404)', async () => {
    const missing = await download(n.delegateA, `/drafts/${n.draftId}/compare.docx?from=${zero.id}`);
    expect(missing.status).toBe(400);
    expect(JSON.parse(missing.bytes.toString('utf8')).code).toBe('VALIDATION_FAILED');
    expect((await download(n.outsider, `/versions/${zero.id}/document.docx`)).status).toBe(404);
    expect((await download(n.outsider, comparePath())).status).toBe(404);
  });

  async function currentWorkingId(): Promise<string> {
    const draft = (await t.http.get(`/api/drafts/${n.draftId}`, { token: n.secretariat.token })).body as {
      versions: { id: string; status: string }[];
    };
    const working = draft.versions.find((v) => v.status === 'working');
    if (!working) throw new Error('no working version after publishing');
    return working.id;
  }
});

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
