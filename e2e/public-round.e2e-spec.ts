import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Annotation, DraftVersion, Round } from '@concordia/contracts';
import { pagesForSpec, webUrl } from './support/browser';
import { call, demoOf, openSessionRound, signIn, tokenOf, type SessionRound } from './support/session';

const RESULTS = join(__dirname, '..', 'test-results');

describe('a public round, read without an account', () => {
  const pages = pagesForSpec();
  let round: SessionRound;

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    round = await openSessionRound('Open hearing', { confidentiality: 'public' });
  });

  it('shows a visitor the text and the round’s comments by delegation, never an internal note; members find the link', async () => {
    const [delegate, chair] = await Promise.all([tokenOf(demoOf('delegate').email), tokenOf(demoOf('chair').email)]);
    const version = await call<DraftVersion>('GET', `/versions/${round.versionId}`, delegate);
    const first = version.sections.flatMap((s) => s.paragraphs)[0];
    if (!first) throw new Error('the demo draft has no paragraph');
    const post = (token: string, body: string, visibility: string) =>
      call<Annotation>('POST', '/annotations', token, {
        clientId: randomUUID(),
        roundId: round.roundId,
        paragraphKey: first.key,
        kind: 'comment',
        visibility,
        body,
      });
    const comment = await post(delegate, 'We ask for a clearer scope in this paragraph.', 'round');
    await post(delegate, 'Internal: our capital has not answered yet.', 'delegation');
    await call('POST', `/annotations/${comment.id}/replies`, chair, {
      clientId: randomUUID(),
      body: 'The chair takes note and will circulate a proposal.',
    });

    const { page } = await pages.newPage();
    await page.goto(`${webUrl()}/public/rounds/${round.roundId}`);
    await page.locator('[data-testid="public-round-name"]').waitFor({ state: 'visible' });
    expect(await page.locator('[data-testid="public-round-window"]').textContent()).toContain(
      'Open for comments until',
    );
    const paragraph = page.locator(`[data-testid="paragraph"][data-key="${first.key}"]`);
    expect(await paragraph.textContent()).toContain(first.text.slice(0, 40));
    const thread = paragraph.locator('[data-testid="public-thread"]');
    await thread.first().waitFor({ state: 'visible' });
    expect(await thread.count()).toBe(1);
    expect(await thread.locator('[data-testid="public-speaker"]').allTextContents()).toEqual(['Mexico', 'The chair']);
    const shown = (await page.locator('main').textContent()) ?? '';
    expect(shown).toContain('We ask for a clearer scope');
    expect(shown).not.toContain('Internal: our capital');
    // Individuals are not named in the public record: statements are the delegation's.
    expect(shown).not.toContain(demoOf('delegate').name);
    await page.screenshot({ path: join(RESULTS, 'public-round.png') });

    // Another language, still without an account.
    await page.locator('input[data-testid="language-switcher"]').click();
    await page.getByRole('option', { name: 'Français' }).first().click();
    await page.locator('[data-testid="public-round-window"]', { hasText: 'Ouvert aux commentaires' }).waitFor();

    // A round reserved to its participants is not there for a visitor, though its address is right.
    const secretariat = await tokenOf(demoOf('secretariat').email);
    const rounds = await call<{ items: Round[] }>('GET', `/processes/${round.processId}/rounds`, secretariat);
    const reserved = rounds.items.find((r) => r.confidentiality !== 'public' && r.status === 'open');
    if (!reserved) throw new Error('the demo has no open round that is not public');
    await page.goto(`${webUrl()}/public/rounds/${reserved.id}`);
    await page.locator('[data-testid="public-round-missing"]').waitFor({ state: 'visible' });
    expect(await page.locator('main').textContent()).not.toContain(reserved.name);

    // A member finds the public page from the process's list of rounds.
    const member = await pages.newPage();
    await signIn(member.page, demoOf('secretariat').email);
    await member.page.goto(`${webUrl()}/processes/${round.processId}`);
    await member.page.locator(`[data-testid="public-round-link"][href="/public/rounds/${round.roundId}"]`).click();
    await member.page.locator('[data-testid="public-round-name"]').waitFor({ state: 'visible' });
    expect(member.page.url()).toBe(`${webUrl()}/public/rounds/${round.roundId}`);
  });

  it('keeps a visitor’s page current without a reload: each minute while seen and on coming back, in place', async () => {
    const delegate = await tokenOf(demoOf('delegate').email);
    const version = await call<DraftVersion>('GET', `/versions/${round.versionId}`, delegate);
    const second = version.sections.flatMap((s) => s.paragraphs)[1];
    if (!second) throw new Error('the demo draft has fewer than two paragraphs');
    const post = (body: string) =>
      call<Annotation>('POST', '/annotations', delegate, {
        clientId: randomUUID(),
        roundId: round.roundId,
        paragraphKey: second.key,
        kind: 'comment',
        visibility: 'round',
        body,
      });
    const { page } = await pages.newPage();
    let loads = 0;
    page.on('request', (request) => {
      if (request.url().includes(`/public/rounds/${round.roundId}`)) loads += 1;
    });
    // The page's clock is driven by the test: a minute passes without waiting a minute. The
    // answer's 15 s of HTTP caching would still run on the real clock: the browser's cache is off.
    await page.clock.install();
    const devtools = await page.context().newCDPSession(page);
    await devtools.send('Network.enable');
    await devtools.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.goto(`${webUrl()}/public/rounds/${round.roundId}`);
    const updated = page.locator('[data-testid="public-round-updated"]');
    await updated.waitFor({ state: 'visible' });
    const firstUpdate = await updated.getAttribute('data-updated-at');
    // Marked and scrolled: a reload in place keeps both (no loader, no page rebuilt under the reader).
    await page.evaluate(`document.querySelector('[data-testid="public-round-name"]').dataset.kept = 'yes'`);
    await page.evaluate('window.scrollTo(0, 300)');
    const scrolled = Number(await page.evaluate('window.scrollY'));

    const minuteLater = `A minute later ${Date.now()}`;
    await post(minuteLater);
    await page.clock.fastForward('01:01');
    await page.locator('[data-testid="public-thread"]', { hasText: minuteLater }).waitFor({ state: 'visible' });
    expect(await updated.getAttribute('data-updated-at')).not.toBe(firstUpdate);
    expect(await page.evaluate(`document.querySelector('[data-testid="public-round-name"]').dataset.kept`)).toBe('yes');
    expect(Number(await page.evaluate('window.scrollY'))).toBe(scrolled);

    // A hidden tab asks nothing, however long; shown again, it reloads at once.
    const setSeen = (state: 'hidden' | 'visible') =>
      page.evaluate(`(() => {
        Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => '${state}' });
        document.dispatchEvent(new Event('visibilitychange'));
      })()`);
    await setSeen('hidden');
    const before = loads;
    const meanwhile = `While away ${Date.now()}`;
    await post(meanwhile);
    await page.clock.fastForward('10:00');
    await page.evaluate('1');
    expect(loads).toBe(before);
    await setSeen('visible');
    await page.locator('[data-testid="public-thread"]', { hasText: meanwhile }).waitFor({ state: 'visible' });
    expect(loads).toBe(before + 1);
  });
});
