import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describeSpan } from '@concordia/anchoring';
import {
  ANNOTATION_BODY_MAX,
  type Annotation,
  type Draft,
  type DraftVersion,
  type MembershipList,
  type Paragraph,
  type Round,
  threadPath,
} from '@concordia/contracts';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchBrowser, newDesktopPage, webUrl } from './support/browser';
import { demoAccount, demoAccounts } from './support/demo-accounts';
import { call, signIn, tokenOf } from './support/session';

const RESULTS = join(__dirname, '..', 'test-results');
/** "Without a reload" has to mean soon: the issue asks for about a second, this leaves CI slack. */
const LIVE_MS = 5_000;

const SPAN = 'people have always moved';
const COMMENT = `Could "${SPAN}" read "people have long moved"? @Colombia`;
const REPLY = 'Colombia can support that wording.';
const INTERNAL = `Internal note ${Date.now()}: hold firm on this paragraph.`;
const LATER = 'A public remark posted after the internal note.';

interface Login {
  email: string;
  password: string;
}

interface Seeded {
  processId: string;
  draftId: string;
  roundId: string;
  versionId: string;
}

type Operation = Record<string, unknown> & { type: string };

/**
 * The secretariat applies `edits` to the working version, publishes it as `label`, then
 * schedules and opens a round on it like the seeded one: what the secretariat does through the
 * UI, done over the API as set-up. Returns where that round is read.
 */
const publishWithRound = async (
  seeded: Seeded,
  label: string,
  edits: (paragraphs: Paragraph[]) => Operation[],
): Promise<Seeded> => {
  const secretariat = await tokenOf(demo('secretariat').email, demoAccounts.password);
  const draft = await call<Draft>('GET', `/drafts/${seeded.draftId}`, secretariat);
  const workingRef = draft.versions.find((v) => v.status === 'working');
  if (!workingRef) throw new Error('the demo draft has no working version');
  let working = await call<DraftVersion>('GET', `/versions/${workingRef.id}`, secretariat);
  for (const operation of edits(working.sections.flatMap((s) => s.paragraphs))) {
    working = await call<DraftVersion>('POST', `/versions/${working.id}/operations`, secretariat, {
      revision: working.revision,
      operation,
    });
  }
  const { published } = await call<{ published: DraftVersion }>(
    'POST',
    `/versions/${working.id}/publish`,
    secretariat,
    {
      revision: working.revision,
      label,
    },
  );
  const first = await call<Round>('GET', `/rounds/${seeded.roundId}`, secretariat);
  // The seeded round lists delegations without members, which a new round refuses: keep those
  // that take part (the demo delegate's and Colombia's among them).
  const members = await call<MembershipList>('GET', `/processes/${seeded.processId}/members`, secretariat);
  const present = new Set(members.items.map((m) => m.delegationId));
  const round = await call<Round>('POST', `/processes/${seeded.processId}/rounds`, secretariat, {
    name: `Reading on ${label}`,
    versionId: published.id,
    chairUserId: first.chairUserId,
    delegationIds: first.delegationIds.filter((id) => present.has(id)),
    opensAt: first.opensAt,
    closesAt: first.closesAt,
    timeZone: first.timeZone,
    confidentiality: first.confidentiality,
  });
  await call('POST', `/rounds/${round.id}/status`, secretariat, { status: 'open' });
  return { ...seeded, roundId: round.id, versionId: published.id };
};

/** Rev.1 revises a paragraph other than `keep`. */
const publishRev1WithRound = (seeded: Seeded, keep: string): Promise<Seeded> =>
  publishWithRound(seeded, 'Rev.1', (paragraphs) => {
    const edited = paragraphs.findLast((p) => p.key !== keep);
    if (!edited) throw new Error('the demo draft has a single paragraph');
    return [{ type: 'edit_paragraph', key: edited.key, text: `${edited.text} Revised in Rev.1.` }];
  });

/** Mexico's members, for a delegation's (demoAccount). */
const demo = (role: 'admin' | 'secretariat' | 'delegate') => demoAccount(role);

/** The seeded process, draft and open round; and a delegate of Colombia, a second delegation. */
const prepare = async (otherEmail: string, otherPassword: string): Promise<Seeded> => {
  const admin = await tokenOf(demo('admin').email, demoAccounts.password);
  const secretariat = await tokenOf(demo('secretariat').email, demoAccounts.password);
  const processes = await call<{ items: Array<{ id: string; title: string }> }>('GET', '/processes', secretariat);
  const process = processes.items.find((p) => p.title === 'Meridian Process on Human Mobility');
  if (!process) throw new Error('the demo process is missing');
  const rounds = await call<{ items: Array<{ id: string; versionId: string; status: string; name: string }> }>(
    'GET',
    `/processes/${process.id}/rounds`,
    secretariat,
  );
  const round = rounds.items.find((r) => r.name === 'First regional consultation' && r.status === 'open');
  if (!round) throw new Error('the demo round is not open');
  const drafts = await call<{ items: Array<{ id: string; title: string }> }>(
    'GET',
    `/processes/${process.id}/drafts`,
    secretariat,
  );
  const draft = drafts.items.find((d) => d.title === 'Draft Regional Agenda');
  if (!draft) throw new Error('the demo draft is missing');
  const delegations = await call<{ items: Array<{ id: string; code: string }> }>('GET', '/delegations', admin);
  const colombia = delegations.items.find((d) => d.code === 'COL');
  if (!colombia) throw new Error('the demo delegation COL is missing');

  const user = await call<{ id: string }>('POST', '/users', admin, {
    email: otherEmail,
    name: 'Camila Colombia',
    password: otherPassword,
  });
  await call('POST', `/processes/${process.id}/members`, secretariat, {
    userId: user.id,
    role: 'delegate',
    delegationId: colombia.id,
  });
  return { processId: process.id, draftId: draft.id, roundId: round.id, versionId: round.versionId };
};

