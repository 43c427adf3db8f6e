import { randomUUID } from 'node:crypto';
import type { Annotation } from '@concordia/contracts';
import type { Page } from 'playwright-core';
import { pagesForSpec } from './support/browser';
import { demoAccounts } from './support/demo-accounts';
import {
  call,
  demoOf,
  openConsole,
  openSessionRound,
  openText,
  signIn,
  tokenOf,
  waitLive,
  type SessionRound,
} from './support/session';

const { newPage } = pagesForSpec();

const paragraph = (page: Page, index: number) => page.locator('[data-testid="paragraph"]').nth(index);

/** The demo delegate, signed in, reading a round of its own (tests share the stack). */
const delegateOnNewRound = async (name: string) => {
  const s = await openSessionRound(name);
  const { context, page } = await newPage();
  await signIn(page, demoOf('delegate').email);
  await openText(page, s);
  return { s, context, page };
};

/** "Continue your unsent text" in the paragraph's panel: the composer as it was left, then posted. */
const continueAndPost = async (page: Page, index: number, body: string): Promise<void> => {
  await paragraph(page, index).locator('[data-testid="annotation-count"]').click();
  await page.locator('[data-testid="unsent-continue"]').click();
  const restored = page.locator('[data-testid="composer"]');
  await restored.locator('[data-testid="unsent-restored"]').waitFor({ state: 'visible' });
  expect(await restored.locator('textarea[data-testid="composer-body"]').inputValue()).toBe(body);
  await restored.locator('[data-testid="composer-submit"]').click();
  await restored.waitFor({ state: 'detached' });
};

/** Opens the paragraph's panel and its composer for the whole paragraph. */
const openComposer = async (page: Page, index: number) => {
  await paragraph(page, index).locator('[data-testid="annotation-count"]').click();
  await page.locator('[data-testid="comment-paragraph"]').click();
  const composer = page.locator('[data-testid="composer"]');
  await composer.waitFor({ state: 'visible' });
  return composer;
};

/** Writes an amendment (a new paragraph after this one) with its explanation, without posting it. */
const writeAmendment = async (page: Page, index: number, text: string, why: string) => {
  const composer = await openComposer(page, index);
  await composer.locator('input[data-testid="composer-kind"]').click();
  await page.getByRole('option', { name: 'Amendment' }).click();
  await composer.locator('textarea[data-testid="composer-amendment-text"]').fill(text);
  await composer.locator('textarea[data-testid="composer-body"]').fill(why);
  // Kept after a pause in typing: wait until the browser's storage has it.
  await page.waitForFunction(
    `Object.keys(localStorage).some((k) => k.startsWith('concordia.unsent:') && localStorage.getItem(k).includes(${JSON.stringify(why)}))`,
  );
  return composer;
};

/** Reloads, answering the leave-page warning (and reporting whether it came). */
const reload = async (page: Page, s: SessionRound): Promise<boolean> => {
  let warned = false;
  const onDialog = (dialog: { type: () => string; accept: () => Promise<void> }) => {
    if (dialog.type() === 'beforeunload') warned = true;
    void dialog.accept();
  };
  page.on('dialog', onDialog);
  await openText(page, s);
  page.off('dialog', onDialog);
  return warned;
};

const annotationsWith = async (s: SessionRound, body: string): Promise<Annotation[]> => {
  const token = await tokenOf(demoOf('delegate').email);
  const list = await call<{ items: Annotation[] }>('GET', `/rounds/${s.roundId}/annotations`, token);
  return list.items.filter((a) => a.body === body);
};

