import type { DraftVersion } from '@concordia/contracts';
import type { Page } from 'playwright-core';
import { pagesForSpec, webUrl } from './support/browser';
import { call, demoOf, openConsole, openSessionRound, openText, signIn, tokenOf } from './support/session';

const { newPage } = pagesForSpec();
const LIVE_MS = 5_000;

const bare = (number: string) => number.replace(/[.)]$/, '');

/** Where a paragraph sits in the window: null while it is not drawn (the text is virtualised). */
const boxOf = async (page: Page, key: string) => {
  const paragraph = page.locator(`[data-testid="paragraph"][data-key="${key}"]`);
  return (await paragraph.count()) === 0 ? null : paragraph.boundingBox();
};

describe('the paragraph under consideration, in the browser', () => {
  it('the chair takes up paragraphs from the console; readers see it live, follow the chair only if they ask, and ask for the floor on it', async () => {
    // A public round of its own: no other spec moves its paragraph under consideration.
    const round = await openSessionRound('Under consideration', { confidentiality: 'public' });
    const secretariat = await tokenOf(demoOf('secretariat').email);
    const version = await call<DraftVersion>('GET', `/versions/${round.versionId}`, secretariat);
    const paragraphs = version.sections.flatMap((s) => s.paragraphs);
    const [first, second] = paragraphs;
    const last = paragraphs[paragraphs.length - 1];

    // A delegate reads at 1280×720 and will follow the chair; the head of delegation will not.
    const { page: delegate } = await newPage();
    await delegate.setViewportSize({ width: 1280, height: 720 });
    await signIn(delegate, demoOf('delegate').email);
    await openText(delegate, round);
    const { page: head } = await newPage();
    await signIn(head, demoOf('head_of_delegation').email);
    await openText(head, round);
    expect(await delegate.locator('[data-testid="consideration-link"]').count()).toBe(0);

    const { page: chair } = await newPage();
    await signIn(chair, demoOf('chair').email);
    await openConsole(chair, round);
    // "Next" from no paragraph takes up the first.
    await chair.locator('[data-testid="consideration-next"]').click();

    const link = delegate.locator('[data-testid="consideration-link"]');
    await link.waitFor({ state: 'visible', timeout: LIVE_MS });
    expect(await link.textContent()).toBe(`Under consideration: ¶ ${bare(first.number)}`);
    const announced = delegate.locator('[data-testid="consideration-announcement"]');
    expect(await announced.getAttribute('aria-live')).toBe('polite');
    expect(await announced.textContent()).toBe(`The chair takes up paragraph ${bare(first.number)}.`);
    await delegate
      .locator(`[data-testid="paragraph"][data-key="${first.key}"].is-considered`)
      .waitFor({ state: 'visible' });
    // The line heads the panel beside the text: the first paragraph is still above the fold.
    const firstBox = await boxOf(delegate, first.key);
    expect(firstBox && firstBox.y + 60).toBeLessThanOrEqual(720);

    // The head of delegation asks for the floor: on the paragraph under consideration by default.
    const onParagraph = head.locator('input[data-testid="speakers-paragraph"]');
    await head
      .locator(`[data-testid="consideration-link"][data-key="${first.key}"]`)
      .waitFor({ state: 'attached', timeout: LIVE_MS });
    expect(await onParagraph.inputValue()).toBe(`¶ ${bare(first.number)}`);

    // "Next" on the console: the second paragraph; nobody's text moves, nobody follows yet.
    await chair.locator('[data-testid="consideration-next"]').click();
    await head
      .locator(`[data-testid="consideration-link"][data-key="${second.key}"]`)
      .waitFor({ state: 'attached', timeout: LIVE_MS });
    expect(await onParagraph.inputValue()).toBe(`¶ ${bare(second.number)}`);
    expect(await head.evaluate('window.scrollY')).toBe(0);
    // The chair's silence procedure would go on the paragraph under consideration, until another is picked.
    const silenceOn = chair.locator('[data-testid="silence-start-form"] .mantine-Pill-label');
    await chair
      .locator('[data-testid="silence-start-form"] .mantine-Pill-label', { hasText: `¶ ${bare(second.number)}` })
      .waitFor();
    expect(await silenceOn.allTextContents()).toEqual([`¶ ${bare(second.number)}`]);

    // The delegate opts in; the chair picks the last paragraph from the list.
    await delegate.locator('[data-testid="consideration-follow"]').check();
    await chair.locator('input[data-testid="consideration-select"]').click();
    await chair.getByRole('option', { name: `¶ ${bare(last.number)}`, exact: true }).click();

    await delegate
      .locator(`[data-testid="consideration-link"][data-key="${last.key}"]`)
      .waitFor({ state: 'attached', timeout: LIVE_MS });
    expect(await announced.textContent()).toBe(`The chair takes up paragraph ${bare(last.number)}.`);
    // Following: the text brought the last paragraph into view, marked.
    await delegate.waitForFunction(
      `(() => {
        const el = document.querySelector('[data-testid="paragraph"][data-key="${last.key}"]');
        if (!el) return false;
        const box = el.getBoundingClientRect();
        return box.top >= 0 && box.top < window.innerHeight && el.classList.contains('is-considered');
      })()`,
      undefined,
      { timeout: LIVE_MS },
    );
    // Not following: the head of delegation's text stayed where it was, and the link brings it there.
    await head
      .locator(`[data-testid="consideration-link"][data-key="${last.key}"]`)
      .waitFor({ state: 'attached', timeout: LIVE_MS });
    expect(await head.evaluate('window.scrollY')).toBe(0);
    await head.locator('[data-testid="consideration-link"]').click();
    await head.waitForFunction('window.scrollY > 0', undefined, { timeout: LIVE_MS });

    // A visitor of the public page, without an account, sees it too.
    const { page: visitor } = await newPage();
    await visitor.goto(`${webUrl()}/public/rounds/${round.roundId}`);
    const shown = visitor.locator('[data-testid="public-consideration"]');
    await shown.waitFor({ state: 'visible', timeout: LIVE_MS });
    expect(await shown.textContent()).toBe(`Under consideration: ¶ ${bare(last.number)}`);

    // Cleared: the line goes, and screen readers hear it.
    await chair.locator('[data-testid="consideration-clear"]').click();
    await delegate.locator('[data-testid="consideration-link"]').waitFor({ state: 'detached', timeout: LIVE_MS });
    // The announcement follows the render that removed the link: wait for it rather than read it at once.
    await announced
      .filter({ hasText: 'No paragraph is under consideration any more.' })
      .waitFor({ state: 'attached', timeout: LIVE_MS });
    expect(await delegate.locator('.is-considered').count()).toBe(0);
  });
});