const openRound = async (page: Page, seeded: Seeded): Promise<void> => {
  await page.goto(
    `${webUrl()}/processes/${seeded.processId}/drafts/${seeded.draftId}?version=${seeded.versionId}&round=${seeded.roundId}`,
  );
  await page.locator('[data-testid="live-status"][data-state="live"]').waitFor({ state: 'visible', timeout: 15_000 });
};

const paragraph = (page: Page, index: number) => page.locator('[data-testid="paragraph"]').nth(index);

/** Other browser specs share the demo round, so counts are compared with what was there before. */
async function annotationCount(page: Page, index: number): Promise<number> {
  const badge = paragraph(page, index).locator('[data-testid="annotation-count"]');
  return (await badge.count()) === 0 ? 0 : Number(await badge.getAttribute('data-count'));
}

/**
 * The thread in the side panel that shows this body (the paragraph may have others), pinned by
 * its annotation id so it is still found while its body is being edited.
 */
async function threadStartingWith(page: Page, body: string): Promise<Locator> {
  const found = page
    .locator('[data-testid="thread-panel"] [data-testid="thread"]')
    .filter({ has: page.locator('[data-testid="annotation-body"]', { hasText: body }) })
    .first();
  await found.waitFor({ state: 'visible', timeout: LIVE_MS });
  const id = await found.getAttribute('data-annotation-id');
  return page.locator(`[data-testid="thread-panel"] [data-testid="thread"][data-annotation-id="${id}"]`);
}

/**
 * Selects `words` inside a paragraph's text the way a mouse would, then releases the button. The
 * script runs in the page; it is a string because this project's test code has no DOM types.
 */
const selectWords = async (page: Page, index: number, words: string): Promise<void> => {
  await page.evaluate(`(() => {
    const wanted = ${JSON.stringify(words)};
    const container = document.querySelectorAll('[data-testid="paragraph"]')[${index}]
      .querySelector('[data-testid="paragraph-text"]');
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    const nodes = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
    const whole = nodes.map((n) => n.data).join('');
    const start = whole.indexOf(wanted);
    if (start < 0) throw new Error('"' + wanted + '" is not in the paragraph');
    const locate = (offset) => {
      let seen = 0;
      for (const node of nodes) {
        if (offset <= seen + node.data.length) return [node, offset - seen];
        seen += node.data.length;
      }
      throw new Error('offset outside the paragraph');
    };
    const range = document.createRange();
    range.setStart(...locate(start));
    range.setEnd(...locate(start + wanted.length));
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    container.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  })()`);
};

const post = async (page: Page, body: string, visibility?: RegExp): Promise<void> => {
  const composer = page.locator('[data-testid="composer"]');
  await composer.waitFor({ state: 'visible' });
  if (visibility) {
    await composer.locator('input[data-testid="composer-visibility"]').click();
    await page.getByRole('option', { name: visibility }).click();
  }
  await composer.locator('textarea[data-testid="composer-body"]').fill(body);
  await composer.locator('[data-testid="composer-submit"]').click();
  await composer.waitFor({ state: 'detached' });
};

