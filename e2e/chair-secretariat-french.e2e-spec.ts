import type { Annotation, DraftVersion, Me } from '@concordia/contracts';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newDesktopPage, webUrl } from './support/browser';
import { demoAccounts } from './support/demo-accounts';
import {
  call,
  demoOf,
  openConsole,
  openSessionRound,
  openText,
  signIn,
  tokenOf,
  type SessionRound,
} from './support/session';

/** Live updates must show without a reload; this leaves CI slack. */
const LIVE_MS = 5_000;
/** A page that just started loading: its data comes after the sign-in and the bundle (busy CI cores). */
const PAGE_MS = 15_000;

/** The demo person's interface language, as the language switcher saves it. */
const setLanguage = async (role: 'chair' | 'secretariat', language: 'en' | 'fr'): Promise<void> =>
  void (await call('PATCH', '/auth/me', await tokenOf(demoOf(role).email), { language }));

describe('the chair and the secretariat working in French, in the browser', () => {
  let browser: Browser;
  let round: SessionRound;
  const contexts: BrowserContext[] = [];

  const frenchPage = async (role: 'chair' | 'secretariat'): Promise<Page> => {
    const opened = await newDesktopPage(browser);
    contexts.push(opened.context);
    await signIn(opened.page, demoOf(role).email);
    return opened.page;
  };

  beforeAll(async () => {
    round = await openSessionRound('French session');
    await setLanguage('chair', 'fr');
    await setLanguage('secretariat', 'fr');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    // Other specs read these demo people in English.
    await setLanguage('chair', 'en');
    await setLanguage('secretariat', 'en');
    await Promise.all(contexts.map((c) => c.close()));
    await browser?.close();
  });

  it('a paragraph status is announced as "Paragraphe 1 : …", not "Paragraphe 1. : …"', async () => {
    const page = await frenchPage('chair');
    await openConsole(page, round);
    const control = page.locator('[data-testid="paragraph-status-control"]').first();
    expect(await control.getAttribute('aria-label')).toMatch(/^Paragraphe \d+\s: Ouvert\. Changer le statut$/);
    await control.click();
    await page.locator('[data-testid="paragraph-status-bracketed"]').click();
    await page.getByText(/^Paragraphe \d+\s: Entre crochets\.$/).waitFor({ state: 'visible', timeout: LIVE_MS });
  });

  it('cancelling a silence procedure asks first; keeping it leaves it running', async () => {
    const page = await frenchPage('chair');
    await openConsole(page, round);
    const form = page.locator('[data-testid="silence-start-form"]');
    await form.locator('input[data-testid="silence-paragraphs"]').click();
    await page.getByRole('option').first().click();
    await page.keyboard.press('Escape');
    await form.locator('[data-testid="silence-start"]').click();
    const running = page.locator('[data-testid="silence-running"]');
    await running.waitFor({ state: 'visible', timeout: LIVE_MS });

    await running.locator('[data-testid="silence-cancel"]').click();
    const dialog = page.getByRole('dialog', { name: /Annuler la procédure d’accord tacite sur/ });
    await dialog.waitFor({ state: 'visible', timeout: LIVE_MS });
    await dialog.getByRole('button', { name: 'La laisser en cours' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await running.count()).toBe(1);

    await running.locator('[data-testid="silence-cancel"]').click();
    await dialog.getByRole('button', { name: 'Annuler la procédure' }).click();
    await running.waitFor({ state: 'detached', timeout: LIVE_MS });
    expect(await page.locator('[data-testid="silence-ended"]').first().textContent()).toMatch(/annulée/);
  });

  it('the consensus per paragraph shows "Pas de consensus" whole and each paragraph on one line', async () => {
    // Mexico objects to the first paragraph; nobody has recorded anything on the others.
    const head = await tokenOf(demoOf('head_of_delegation').email);
    const me = await call<Me>('GET', '/auth/me', head);
    const mexico = me.memberships.find((m) => m.processId === round.processId)?.delegationId;
    const version = await call<DraftVersion>('GET', `/versions/${round.versionId}`, head);
    const [first, second] = version.sections.flatMap((section) => section.paragraphs);
    if (!mexico || !first || !second) throw new Error('the demo head or text is missing');
    await call('POST', `/rounds/${round.roundId}/positions`, head, {
      delegationId: mexico,
      paragraphKey: first.key,
      value: 'objection',
    });
    const page = await frenchPage('secretariat');
    await page.goto(`${webUrl()}/processes/${round.processId}/rounds/${round.roundId}/positions`);
    const row = page.locator(`[data-testid="summary-row"][data-key="${first.key}"]`);
    await row.waitFor({ state: 'visible', timeout: LIVE_MS });
    const badge = row.locator('.mantine-Badge-root');
    expect(await badge.textContent()).toBe('Pas de consensus');
    // A paragraph nobody took a position on is not reported as a disagreement.
    const untouched = page.locator(`[data-testid="summary-row"][data-key="${second.key}"] .mantine-Badge-root`);
    expect(await untouched.textContent()).toBe('Aucune position');
    // Measured in the page (no DOM types here). A cut label ends in "…": its text is wider than
    // its box; a wrapped one is taller than one line.
    const rowInPage = `document.querySelector('[data-testid="summary-row"][data-key="${await row.getAttribute('data-key')}"]')`;
    const cut = await page.evaluate(
      `Array.from(${rowInPage}.querySelectorAll('.mantine-Badge-root, .mantine-Badge-root *')).some((el) => el.scrollWidth > el.clientWidth)`,
    );
    expect(cut).toBe(false);
    const lines = await page.evaluate(
      `(() => { const label = ${rowInPage}.firstElementChild; return Math.round(label.getBoundingClientRect().height / parseFloat(getComputedStyle(label).lineHeight)); })()`,
    );
    expect(lines).toBe(1);
  });

  it('closing a round asks first, saying delegations can no longer comment; keeping it leaves it open', async () => {
    const own = await openSessionRound('French closing');
    const page = await frenchPage('chair');
    await openConsole(page, own);
    const status = page.locator('[data-testid="round-status"]');
    expect(await status.getAttribute('data-status')).toBe('open');

    await page.locator('[data-testid="round-action-close"]').click();
    const dialog = page.getByRole('dialog', { name: /^Fermer «\sFrench closing \d+\s»\s\?$/ });
    await dialog.waitFor({ state: 'visible', timeout: LIVE_MS });
    expect(await dialog.textContent()).toContain('Les délégations ne pourront plus commenter');
    await dialog.getByRole('button', { name: 'Le laisser ouvert' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await status.getAttribute('data-status')).toBe('open');

    await page.locator('[data-testid="round-action-close"]').click();
    await dialog.getByRole('button', { name: 'Fermer le cycle' }).click();
    await page
      .locator('[data-testid="round-status"][data-status="closed"]')
      .waitFor({ state: 'visible', timeout: LIVE_MS });
    // Said in a sentence, the status in lower case where it stands.
    await page.locator('.mantine-Notification-root', { hasText: 'Le cycle est maintenant fermé.' }).waitFor();

    // Reopening tells every delegation again: asked first, with the closing time and its zone.
    await page.locator('[data-testid="round-action-reopen"]').click();
    const reopen = page.getByRole('dialog', { name: /^Rouvrir «\sFrench closing \d+\s»\s\?$/ });
    await reopen.waitFor({ state: 'visible', timeout: LIVE_MS });
    const asked = await reopen.textContent();
    expect(asked).toContain('Toutes les délégations participantes en sont averties aussitôt.');
    expect(asked).toMatch(/jusqu’à la clôture, le .+ (UTC|GMT)/);
    await reopen.getByRole('button', { name: 'Pas encore' }).click();
    await reopen.waitFor({ state: 'hidden' });
    expect(await status.getAttribute('data-status')).toBe('closed');
  });

  it("the moderation queue names each comment's author, delegation and paragraph, and opens its thread", async () => {
    const delegate = demoOf('delegate');
    const token = await tokenOf(delegate.email);
    const version = await call<DraftVersion>('GET', `/versions/${round.versionId}`, token);
    const paragraphs = version.sections.flatMap((s) => s.paragraphs);
    const paragraph = paragraphs[1] ?? paragraphs[0];
    if (!paragraph) throw new Error('the demo version has no paragraph');
    const comment = await call<Annotation>('POST', '/annotations', token, {
      clientId: crypto.randomUUID(),
      roundId: round.roundId,
      paragraphKey: paragraph.key,
      kind: 'comment',
      visibility: 'round',
      body: `Une remarque pour la modération ${Date.now()}`,
    });

    const page = await frenchPage('chair');
    await openConsole(page, round);
    const item = page.locator(`[data-testid="moderation-item"][data-annotation-id="${comment.id}"]`);
    await item.waitFor({ state: 'visible', timeout: PAGE_MS });
    const number = paragraph.number.replace(/[.)]$/, '');
    expect(await item.locator('[data-testid="moderation-author"]').textContent()).toBe(comment.authorName);
    expect(await item.locator('[data-testid="moderation-delegation"]').textContent()).toBe(comment.delegationName);
    expect(await item.locator('[data-testid="moderation-paragraph"]').textContent()).toBe(`§ ${number}`);
    expect(await item.locator('time').getAttribute('datetime')).toBe(comment.createdAt);

    const link = item.getByRole('link', {
      name: `Ouvrir la discussion de ${comment.delegationName ?? comment.authorName} (§ ${number})`,
    });
    await link.click();
    await page.waitForURL((url) => url.searchParams.get('thread') === comment.id);
    const thread = page.locator(`#thread-${comment.id}`);
    await thread.waitFor({ state: 'visible', timeout: PAGE_MS });
    expect(await thread.getAttribute('class')).toContain('is-highlighted');
    expect(await thread.textContent()).toContain(comment.body);

    // The secretariat's dispositions worklist links the same thread.
    const secretariat = await frenchPage('secretariat');
    await secretariat.goto(`${webUrl()}/processes/${round.processId}/rounds/${round.roundId}/positions`);
    const row = secretariat.locator('[data-testid="disposition-row"]', { hasText: comment.body });
    await row.waitFor({ state: 'visible', timeout: PAGE_MS });
    await row.getByRole('link', { name: 'Ouvrir la discussion' }).click();
    await secretariat.waitForURL((url) => url.searchParams.get('thread') === comment.id);
    await secretariat.locator(`#thread-${comment.id}.is-highlighted`).waitFor({ state: 'visible', timeout: PAGE_MS });
  });

  it("the working version is named in French on the drafts page and in the process page's version list", async () => {
    const page = await frenchPage('secretariat');
    await page.goto(`${webUrl()}/drafts?process=${round.processId}`);
    const working = page.locator('[data-testid="drafts-table"] [data-testid="draft-working"]');
    await working.first().waitFor({ state: 'visible', timeout: PAGE_MS });
    // Every draft has one (a new working version follows each publication); the server's label is an English placeholder.
    expect(new Set(await working.allTextContents())).toEqual(new Set(['Version de travail']));

    await page.goto(`${webUrl()}/processes/${round.processId}`);
    await page.locator('input[data-testid="version-select"]').click();
    const options = page.getByRole('option');
    await options.first().waitFor({ state: 'visible', timeout: PAGE_MS });
    const names = await options.allTextContents();
    expect(names.some((name) => name.endsWith('Version de travail'))).toBe(true);
    expect(names.filter((name) => name.includes('Working version'))).toEqual([]);
  });

  it("the idle silence card above the text keeps the chair's « Lancer » whole at 1280×720", async () => {
    const page = await frenchPage('chair');
    await page.setViewportSize({ width: 1280, height: 720 });
    await openText(page, round);
    const start = page.locator('[data-testid="silence-start-open"]');
    await start.waitFor({ state: 'visible', timeout: PAGE_MS });
    expect((await start.textContent())?.trim()).toBe('Lancer');
    // The card's status line is cut to fit; the button beside it was squeezed instead ("Lancei").
    const cut = await page.evaluate<{ label: number; shown: number }>(`(() => {
      const label = document.querySelector('[data-testid="silence-start-open"] .mantine-Button-label');
      return { label: label.scrollWidth, shown: label.clientWidth };
    })()`);
    expect(cut.label).toBeLessThanOrEqual(cut.shown);
  });

  it('with a delegation waiting for the floor, the idle silence card shows its title and « Aucune en cours. » whole', async () => {
    const waiting = await openSessionRound('French floor requested');
    const head = await tokenOf(demoOf('head_of_delegation').email);
    const version = await call<DraftVersion>('GET', `/versions/${waiting.versionId}`, head);
    const paragraphKey = version.sections.flatMap((s) => s.paragraphs)[0]?.key;
    if (!paragraphKey) throw new Error('the demo draft has no paragraph');
    await call('POST', `/rounds/${waiting.roundId}/speakers`, head, { paragraphKey });
    const page = await frenchPage('chair');
    await page.setViewportSize({ width: 1280, height: 720 });
    await openText(page, waiting);
    // The speakers' list is a full card now, and squeezes the silence line to its narrowest.
    await page.locator('[data-testid="speakers-panel"]:not([data-compact])').waitFor({ timeout: PAGE_MS });
    const card = page.locator('[data-testid="silence-panel"][data-compact]');
    await card.getByText('Aucune en cours.').waitFor({ state: 'visible', timeout: PAGE_MS });
    // Before, the title ran out of the card and the status was cut to nothing.
    const shown = await page.evaluate<{ text: string; cut: boolean; outside: boolean }[]>(`(() => {
      const card = document.querySelector('[data-testid="silence-panel"][data-compact]').getBoundingClientRect();
      return [...document.querySelectorAll('[data-testid="silence-panel"] .compact-heading > *')].map((el) => {
        const box = el.getBoundingClientRect();
        return { text: el.textContent, cut: el.scrollWidth > el.clientWidth || box.width === 0, outside: box.right > card.right };
      });
    })()`);
    expect(shown).toEqual([
      { text: 'Procédure d’accord tacite', cut: false, outside: false },
      { text: 'Aucune en cours.', cut: false, outside: false },
    ]);
  });

  it('starting a silence procedure from the keyboard leaves the focus on the procedure it started', async () => {
    const own = await openSessionRound('French keyboard silence');
    const page = await frenchPage('chair');
    await openConsole(page, own);
    const form = page.locator('[data-testid="silence-start-form"]');
    await form.locator('input[data-testid="silence-paragraphs"]').focus();
    await page.keyboard.type('1');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await form.locator('[data-testid="silence-start"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="silence-running"]').waitFor({ timeout: LIVE_MS });
    // Start goes disabled once used; the focus fell to the top of the page, losing the chair's place.
    await page.waitForFunction(`document.activeElement?.getAttribute('data-testid') === 'silence-running'`, undefined, {
      timeout: LIVE_MS,
    });
    expect(await page.evaluate(`document.activeElement.getAttribute('aria-label')`)).toMatch(
      // The bare number, as everywhere else: the demo draft numbers its paragraphs "1.".
      /^Sous silence\u00a0: § 1$/,
    );
  });

  it('the account page names the time zone by its city in French, and finds it by its English name too', async () => {
    const page = await frenchPage('secretariat');
    await page.goto(`${webUrl()}/account`);
    // The demo people's zone, America/Mexico_City: Mexico in French, not the id's Mexico City.
    const zone = page.locator('input[data-testid="timezone-select"]');
    await page.waitForFunction(
      `document.querySelector('input[data-testid="timezone-select"]')?.value.includes(' – ')`,
      undefined,
      { timeout: PAGE_MS },
    );
    expect(await zone.inputValue()).toMatch(/^\(UTC−0[56]:00\) Mexico – heure .*centre nord-américain$/);
    await zone.click();
    await zone.fill('vienna');
    const option = page.getByRole('option');
    await option.first().waitFor({ state: 'visible', timeout: LIVE_MS });
    expect(await option.allTextContents()).toEqual([expect.stringMatching(/\) Vienne – heure d’Europe centrale$/)]);
  });

  it('a field the server refuses is named in French, not by its JSON name', async () => {
    const page = await frenchPage('secretariat');
    await page.goto(`${webUrl()}/account`);
    const form = page.locator('section[aria-labelledby="password-title"]');
    await form.waitFor({ state: 'visible', timeout: PAGE_MS });
    // Only the server knows the new password is the current one: it answers with a field issue on newPassword.
    const inputs = form.locator('input[type="password"]');
    for (const n of [0, 1, 2]) await inputs.nth(n).fill(demoAccounts.password);
    await form.locator('button[type="submit"]').click();
    const alert = form.locator('[data-testid="error-alert"]');
    await alert.waitFor({ state: 'visible', timeout: LIVE_MS });
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('Nouveau mot de passe\u00a0: Choisissez un mot de passe différent de l’actuel.');
    expect(text).not.toContain('newPassword');
  });
});
