import type { Round } from '@concordia/contracts';
import { pagesForSpec, webUrl } from './support/browser';
import { call, demoOf, signIn, tokenOf } from './support/session';

describe('the round page', () => {
  const pages = pagesForSpec();

  it('names every participating delegation, also one without members yet', async () => {
    const delegate = demoOf('delegate');
    const token = await tokenOf(delegate.email);
    const processes = await call<{ items: Array<{ id: string; title: string }> }>('GET', '/processes', token);
    const process = processes.items.find((p) => p.title === 'Meridian Process on Human Mobility');
    if (!process) throw new Error('the demo process is missing');
    const rounds = await call<{ items: Round[] }>('GET', `/processes/${process.id}/rounds`, token);
    const round = rounds.items.find((r) => r.name === 'First regional consultation');
    if (!round) throw new Error('the demo round is missing');
    const delegations = await call<{ items: Array<{ id: string; name: string }> }>('GET', '/delegations', token);
    const expected = round.delegationIds.map((id) => delegations.items.find((d) => d.id === id)?.name ?? id);

    const { page } = await pages.newPage();
    const invalidHtml: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('cannot be a descendant of')) invalidHtml.push(message.text());
    });
    await signIn(page, delegate.email);
    await page.goto(`${webUrl()}/processes/${process.id}/rounds/${round.id}`);
    const names = page.locator('[data-testid="round-delegations"] .mantine-Badge-label');
    await names.first().waitFor({ state: 'visible' });
    // The lists behind the names load one after the other: give them a moment to settle.
    const deadline = Date.now() + 5_000;
    let shown = await names.allTextContents();
    while (JSON.stringify(shown) !== JSON.stringify(expected) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      shown = await names.allTextContents();
    }
    // Badges are upper-cased by CSS only: their text is the delegation's name, never its id.
    expect(shown).toEqual(expected);
    for (const name of shown) expect(name).not.toMatch(/^[0-9a-f]{24}$/);
    // React reports blocks nested in paragraphs (the status badge under the title was one).
    expect(invalidHtml).toEqual([]);
  });

  it("leads from the home page's current round to its page and straight to its text", async () => {
    const delegate = demoOf('delegate');
    const { page } = await pages.newPage();
    await signIn(page, delegate.email);
    const card = page.locator('[data-testid="membership-card"]', { hasText: 'Meridian Process on Human Mobility' });
    const text = card.locator('[data-testid="home-round-text"]');
    await text.waitFor({ state: 'visible' });
    expect(await card.locator('[data-testid="home-round-link"]').getAttribute('href')).toMatch(
      /^\/processes\/[0-9a-f]{24}\/rounds\/[0-9a-f]{24}$/,
    );
    await text.click();
    await page.waitForURL((url) => /\/drafts\/[0-9a-f]{24}$/.test(url.pathname) && url.searchParams.has('round'));
    await page
      .locator('[data-testid="live-status"][data-state="live"]')
      .first()
      .waitFor({ state: 'visible', timeout: 15_000 });
    await page.locator('[data-testid="paragraph"]').first().waitFor({ state: 'visible' });
  });
});
