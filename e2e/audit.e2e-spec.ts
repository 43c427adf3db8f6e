import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { pagesForSpec, webUrl } from './support/browser';
import { call, demoOf, openSessionRound, secretariatMemberIn, signIn, tokenOf } from './support/session';

const RESULTS = join(__dirname, '..', 'test-results');

/** A secretariat member of the process in `language`, so the demo people keep theirs. */
const readerIn = (processId: string, language: 'en' | 'fr' | 'es', name: string) =>
  secretariatMemberIn(processId, { language, name, timeZone: 'Europe/Paris' });

describe('the secretariat reads the audit log in its language, in the browser', () => {
  const pages = pagesForSpec();

  it('labels actions and summaries in French, filters by an action chosen from a list and by a day typed the French way', async () => {
    const round = await openSessionRound('Audit labels');
    const reader = await readerIn(round.processId, 'fr', `Lectrice ${Date.now()}`);

    const { page } = await pages.newPage();
    await signIn(page, reader.email);
    await page.goto(`${webUrl()}/audit?process=${round.processId}`);
    const newest = page.locator('[data-testid="audit-row"]').first();
    await newest.waitFor({ state: 'visible' });
    expect(await newest.getAttribute('data-action')).toBe('membership.added');
    expect(await newest.locator('[data-testid="audit-action-label"]').textContent()).toBe('Membre ajouté');
    expect(await newest.locator('[data-testid="audit-summary"]').textContent()).toBe(
      `Ajout de ${reader.name} avec le rôle Secrétariat`,
    );

    // Keyboard only: type part of the label, pick the option, apply.
    const action = page.locator('input[data-testid="audit-action"]');
    await action.focus();
    await page.keyboard.type('Statut du cycle');
    await page.getByRole('option', { name: 'Statut du cycle modifié' }).waitFor({ state: 'visible' });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await action.inputValue()).toBe('Statut du cycle modifié');
    await page.locator('[data-testid="audit-apply"]').click();

    const rows = page.locator('[data-testid="audit-row"]');
    await page
      .locator('[data-testid="audit-row"]:not([data-action="round.status_changed"])')
      .first()
      .waitFor({ state: 'detached' });
    const secretariat = await tokenOf(demoOf('secretariat').email);
    const roundName = (await call<{ name: string }>('GET', `/rounds/${round.roundId}`, secretariat)).name;
    const opened = rows.filter({ hasText: roundName }).first();
    await opened.waitFor({ state: 'visible' });
    expect(await opened.locator('[data-testid="audit-summary"]').textContent()).toBe(
      `Cycle «\u00a0${roundName}\u00a0»\u00a0: Programmé → Ouvert`,
    );
    const actions = await Promise.all((await rows.all()).map((row) => row.getAttribute('data-action')));
    expect(new Set(actions)).toEqual(new Set(['round.status_changed']));

    // From tomorrow, typed day first as in France on an English browser: nothing yet.
    const tomorrow = DateTime.now().setZone('Europe/Paris').plus({ days: 1 });
    const from = page.locator('input[data-testid="audit-from"]');
    await from.pressSequentially(tomorrow.toFormat('dd/MM/yyyy'));
    await from.blur();
    expect(await from.inputValue()).toBe(
      tomorrow.setLocale('fr').toFormat(tomorrow.day === 1 ? "d'er' LLL yyyy" : 'd LLL yyyy'),
    );
    await page.locator('[data-testid="audit-apply"]').click();
    await page.getByText('Aucune entrée ne correspond.').waitFor({ state: 'visible' });
  });

  // Three people sign in and load the page: more than one test's worth of time on a loaded machine.
  it('keeps the filters and the export on one line at 1280 × 720 in English, French and Spanish', async () => {
    mkdirSync(RESULTS, { recursive: true });
    const round = await openSessionRound('Audit layout');
    for (const language of ['en', 'fr', 'es'] as const) {
      const reader = await readerIn(round.processId, language, `Reader ${language}`);
      const { page } = await pages.newPage();
      await page.setViewportSize({ width: 1280, height: 720 });
      await signIn(page, reader.email);
      await page.goto(`${webUrl()}/audit?process=${round.processId}`);
      await page.locator('[data-testid="audit-row"]').first().waitFor({ state: 'visible' });
      const controls = ['audit-action', 'audit-from', 'audit-to', 'audit-apply', 'audit-reset', 'audit-export'];
      const boxes = await Promise.all(
        controls.map(async (id) => ({ id, box: await page.locator(`[data-testid="${id}"]`).boundingBox() })),
      );
      const form = await page.locator('[data-testid="audit-filters"]').boundingBox();
      await page.screenshot({ path: join(RESULTS, `audit-filters-${language}.png`) });
      // One line: every control ends at the same height, inside the card, left to right in order.
      const bottoms = boxes.map(({ id, box }) => [id, Math.round((box?.y ?? 0) + (box?.height ?? 0))]);
      expect({ language, bottoms }).toEqual({ language, bottoms: controls.map((id) => [id, bottoms[0]?.[1]]) });
      const lefts = boxes.map(({ box }) => box?.x ?? 0);
      expect(lefts).toEqual([...lefts].sort((a, b) => a - b));
      const exportBox = boxes.at(-1)?.box;
      expect((exportBox?.x ?? 0) + (exportBox?.width ?? 0)).toBeLessThanOrEqual((form?.x ?? 0) + (form?.width ?? 0));
    }
  }, 180_000);
});