describe('unsent text is kept in the browser until it is posted', () => {
  it('an amendment written, then the page reloaded, comes back; posted, it is gone from the composer', async () => {
    const { s, page } = await delegateOnNewRound('Unsent amendment');
    const TEXT = `Delegations shall share data on arrivals ${Date.now()}.`;
    const WHY = 'Mexico proposes a paragraph on data sharing.';
    await writeAmendment(page, 2, TEXT, WHY);

    // The leave-page warning is armed while the text is unsent.
    expect(await reload(page, s)).toBe(true);
    let composer = await openComposer(page, 2);
    await composer.locator('[data-testid="unsent-restored"]').waitFor({ state: 'visible' });
    expect(await composer.locator('textarea[data-testid="composer-body"]').inputValue()).toBe(WHY);
    expect(await composer.locator('textarea[data-testid="composer-amendment-text"]').inputValue()).toBe(TEXT);
    expect(await composer.locator('#composer-title').textContent()).toBe('New amendment');

    await composer.locator('[data-testid="composer-submit"]').click();
    await composer.waitFor({ state: 'detached' });
    await page.locator('[data-testid="thread"][data-kind="amendment"]', { hasText: WHY }).waitFor({ state: 'visible' });

    expect(await reload(page, s)).toBe(false);
    composer = await openComposer(page, 2);
    expect(await composer.locator('textarea[data-testid="composer-body"]').inputValue()).toBe('');
    expect(await composer.locator('[data-testid="unsent-restored"]').count()).toBe(0);
    expect(await annotationsWith(s, WHY)).toHaveLength(1);
  }, 90_000);

  it('Cancel with text written asks first, and "Keep writing" (where the focus lands) keeps it', async () => {
    const { s, page } = await delegateOnNewRound('Unsent cancel');
    const composer = await writeAmendment(page, 3, 'A new paragraph.', 'Written, then cancelled.');
    await composer.locator('[data-testid="composer-cancel"]').click();
    await composer.locator('[data-testid="discard-confirmation"]').waitFor({ state: 'visible' });
    expect(await page.evaluate('document.activeElement?.getAttribute("data-testid")')).toBe('discard-keep');
    await page.keyboard.press('Enter');
    await composer.locator('[data-testid="discard-confirmation"]').waitFor({ state: 'detached' });
    expect(await composer.locator('textarea[data-testid="composer-body"]').inputValue()).toBe(
      'Written, then cancelled.',
    );

    // Escape asks too; "Discard" closes the composer and forgets the text, also after a reload.
    await composer.locator('textarea[data-testid="composer-body"]').press('Escape');
    await composer.locator('[data-testid="discard-confirm"]').click();
    await composer.waitFor({ state: 'detached' });
    await reload(page, s);
    const again = await openComposer(page, 3);
    expect(await again.locator('textarea[data-testid="composer-body"]').inputValue()).toBe('');
  }, 90_000);

  it('a post whose answer was lost, posted again after a reload, makes one annotation', async () => {
    const { s, page } = await delegateOnNewRound('Unsent lost answer');
    const TEXT = `Returns shall be voluntary ${Date.now()}.`;
    const WHY = `Mexico asks for voluntary returns ${Date.now()}.`;

    // The request reaches the server and is answered, but the answer never reaches the page.
    let reached = false;
    await page.route(
      (url) => url.pathname === '/api/annotations',
      async (route) => {
        if (route.request().method() !== 'POST') return route.continue();
        const response = await route.fetch();
        reached = response.ok();
        return route.abort('connectionreset');
      },
    );
    const composer = await writeAmendment(page, 4, TEXT, WHY);
    await composer.locator('[data-testid="composer-submit"]').click();
    await composer.locator('[data-testid="composer-error"]').waitFor({ state: 'visible' });
    expect(reached).toBe(true);
    await composer.locator('[data-testid="composer-kept"]').waitFor({ state: 'visible' });
    expect(await annotationsWith(s, WHY)).toHaveLength(1);
    await page.unrouteAll();

    await reload(page, s);
    // The panel offers to go on with it, where it was written.
    await continueAndPost(page, 4, WHY);

    const posted = await annotationsWith(s, WHY);
    expect(posted).toHaveLength(1);
    expect(posted[0]?.amendment?.text).toBe(TEXT);
  }, 90_000);

  it('a session that expired while posting keeps the text: signed in again, the delegate continues it', async () => {
    const { s, context, page } = await delegateOnNewRound('Unsent expired session');
    const WHY = `Written while the session ran out ${Date.now()}.`;
    const composer = await writeAmendment(page, 5, 'A paragraph on reception.', WHY);

    // The access token is refused and the session cannot be renewed (its cookie is gone).
    await context.clearCookies();
    await page.route(
      (url) => url.pathname === '/api/annotations',
      (route) =>
        route.request().method() === 'POST'
          ? route.fulfill({
              status: 401,
              contentType: 'application/json',
              body: JSON.stringify({ code: 'AUTH_TOKEN_EXPIRED', message: 'expired', requestId: 'e2e' }),
            })
          : route.continue(),
    );
    await composer.locator('[data-testid="composer-submit"]').click();
    await page.locator('input[data-testid="login-email"]').waitFor({ state: 'visible' });
    await page.unrouteAll();

    await page.locator('input[data-testid="login-email"]').fill(demoOf('delegate').email);
    await page.locator('input[data-testid="login-password"]').fill(demoAccounts.password);
    await page.locator('[data-testid="login-submit"]').click();
    await waitLive(page);
    await continueAndPost(page, 5, WHY);
    expect(await annotationsWith(s, WHY)).toHaveLength(1);
  }, 90_000);

  it('signing out removes the text left unsent: the next person at this computer finds none', async () => {
    const { s, page } = await delegateOnNewRound('Unsent sign-out');
    await writeAmendment(page, 6, 'A paragraph.', 'Left unsent before signing out.');
    await page.locator('[data-testid="sign-out"]').click();
    // Signing out erases what is unsent: it asks first, and "Sign out" goes on.
    const ask = page.getByRole('dialog');
    await ask.waitFor({ state: 'visible' });
    expect(await ask.textContent()).toContain('Leave without saving?');
    await ask.getByRole('button', { name: 'Sign out' }).click();
    await page.locator('input[data-testid="login-email"]').waitFor({ state: 'visible' });
    expect(
      await page.evaluate(`Object.keys(localStorage).filter((k) => k.startsWith('concordia.unsent:')).length`),
    ).toBe(0);

    await signIn(page, demoOf('delegate').email);
    await openText(page, s);
    await paragraph(page, 6).locator('[data-testid="annotation-count"]').click();
    expect(await page.locator('[data-testid="unsent-continue"]').count()).toBe(0);
    const composer = await openComposer(page, 6);
    expect(await composer.locator('textarea[data-testid="composer-body"]').inputValue()).toBe('');
  }, 90_000);

  it('a reply and an edit left unsent come back after a reload, and are gone once sent', async () => {
    const { s, page } = await delegateOnNewRound('Unsent reply and edit');
    const key = (await paragraph(page, 7).getAttribute('data-key')) ?? '';
    const COMMENT = `Mexico would add a reference to regional plans ${Date.now()}.`;
    const comment = await call<Annotation>('POST', '/annotations', await tokenOf(demoOf('delegate').email), {
      clientId: randomUUID(),
      roundId: s.roundId,
      paragraphKey: key,
      kind: 'comment',
      body: COMMENT,
    });
    const thread = page.locator(`[data-testid="thread"][data-annotation-id="${comment.id}"]`);
    await paragraph(page, 7).locator('[data-testid="annotation-count"]').click();
    await thread.locator('textarea[data-testid="reply-body"]').fill('And to the annex.');
    await thread.locator('[data-testid="edit"]').click();
    await thread.locator('textarea[data-testid="edit-body"]').fill(`${COMMENT} Edited.`);
    await page.waitForFunction(
      `Object.keys(localStorage).some((k) => k.startsWith('concordia.unsent:') && localStorage.getItem(k).includes('Edited.'))`,
    );

    await reload(page, s);
    await paragraph(page, 7).locator('[data-testid="annotation-count"]').click();
    expect(await thread.locator('textarea[data-testid="reply-body"]').inputValue()).toBe('And to the annex.');
    expect(await thread.locator('textarea[data-testid="edit-body"]').inputValue()).toBe(`${COMMENT} Edited.`);
    expect(await thread.locator('[data-testid="unsent-restored"]').count()).toBe(2);
    await thread.locator('[data-testid="reply-send"]').click();
    await thread.locator('[data-testid="reply"]', { hasText: 'And to the annex.' }).waitFor({ state: 'visible' });
    await thread.locator('[data-testid="edit-save"]').click();
    await thread.locator('textarea[data-testid="edit-body"]').waitFor({ state: 'detached' });

    await reload(page, s);
    await paragraph(page, 7).locator('[data-testid="annotation-count"]').click();
    await thread.waitFor({ state: 'visible' });
    expect(await thread.locator('textarea[data-testid="reply-body"]').inputValue()).toBe('');
    expect(await thread.locator('textarea[data-testid="edit-body"]').count()).toBe(0);
    expect(await thread.locator('[data-testid="unsent-restored"]').count()).toBe(0);
  }, 90_000);

  it('a chair’s hide reason survives closing the dialog, and is gone once the comment is hidden', async () => {
    const s = await openSessionRound('Unsent hide reason');
    const token = await tokenOf(demoOf('delegate').email);
    const version = await call<{ sections: Array<{ paragraphs: Array<{ key: string }> }> }>(
      'GET',
      `/versions/${s.versionId}`,
      token,
    );
    const comment = await call<Annotation>('POST', '/annotations', token, {
      clientId: randomUUID(),
      roundId: s.roundId,
      paragraphKey: version.sections[0]?.paragraphs[0]?.key ?? '',
      kind: 'comment',
      body: 'An intemperate remark.',
    });
    const { page } = await newPage();
    await signIn(page, demoOf('chair').email);
    await openConsole(page, s);
    const item = page.locator(`[data-testid="moderation-item"][data-annotation-id="${comment.id}"]`);
    const REASON = 'Personal remarks are not in order.';
    await item.locator('[data-testid="moderation-hide"]').click();
    await page.locator('textarea[data-testid="moderation-reason"]').fill(REASON);
    await page.keyboard.press('Escape');
    await page.locator('textarea[data-testid="moderation-reason"]').waitFor({ state: 'detached' });

    await item.locator('[data-testid="moderation-hide"]').click();
    await page.locator('[data-testid="unsent-restored"]').waitFor({ state: 'visible' });
    expect(await page.locator('textarea[data-testid="moderation-reason"]').inputValue()).toBe(REASON);
    await page.locator('[data-testid="moderation-confirm"]').click();
    await item.locator('[data-testid="hidden-by-chair"]').waitFor({ state: 'visible' });
    await page.waitForFunction(`Object.keys(localStorage).every((k) => !k.startsWith('concordia.unsent:'))`);
  }, 90_000);

  it('a statement breaking silence survives a reload, and is gone once the silence is broken', async () => {
    const s = await openSessionRound('Unsent silence statement');
    const chair = await tokenOf(demoOf('chair').email);
    const version = await call<{ sections: Array<{ paragraphs: Array<{ key: string }> }> }>(
      'GET',
      `/versions/${s.versionId}`,
      chair,
    );
    await call('POST', `/rounds/${s.roundId}/silence-procedures`, chair, {
      paragraphKeys: [version.sections[0]?.paragraphs[0]?.key ?? ''],
      deadline: new Date(Date.now() + 60 * 60_000).toISOString(),
    });
    const { page } = await newPage();
    await signIn(page, demoOf('head_of_delegation').email);
    await openText(page, s);
    const running = page.locator('[data-testid="silence-running"]');
    const statement = page.locator('textarea[data-testid="silence-statement"]');
    const STATEMENT = 'Mexico cannot join consensus on the second sentence.';
    await running.locator('[data-testid="silence-break"]').click();
    await statement.fill(STATEMENT);

    // The leave-page warning is armed while the statement is unsent.
    expect(await reload(page, s)).toBe(true);
    await running.locator('[data-testid="silence-break"]').click();
    await page.locator('[data-testid="unsent-restored"]').waitFor({ state: 'visible' });
    expect(await statement.inputValue()).toBe(STATEMENT);
    await page.locator('[data-testid="silence-break-confirm"]').click();
    await page
      .locator('[data-testid="silence-ended"][data-status="broken"]', { hasText: STATEMENT })
      .waitFor({ state: 'visible', timeout: 30_000 });
    await page.waitForFunction(`Object.keys(localStorage).every((k) => !k.startsWith('concordia.unsent:'))`);
  }, 90_000);
});