describe('annotating a round live, with two delegations', () => {
  let browser: Browser;
  let seeded: Seeded;
  const other = { email: `colombia-${Date.now()}@example.test`, password: 'colombia-delegate-pass' };
  const contexts: BrowserContext[] = [];
  let rev1: Seeded | undefined;

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    seeded = await prepare(other.email, other.password);
    browser = await launchBrowser();
  });

  // Each test's browsers end with it: a dozen live tabs left open would slow the later tests.
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Mexico's delegate (a) and Colombia's (b), each in a browser of their own, both reading the round. */
  const bothDelegations = async () => {
    const a = await newDesktopPage(browser);
    const b = await newDesktopPage(browser);
    contexts.push(a.context, b.context);
    await signIn(a.page, demo('delegate').email, demoAccounts.password);
    await signIn(b.page, other.email, other.password);
    await openRound(a.page, seeded);
    await openRound(b.page, seeded);
    return { a, b };
  };

  it('a comment, its reply and presence travel live; a delegation note stays in its delegation', async () => {
    const { a, b } = await bothDelegations();
    const key = (await paragraph(a.page, 0).getAttribute('data-key')) ?? '';
    const countBefore = await annotationCount(b.page, 0);

    // A (Mexico) selects words and comments on them.
    await selectWords(a.page, 0, SPAN);
    expect(await a.page.locator('[data-testid="composer-quote"]').textContent()).toBe(SPAN);
    await post(a.page, COMMENT);
    const ownThread = await threadStartingWith(a.page, COMMENT);
    await ownThread.waitFor({ state: 'visible' });
    expect(await paragraph(a.page, 0).locator('[data-testid="annotation-mark"]').textContent()).toBe(SPAN);
    await a.page.screenshot({ path: join(RESULTS, 'annotations-a-commented.png') });

    // B (Colombia) sees the highlight and the count appear without reloading.
    const bMark = b.page.locator(`[data-testid="paragraph"][data-key="${key}"] [data-testid="annotation-mark"]`);
    await bMark.waitFor({ state: 'visible', timeout: LIVE_MS });
    expect(await bMark.textContent()).toBe(SPAN);
    expect(await annotationCount(b.page, 0)).toBe(countBefore + 1);
    await bMark.click();
    const bThread = await threadStartingWith(b.page, COMMENT);
    await bThread.waitFor({ state: 'visible' });
    expect(await bThread.locator('[data-testid="annotation-body"]').first().textContent()).toBe(COMMENT);
    expect(await bThread.locator('.mention').textContent()).toBe('@Colombia');
    await b.page.screenshot({ path: join(RESULTS, 'annotations-b-sees-comment.png') });

    // B reading the paragraph shows on A's page; B replies and A sees the reply arrive.
    await paragraph(a.page, 0)
      .locator('[data-testid="presence"]')
      .getByLabel(/Camila Colombia/)
      .waitFor({ state: 'attached', timeout: LIVE_MS });
    await bThread.locator('textarea[data-testid="reply-body"]').fill(REPLY);
    await bThread.locator('[data-testid="reply-send"]').click();
    await bThread.locator('[data-testid="reply"]', { hasText: REPLY }).waitFor({ state: 'visible' });
    await ownThread
      .locator('[data-testid="reply"]', { hasText: REPLY })
      .waitFor({ state: 'visible', timeout: LIVE_MS });
    await a.page.screenshot({ path: join(RESULTS, 'annotations-a-sees-reply.png') });

    // A edits the comment: B sees the new text marked "edited", and its history keeps the first.
    const EDITED = `${COMMENT} (or "have long moved")`;
    await ownThread.locator('[data-testid="edit"]').first().click();
    await ownThread.locator('textarea[data-testid="edit-body"]').fill(EDITED);
    await ownThread.locator('[data-testid="edit-save"]').click();
    await bThread.locator('[data-testid="edited"]').waitFor({ state: 'visible', timeout: LIVE_MS });
    expect(await bThread.locator('[data-testid="annotation-body"]').first().textContent()).toBe(EDITED);
    await bThread.locator('[data-testid="edited"]').click();
    await b.page.locator('[data-testid="edit-history"]', { hasText: COMMENT }).waitFor({ state: 'visible' });
    await b.page.keyboard.press('Escape');

    // An amendment: the composer previews the paragraph with the change as a word diff.
    await selectWords(a.page, 3, 'no single State');
    await a.page.locator('input[data-testid="composer-kind"]').click();
    await a.page.getByRole('option', { name: 'Amendment' }).click();
    // The composer says what is being written, not "comment" whatever the kind.
    expect(await a.page.locator('#composer-title').textContent()).toBe('New amendment');
    expect(await a.page.locator('[data-testid="composer-submit"]').textContent()).toBe('Propose the amendment');
    await a.page.locator('textarea[data-testid="composer-amendment-text"]').fill('no State');
    const preview = a.page.locator('[data-testid="amendment-preview"]');
    await preview.locator('del', { hasText: 'single' }).waitFor({ state: 'visible' });
    expect(await preview.locator('ins').count()).toBe(0);
    await a.page.screenshot({ path: join(RESULTS, 'annotations-amendment-preview.png') });
    await post(a.page, 'Simpler.');
    await paragraph(b.page, 3)
      .locator('[data-testid="annotation-count"][data-count="1"]')
      .waitFor({ state: 'attached', timeout: LIVE_MS });
    await paragraph(b.page, 3).locator('[data-testid="annotation-count"]').click();
    await b.page
      .locator('[data-testid="thread"][data-kind="amendment"] [data-testid="amendment"] del', { hasText: 'single' })
      .waitFor({ state: 'visible' });

    // A writes an internal note of Mexico on the second paragraph, then a public remark on the third.
    await paragraph(a.page, 1).locator('[data-testid="annotation-count"]').click();
    await a.page.locator('[data-testid="comment-paragraph"]').click();
    await post(a.page, INTERNAL, /^My delegation$/);
    await a.page
      .locator('[data-testid="thread"][data-visibility="delegation"]', { hasText: INTERNAL })
      .waitFor({ state: 'visible' });
    await paragraph(a.page, 2).locator('[data-testid="annotation-count"]').click();
    await a.page.locator('[data-testid="comment-paragraph"]').click();
    await post(a.page, LATER);

    // B receives the later public remark, so the note (sent before it) had its chance and never came.
    await paragraph(b.page, 2)
      .locator('[data-testid="annotation-count"][data-count="1"]')
      .waitFor({ state: 'attached', timeout: LIVE_MS });
    expect(await paragraph(b.page, 1).locator('[data-testid="annotation-count"]').getAttribute('data-count')).toBe('0');
    await paragraph(b.page, 1).locator('[data-testid="annotation-count"]').click();
    expect(await b.page.getByText(INTERNAL).count()).toBe(0);
    // Nor after a reload, which reads the list over HTTP.
    await openRound(b.page, seeded);
    await paragraph(b.page, 1).locator('[data-testid="annotation-count"]').click();
    await b.page.locator('[data-testid="thread-panel"]').waitFor({ state: 'visible' });
    expect(await b.page.locator('[data-testid="thread"][data-visibility="delegation"]').count()).toBe(0);
    expect(await b.page.getByText(INTERNAL).count()).toBe(0);
    await b.page.screenshot({ path: join(RESULTS, 'annotations-b-no-internal-note.png') });
  }, 120_000);

  // Follows the test above: the comment on SPAN is the one delegate A posted there.
  it('the secretariat publishes Rev.1 and the comment sits on the same words there', async () => {
    const token = await tokenOf(demo('delegate').email, demoAccounts.password);
    const posted = await call<{ items: Annotation[] }>('GET', `/rounds/${seeded.roundId}/annotations`, token);
    const comment = posted.items.find((a) => a.parentId === null && a.anchor.selectors?.quote.exact === SPAN);
    if (!comment) throw new Error(`no comment on "${SPAN}" in the first round`);

    rev1 = await publishRev1WithRound(seeded, comment.anchor.paragraphKey);
    expect(rev1.versionId).not.toBe(seeded.versionId);

    const a = await newDesktopPage(browser);
    contexts.push(a.context);
    await signIn(a.page, demo('delegate').email, demoAccounts.password);
    await openRound(a.page, rev1);
    await a.page.locator('[data-testid="version-label"]', { hasText: 'Rev.1' }).waitFor({ state: 'visible' });
    const inRev1 = a.page.locator(`[data-testid="paragraph"][data-key="${comment.anchor.paragraphKey}"]`);
    // Other specs on the shared demo round may have marked words of the same paragraph: the
    // comment's words are its marks (split where another annotation overlaps them), in order.
    const marks = inRev1.locator(`[data-testid="annotation-mark"][data-annotation-ids~="${comment.id}"]`);
    await marks.first().waitFor({ state: 'visible' });
    expect((await marks.allTextContents()).join('')).toBe(SPAN);
    await inRev1.locator(`[data-testid="annotation-mark"][data-annotation-ids="${comment.id}"]`).first().click();
    const thread = await threadStartingWith(a.page, comment.body);
    await thread.waitFor({ state: 'visible' });
    expect(await thread.locator('[data-testid="annotation-body"]').first().textContent()).toBe(comment.body);
    await a.page.screenshot({ path: join(RESULTS, 'annotations-rev1-carried.png') });
  }, 60_000);

  // Follows the test above: Rev.1 and its round exist.
  it('comments whose words are gone in Rev.2 are listed as orphaned, with their words and paragraph', async () => {
    if (!rev1) throw new Error('the test above did not publish Rev.1');
    const token = await tokenOf(demo('delegate').email, demoAccounts.password);
    const version = await call<DraftVersion>('GET', `/versions/${rev1.versionId}`, token);
    const [, , , , changed, removed] = version.sections.flatMap((s) => s.paragraphs);
    if (!changed || !removed) throw new Error('the demo draft is too short');
    const WORDS = changed.text.split(' ').slice(1, 4).join(' ');
    const start = changed.text.indexOf(WORDS);
    const proposed = await call<Annotation>('POST', '/annotations', token, {
      clientId: crypto.randomUUID(),
      roundId: rev1.roundId,
      paragraphKey: changed.key,
      selectors: {
        quote: {
          type: 'TextQuoteSelector',
          exact: WORDS,
          prefix: changed.text.slice(Math.max(0, start - 32), start),
          suffix: changed.text.slice(start + WORDS.length, start + WORDS.length + 32),
        },
        position: { type: 'TextPositionSelector', start, end: start + WORDS.length },
      },
      kind: 'amendment',
      visibility: 'round',
      body: 'Drop these words.',
      amendment: { operation: 'delete', text: '' },
    });
    const question = await call<Annotation>('POST', '/annotations', token, {
      clientId: crypto.randomUUID(),
      roundId: rev1.roundId,
      paragraphKey: removed.key,
      kind: 'question',
      visibility: 'round',
      body: 'Is this paragraph needed at all?',
    });

    const secretariat = await tokenOf(demo('secretariat').email, demoAccounts.password);
    await call('PUT', `/annotations/${proposed.id}/disposition`, secretariat, {
      value: 'partly_accepted',
      reason: 'Kept in spirit.',
    });

    // Rev.2 rewrites the first paragraph without those words and removes the second.
    const rev2 = await publishWithRound(rev1, 'Rev.2', () => [
      { type: 'edit_paragraph', key: changed.key, text: 'A wholly rewritten paragraph for the second revision.' },
      { type: 'delete_paragraph', key: removed.key },
    ]);
    const a = await newDesktopPage(browser);
    contexts.push(a.context);
    const invalidHtml: string[] = [];
    a.page.on('console', (message) => {
      if (message.text().includes('cannot be a descendant of')) invalidHtml.push(message.text());
    });
    await signIn(a.page, demo('delegate').email, demoAccounts.password);
    await openRound(a.page, rev2);
    await a.page.locator('[data-testid="tab-orphaned"]').click();
    const list = a.page.locator('[data-testid="orphaned-list"]');
    const amendment = list.locator('[data-testid="thread"]', { hasText: 'Drop these words.' });
    await amendment.waitFor({ state: 'visible' });
    // It still says which words it was on, and what it would delete from them.
    await amendment.getByText(`On “${WORDS}”`).waitFor({ state: 'visible' });
    expect(await amendment.locator('[data-testid="amendment"] del').textContent()).toBe(WORDS);
    // And where it was, by the number readers know (the key is an internal id).
    const wasOf = (body: string) =>
      list.locator('[data-testid="orphan"]', { hasText: body }).locator('[data-testid="orphan-was"]');
    expect(await wasOf('Drop these words.').textContent()).toBe(
      `Was on paragraph ${changed.number.replace(/[.)]$/, '')}`,
    );
    expect(await wasOf('Is this paragraph needed at all?').textContent()).toBe(
      'Was on a paragraph this version no longer has',
    );
    expect(await list.textContent()).not.toContain(changed.key);
    // Its author still reads the secretariat's decision on it, in valid HTML.
    expect(await amendment.locator('[data-testid="disposition"]').textContent()).toContain('Kept in spirit.');
    expect(invalidHtml).toEqual([]);
    await a.page.screenshot({ path: join(RESULTS, 'annotations-rev2-orphaned.png') });

    // A notification's link to an orphaned thread opens the Orphaned tab with that thread in view
    // and highlighted, as a link to an anchored thread does in its paragraph's panel; also when
    // its paragraph is gone from this version.
    for (const orphan of [question, proposed]) {
      await a.page.goto(
        `${webUrl()}${threadPath({ processId: rev2.processId, draftId: rev2.draftId, versionId: rev2.versionId, roundId: rev2.roundId, paragraphKey: orphan.anchor.paragraphKey, threadId: orphan.id })}`,
      );
      const linked = a.page.locator(`[data-testid="orphaned-list"] #thread-${orphan.id}.is-highlighted`);
      await linked.waitFor({ state: 'visible', timeout: 15_000 });
      expect(await a.page.locator('[data-testid="tab-orphaned"]').getAttribute('aria-selected')).toBe('true');
      const box = await linked.boundingBox();
      expect(box && box.y >= 0 && box.y < (a.page.viewportSize()?.height ?? 0)).toBe(true);
    }
  }, 60_000);

  /**
   * A new comment by `author` (the demo delegate unless said) on the seeded round's first
   * paragraph, its thread opened by `reader`.
   */
  const openNewThread = async (
    reader: 'delegate' | 'secretariat' | Login,
    body: string,
    author: Login = { email: demo('delegate').email, password: demoAccounts.password },
  ) => {
    const viewer = typeof reader === 'string' ? { email: demo(reader).email, password: demoAccounts.password } : reader;
    const token = await tokenOf(author.email, author.password);
    const version = await call<DraftVersion>('GET', `/versions/${seeded.versionId}`, token);
    const key = version.sections[0]?.paragraphs[0]?.key;
    if (!key) throw new Error('the demo draft is empty');
    const root = await call<Annotation>('POST', '/annotations', token, {
      clientId: crypto.randomUUID(),
      roundId: seeded.roundId,
      paragraphKey: key,
      kind: 'comment',
      visibility: 'round',
      body,
    });
    const a = await newDesktopPage(browser);
    contexts.push(a.context);
    await signIn(a.page, viewer.email, viewer.password);
    await a.page.goto(
      `${webUrl()}/processes/${seeded.processId}/drafts/${seeded.draftId}?version=${seeded.versionId}&round=${seeded.roundId}&paragraph=${key}&thread=${root.id}`,
    );
    const thread = a.page.locator(`#thread-${root.id}`);
    await thread.waitFor({ state: 'visible', timeout: 15_000 });
    return thread;
  };

  it('a reply or an edit cannot outgrow the limit the server enforces', async () => {
    const thread = await openNewThread('delegate', 'A comment to answer at length.');
    const tooLong = 'x'.repeat(ANNOTATION_BODY_MAX + 50);
    const reply = thread.locator('textarea[data-testid="reply-body"]');
    await reply.fill(tooLong);
    expect((await reply.inputValue()).length).toBe(ANNOTATION_BODY_MAX);
    await thread.locator('[data-testid="edit"]').first().click();
    const edit = thread.locator('textarea[data-testid="edit-body"]');
    await edit.fill(tooLong);
    expect((await edit.inputValue()).length).toBe(ANNOTATION_BODY_MAX);
  }, 60_000);

  it('the secretariat sees that a disposition needs a reason, and is told so on recording without one', async () => {
    const thread = await openNewThread('secretariat', 'A comment awaiting the secretariat.');
    await thread.locator('[data-testid="disposition-open"]').click();
    const form = thread.locator('[data-testid="disposition-form"]');
    const reason = form.locator('textarea[data-testid="disposition-reason"]');
    // Said before any attempt: marked required, with a hint in words.
    expect(await reason.getAttribute('required')).not.toBeNull();
    expect(await form.textContent()).toContain('Required before the decision can be recorded.');
    // "Record" can be pressed, and explains itself instead of doing nothing.
    await form.locator('[data-testid="disposition-save"]').click();
    await form.getByText('This field is required.').waitFor();
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    await reason.fill('Kept as drafted.');
    await form.locator('[data-testid="disposition-save"]').click();
    await thread.locator('[data-testid="disposition"]', { hasText: 'Kept as drafted.' }).waitFor();
  }, 60_000);

  it('a dropped network shows "offline" at once, and what was missed arrives as soon as it is back', async () => {
    const b = await newDesktopPage(browser);
    contexts.push(b.context);
    await signIn(b.page, other.email, other.password);
    await openRound(b.page, seeded);
    const before = await annotationCount(b.page, 5);
    const status = b.page.locator('[data-testid="live-status"]');

    await b.context.setOffline(true);
    await b.page
      .locator('[data-testid="live-status"][data-state="offline"]')
      .waitFor({ state: 'visible', timeout: 2_000 });
    expect(await status.textContent()).toBe('Comments offline');
    await b.page.screenshot({ path: join(RESULTS, 'annotations-offline.png') });

    // Mexico comments meanwhile; Colombia's tab gets it once the network returns, without a reload.
    const token = await tokenOf(demo('delegate').email, demoAccounts.password);
    const key = (await paragraph(b.page, 5).getAttribute('data-key')) ?? '';
    await call<Annotation>('POST', '/annotations', token, {
      clientId: crypto.randomUUID(),
      roundId: seeded.roundId,
      paragraphKey: key,
      kind: 'comment',
      visibility: 'round',
      body: 'Written while Colombia was offline.',
    });
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await b.context.setOffline(false);
    await paragraph(b.page, 5)
      .locator(`[data-testid="annotation-count"][data-count="${before + 1}"]`)
      .waitFor({ state: 'attached', timeout: 2_500 });
    await b.page
      .locator('[data-testid="live-status"][data-state="live"]')
      .waitFor({ state: 'visible', timeout: 2_500 });
  }, 60_000);

  it('"is typing" goes away when the typist loses the network mid-sentence', async () => {
    const token = await tokenOf(demo('delegate').email, demoAccounts.password);
    const version = await call<DraftVersion>('GET', `/versions/${seeded.versionId}`, token);
    const key = version.sections[0]?.paragraphs[6]?.key;
    if (!key) throw new Error('the demo draft is too short');
    const root = await call<Annotation>('POST', '/annotations', token, {
      clientId: crypto.randomUUID(),
      roundId: seeded.roundId,
      paragraphKey: key,
      kind: 'question',
      visibility: 'round',
      body: 'Who answers this one?',
    });
    const link = `${webUrl()}/processes/${seeded.processId}/drafts/${seeded.draftId}?version=${seeded.versionId}&round=${seeded.roundId}&paragraph=${key}&thread=${root.id}`;
    const a = await newDesktopPage(browser);
    const b = await newDesktopPage(browser);
    contexts.push(a.context, b.context);
    await signIn(a.page, demo('delegate').email, demoAccounts.password);
    await signIn(b.page, other.email, other.password);
    for (const page of [a.page, b.page]) {
      await page.goto(link);
      await page
        .locator('[data-testid="live-status"][data-state="live"]')
        .waitFor({ state: 'visible', timeout: 15_000 });
    }
    const typing = a.page.locator('[data-testid="typing"]');
    await b.page.locator(`#thread-${root.id} textarea[data-testid="reply-body"]`).pressSequentially('Colombia will', {
      delay: 30,
    });
    await typing.filter({ hasText: 'Camila Colombia' }).waitFor({ state: 'visible', timeout: LIVE_MS });
    // Screen readers hear the paragraph's number as people say it ("paragraph 7", not "7.").
    const number = (version.sections[0]?.paragraphs[6]?.number ?? '').replace(/[.)]$/, '');
    expect(
      await a.page.locator('[data-testid="thread-panel"] [data-testid="presence"]').getAttribute('aria-label'),
    ).toBe(`Reading paragraph ${number} now`);
    expect(
      await a.page
        .locator(`[data-testid="paragraph"][data-key="${key}"] [data-testid="annotation-count"]`)
        .getAttribute('aria-label'),
    ).toMatch(new RegExp(`comment threads on paragraph ${number}: show$`));
    await b.context.setOffline(true);
    // Nobody will tell Mexico that Colombia stopped: the indicator lapses on its own.
    await typing.filter({ hasText: 'Camila Colombia' }).waitFor({ state: 'detached', timeout: 12_000 });
  }, 60_000);

  it('a keyboard user types words to comment on, picks which occurrence, and Colombia sees those words highlighted', async () => {
    const { a, b } = await bothDelegations();
    // "Recruitment … recruitment fees": the same word twice, told apart by case and neighbours.
    const target = (page: Page) => page.locator('[data-testid="paragraph"]', { hasText: 'Recruitment should be fair' });
    const key = (await target(a.page).getAttribute('data-key')) ?? '';
    const text = (await target(a.page).locator('[data-testid="paragraph-text"]').textContent()) ?? '';
    const focused = () => a.page.evaluate('document.activeElement?.getAttribute("data-testid")');
    const status = a.page.locator('[data-testid="words-status"]');
    const preview = target(a.page).locator('[data-words-preview]');
    const body = 'Keyboard only: drop the second mention of recruitment?';

    // The paragraph's comment count, the panel, then "Comment on words…": all with the keyboard.
    await target(a.page).locator('[data-testid="annotation-count"]').focus();
    await a.page.keyboard.press('Enter');
    await a.page.locator(`[data-testid="thread-panel"][data-key="${key}"]`).waitFor({ state: 'visible' });
    expect(await focused()).toBe('thread-panel-heading');
    await a.page.keyboard.press('Tab');
    await a.page.keyboard.press('Tab');
    expect(await focused()).toBe('comment-words');
    await a.page.keyboard.press('Enter');
    await a.page.locator('[data-testid="composer"]').waitFor({ state: 'visible' });
    expect(await focused()).toBe('composer-words');

    // Words that are not there: said at once, nothing highlighted, nothing to post.
    await a.page.keyboard.type('recruitment quotas');
    await status.filter({ hasText: 'Not found in this paragraph.' }).waitFor();
    expect(await preview.count()).toBe(0);
    expect(await a.page.locator('[data-testid="composer-submit"]').isDisabled()).toBe(true);
    expect(await a.page.locator('input[data-testid="composer-words"]').getAttribute('aria-invalid')).toBe('true');
    // Escape empties the field and keeps the composer.
    await a.page.keyboard.press('Escape');
    expect(await a.page.locator('input[data-testid="composer-words"]').inputValue()).toBe('');
    expect(await focused()).toBe('composer-words');

    // Found twice (accents typed or not, as the Find tab): the first is highlighted, and the
    // second is chosen by its neighbouring words.
    await a.page.keyboard.type('recrúitment');
    await status.filter({ hasText: 'Found 2 times' }).waitFor();
    expect(await preview.allTextContents()).toEqual(['Recruitment']);
    const choices = a.page.locator('[data-testid="words-occurrences"] label', { hasText: / of 2 / });
    expect(await choices.allTextContents()).toEqual([
      '1 of 2 Recruitment should be fair and…',
      '2 of 2 …will work to eliminate recruitment fees charged to workers…',
    ]);
    await a.page.keyboard.press('Tab');
    await a.page.keyboard.press('ArrowDown');
    // The preview follows the choice on the next render, not within the key press.
    await preview.filter({ hasText: /^recruitment$/ }).waitFor();
    expect(await preview.allTextContents()).toEqual(['recruitment']);
    // Then what kind, who reads it, and the text, in that order; then Cancel and Post.
    const order: unknown[] = [];
    for (let i = 0; i < 5; i += 1) {
      await a.page.keyboard.press('Tab');
      order.push(await focused());
      if (order.at(-1) === 'composer-body') await a.page.keyboard.type(body);
    }
    expect(order).toEqual([
      'composer-kind',
      'composer-visibility',
      'composer-body',
      'composer-cancel',
      'composer-submit',
    ]);
    await a.page.screenshot({ path: join(RESULTS, 'annotations-keyboard-words.png') });
    await a.page.keyboard.press('Enter');
    await a.page.locator('[data-testid="composer"]').waitFor({ state: 'detached' });
    expect(await preview.count()).toBe(0);

    // Sent with exactly the selectors a mouse selection of the second "recruitment" makes.
    const token = await tokenOf(demo('delegate').email, demoAccounts.password);
    const posted = await call<{ items: Annotation[] }>('GET', `/rounds/${seeded.roundId}/annotations`, token);
    const comment = posted.items.find((item) => item.body === body);
    const start = text.indexOf('recruitment fees');
    expect(comment?.anchor.selectors).toEqual(describeSpan(text, start, start + 'recruitment'.length));

    // Colombia sees the highlight on those words, live: lower case, so the second occurrence.
    const bMark = target(b.page).locator('[data-testid="annotation-mark"]');
    await bMark.waitFor({ state: 'visible', timeout: LIVE_MS });
    expect(await bMark.allTextContents()).toEqual(['recruitment']);
    await bMark.focus();
    await b.page.keyboard.press('Enter');
    expect(await (await threadStartingWith(b.page, body)).textContent()).toContain('On “recruitment”');

    // Escape in an untouched words composer leaves it, and the panel keeps the keyboard's place.
    await a.page.locator('[data-testid="comment-words"]').focus();
    await a.page.keyboard.press('Enter');
    await a.page.locator('[data-testid="composer"]').waitFor({ state: 'visible' });
    await a.page.keyboard.press('Escape');
    await a.page.locator('[data-testid="composer"]').waitFor({ state: 'detached' });
    expect(await focused()).toBe('thread-panel-heading');
  }, 90_000);

  it('an author with a long name still sees their whole Edit button, and can use it', async () => {
    const admin = await tokenOf(demo('admin').email, demoAccounts.password);
    const secretariat = await tokenOf(demo('secretariat').email, demoAccounts.password);
    const stamp = Date.now();
    // Delegations are fixed when a round opens: the author joins one taking part in it.
    const delegations = await call<{ items: Array<{ id: string; code: string }> }>('GET', '/delegations', admin);
    const delegation = delegations.items.find((d) => d.code === 'CRI');
    if (!delegation) throw new Error('the demo delegation CRI is missing');
    const email = `long-name-${stamp}@example.test`;
    const password = 'long-name-delegate-pass';
    const user = await call<{ id: string }>('POST', '/users', admin, {
      email,
      // One unbreakable word longer than the panel is wide, as some double-barrelled names are.
      name: 'Maximiliana Wolfeschlegelsteinhausenbergerdorff-Villavicencio-Montenegro de la Concepción',
      password,
    });
    await call('POST', `/processes/${seeded.processId}/members`, secretariat, {
      userId: user.id,
      role: 'delegate',
      delegationId: delegation.id,
    });
    const login = { email, password };
    const thread = await openNewThread(login, 'A comment whose byline is long.', login);
    const page = thread.page();
    const id = await thread.getAttribute('data-annotation-id');
    const edit = thread.locator('[data-testid="edit"]').first();
    const [card, button] = await Promise.all([thread.boundingBox(), edit.boundingBox()]);
    if (!card || !button) throw new Error('the thread or its Edit button has no box');
    expect(button.x).toBeGreaterThanOrEqual(card.x);
    expect(button.x + button.width).toBeLessThanOrEqual(card.x + card.width);
    await page.screenshot({ path: join(RESULTS, 'annotations-long-byline.png') });
    // Not squeezed either: the button is as wide as its word, none of it cut off.
    expect(
      await page.evaluate(`(() => {
        const button = document.querySelector('#thread-${id} [data-testid="edit"]');
        const words = document.createRange();
        words.selectNodeContents(button);
        const [outer, inner] = [button.getBoundingClientRect(), words.getBoundingClientRect()];
        return inner.width > 0 && inner.left >= outer.left && inner.right <= outer.right;
      })()`),
    ).toBe(true);
    await edit.click();
    await thread.locator('textarea[data-testid="edit-body"]').waitFor({ state: 'visible' });
  }, 60_000);

  it('a keyboard user who opens the composer lands in it, ready to write, and back on the panel after Cancel', async () => {
    const a = await newDesktopPage(browser);
    contexts.push(a.context);
    await signIn(a.page, demo('delegate').email, demoAccounts.password);
    await openRound(a.page, seeded);
    const count = paragraph(a.page, 8).locator('[data-testid="annotation-count"]');
    await count.focus();
    await a.page.keyboard.press('Enter');
    // The panel comes after the whole text: it takes the focus, and the next Tab reaches its button.
    await a.page.locator('[data-testid="thread-panel"]').waitFor({ state: 'visible' });
    expect(await a.page.evaluate('document.activeElement?.getAttribute("data-testid")')).toBe('thread-panel-heading');
    await a.page.keyboard.press('Tab');
    expect(await a.page.evaluate('document.activeElement?.getAttribute("data-testid")')).toBe('comment-paragraph');
    await a.page.keyboard.press('Enter');
    await a.page.locator('[data-testid="composer"]').waitFor({ state: 'visible' });
    expect(await a.page.evaluate('document.activeElement?.getAttribute("data-testid")')).toBe('composer-body');
    await a.page.keyboard.type('Typed without touching the mouse.');
    expect(await a.page.locator('textarea[data-testid="composer-body"]').inputValue()).toBe(
      'Typed without touching the mouse.',
    );
    // Cancelling (what was written is discarded after a question) gives the focus back to the
    // panel, not to the start of the page.
    await a.page.locator('[data-testid="composer"]').getByRole('button', { name: 'Cancel' }).click();
    await a.page.locator('[data-testid="discard-confirm"]').click();
    await a.page.locator('[data-testid="composer"]').waitFor({ state: 'detached' });
    expect(await a.page.evaluate('document.activeElement?.getAttribute("data-testid")')).toBe('thread-panel-heading');
  }, 60_000);

  it('a keyboard user lands on what they just did: the posted thread, the reply box, the floor request to withdraw', async () => {
    const a = await newDesktopPage(browser);
    contexts.push(a.context);
    await signIn(a.page, demo('delegate').email, demoAccounts.password);
    await openRound(a.page, seeded);
    const focused = () => a.page.evaluate('document.activeElement?.getAttribute("data-testid")');
    const focusedId = () => a.page.evaluate('document.activeElement?.getAttribute("data-annotation-id")');

    // Posting: the composer goes, and the focus is on the new thread, not on the page's start.
    const count = paragraph(a.page, 7).locator('[data-testid="annotation-count"]');
    await count.focus();
    await a.page.keyboard.press('Enter');
    await a.page.locator('[data-testid="comment-paragraph"]').focus();
    await a.page.keyboard.press('Enter');
    const BODY = `Posted from the keyboard ${Date.now()}.`;
    await a.page.keyboard.type(BODY);
    await a.page.locator('[data-testid="composer-submit"]').focus();
    await a.page.keyboard.press('Enter');
    await a.page.locator('[data-testid="composer"]').waitFor({ state: 'detached' });
    const thread = await threadStartingWith(a.page, BODY);
    await a.page.waitForFunction(
      `document.activeElement?.id === 'thread-${await thread.getAttribute('data-annotation-id')}'`,
    );
    expect(await focused()).toBe('thread');
    expect(await focusedId()).toBe(await thread.getAttribute('data-annotation-id'));

    // Replying: Send turns disabled once the box is emptied; the focus goes back to the box.
    await a.page.keyboard.press('Tab');
    let steps = 0;
    while ((await focused()) !== 'reply-body' && steps++ < 20) await a.page.keyboard.press('Tab');
    const REPLY_BODY = `A keyboard reply ${Date.now()}.`;
    // The box says nothing of what was sent: a polite live region, there and silent beforehand, says it went.
    const announced = thread.locator('[data-testid="reply-announcement"]');
    expect(await announced.getAttribute('aria-live')).toBe('polite');
    expect(await announced.textContent()).toBe('');
    await a.page.keyboard.type(REPLY_BODY);
    await a.page.keyboard.press('Tab');
    expect(await focused()).toBe('reply-send');
    await a.page.keyboard.press('Enter');
    await thread.locator('[data-testid="reply"]', { hasText: REPLY_BODY }).waitFor({ state: 'visible' });
    await a.page.waitForFunction('document.activeElement?.getAttribute("data-testid") === "reply-body"');
    expect(await thread.locator('textarea[data-testid="reply-body"]').inputValue()).toBe('');
    expect(await announced.textContent()).toBe('Reply sent.');
    // A second reply is announced again: new words in the region (the same words would be ignored).
    // (Kept in the page, which the specs read without DOM types.)
    await a.page.evaluate(
      `window.saidBefore = document.querySelector('[data-testid="thread-panel"] [data-testid="thread"][data-annotation-id="${await thread.getAttribute('data-annotation-id')}"] [data-testid="reply-announcement"] span')`,
    );
    await a.page.keyboard.type(`${REPLY_BODY} Again.`);
    await a.page.keyboard.press('Tab');
    await a.page.keyboard.press('Enter');
    await thread.locator('[data-testid="reply"]', { hasText: `${REPLY_BODY} Again.` }).waitFor({ state: 'visible' });
    await a.page.waitForFunction('document.activeElement?.getAttribute("data-testid") === "reply-body"');
    expect(await announced.textContent()).toBe('Reply sent.');
    expect(await a.page.evaluate('window.saidBefore?.isConnected')).toBe(false);

    // The floor: "Request the floor" turns into the entry's "Withdraw", which gets the focus, and
    // withdrawing gives it back to the request. Other specs share the round: Mexico may be queued.
    const panel = a.page.locator('[data-testid="speakers-panel"]');
    const request = panel.locator('[data-testid="speakers-request"]');
    const ownWithdraw = panel
      .locator('[data-testid="speakers-entry"]', { hasText: 'Mexico' })
      .locator('[data-testid="speakers-withdraw"]');
    if ((await ownWithdraw.count()) > 0) {
      await ownWithdraw.click();
      await request.waitFor({ state: 'visible', timeout: LIVE_MS });
    }
    await request.focus();
    await a.page.keyboard.press('Enter');
    await ownWithdraw.waitFor({ state: 'visible', timeout: LIVE_MS });
    await a.page.waitForFunction('document.activeElement?.getAttribute("data-testid") === "speakers-withdraw"');
    expect(await a.page.evaluate('document.activeElement?.textContent')).toBe('Withdraw');
    // Its name says what is withdrawn, beginning with the word shown (WCAG 2.5.3).
    expect(await a.page.evaluate('document.activeElement?.getAttribute("aria-label")')).toBe(
      'Withdraw your request for the floor',
    );
    expect(await panel.getByRole('button', { name: 'Withdraw your request for the floor', exact: true }).count()).toBe(
      1,
    );
    await a.page.screenshot({ path: join(RESULTS, 'annotations-floor-requested-focus.png') });
    await a.page.keyboard.press('Enter');
    await request.waitFor({ state: 'visible', timeout: LIVE_MS });
    await a.page.waitForFunction('document.activeElement?.getAttribute("data-testid") === "speakers-request"');
  }, 60_000);

  it('withdrawing a reservation asks first: "Keep it" (where the focus lands) keeps it, "Yes, withdraw" withdraws it for all', async () => {
    const { a, b } = await bothDelegations();
    const RESERVATION = `Mexico reserves its position on fair recruitment ${Date.now()}.`;
    await selectWords(a.page, 10, 'Recruitment should be fair');
    await a.page.locator('input[data-testid="composer-kind"]').click();
    await a.page.getByRole('option', { name: 'Reservation' }).click();
    expect(await a.page.locator('#composer-title').textContent()).toBe('New reservation');
    expect(await a.page.locator('[data-testid="composer-submit"]').textContent()).toBe('Enter the reservation');
    await post(a.page, RESERVATION);
    const own = await threadStartingWith(a.page, RESERVATION);

    // A first click only asks; the safe answer has the focus, so Enter keeps the reservation.
    await own.locator('[data-testid="withdraw"]').click();
    const confirmation = own.locator('[data-testid="withdraw-confirmation"]');
    await confirmation.waitFor({ state: 'visible' });
    expect(await confirmation.textContent()).toContain('cannot be restored');
    await a.page.screenshot({ path: join(RESULTS, 'annotations-withdraw-confirmation.png') });
    expect(await a.page.evaluate('document.activeElement?.getAttribute("data-testid")')).toBe('withdraw-keep');
    await a.page.keyboard.press('Enter');
    await confirmation.waitFor({ state: 'detached' });
    expect(await own.locator('[data-testid="withdrawn"]').count()).toBe(0);

    // Confirmed, it is withdrawn, and Colombia sees it so without reloading.
    await own.locator('[data-testid="withdraw"]').click();
    await own.locator('[data-testid="withdraw-confirm"]').click();
    await own.locator('[data-testid="withdrawn"]').waitFor({ state: 'visible' });
    await paragraph(b.page, 10).locator('[data-testid="annotation-count"]').click();
    const theirs = await threadStartingWith(b.page, RESERVATION);
    await theirs.locator('[data-testid="withdrawn"]').waitFor({ state: 'visible', timeout: LIVE_MS });
  }, 90_000);
});
