import { pagesForSpec, webUrl } from './support/browser';
import { demoAccounts } from './support/demo-accounts';
import { call, demoOf, openSessionRound, signIn, tokenOf } from './support/session';

const PASSWORD = 'a long enough passphrase';

describe('the secretariat reads the audit log in its language, in the browser', () => {
  const pages = pagesForSpec();

  it('labels actions and summaries in French and filters by an action chosen from a list', async () => {
    const round = await openSessionRound('Audit labels');
    // A secretariat member of their own who works in French, so the demo people keep their language.
    const admin = demoAccounts.accounts.find((a) => a.platformRoles.includes('admin'));
    if (!admin) throw new Error('demo-accounts.json lists no admin');
    const stamp = Date.now();
    const reader = { email: `audit-fr-${stamp}@example.test`, name: `Lectrice ${stamp}` };
    const user = await call<{ id: string }>('POST', '/users', await tokenOf(admin.email), {
      ...reader,
      password: PASSWORD,
      language: 'fr',
      timeZone: 'Europe/Paris',
      platformRoles: [],
    });
    await call('POST', `/processes/${round.processId}/members`, await tokenOf(demoOf('secretariat').email), {
      userId: user.id,
      role: 'secretariat',
    });

    const { page } = await pages.newPage();
    await signIn(page, reader.email, PASSWORD);
    await page.goto(`${webUrl()}/audit?process=${round.processId}`);
    const newest = page.locator('[data-testid="audit-row"]').first();
    await newest.waitFor({ state: 'visible' });
    expect(await newest.getAttribute('data-action')).toBe('membership.added');
    expect(await newest.locator('[data-testid="audit-action-label"]').textContent()).toBe('Membre ajouté');
    expect(await newest.locator('[data-testid="audit-summary"]').textContent()).toBe(
      `${reader.name} ajouté(e) comme Secrétariat`,
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
      `Cycle « ${roundName} » : Programmé → Ouvert`,
    );
    const actions = await Promise.all((await rows.all()).map((row) => row.getAttribute('data-action')));
    expect(new Set(actions)).toEqual(new Set(['round.status_changed']));
  });
});
