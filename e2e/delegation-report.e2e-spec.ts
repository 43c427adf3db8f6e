import { randomUUID } from 'node:crypto';
import type { Annotation, DraftVersion } from '@concordia/contracts';
import mammoth from 'mammoth';
import { pagesForSpec, webUrl } from './support/browser';
import { call, demoOf, openSessionRound, signIn, tokenOf } from './support/session';

describe("a delegation's report on a round, in the browser", () => {
  const pages = pagesForSpec();

  it("is downloaded from the round page by a delegate and holds the delegation's position and comments", async () => {
    const round = await openSessionRound('Delegation report');
    const version = await call<DraftVersion>(
      'GET',
      `/versions/${round.versionId}`,
      await tokenOf(demoOf('delegate').email),
    );
    const paragraphKey = version.sections[0]?.paragraphs[0]?.key;
    const head = demoOf('head_of_delegation');
    await call('POST', `/rounds/${round.roundId}/positions`, await tokenOf(head.email), {
      delegationId: (
        await call<{ memberships: { processId: string; delegationId: string | null }[] }>(
          'GET',
          '/auth/me',
          await tokenOf(head.email),
        )
      ).memberships.find((m) => m.processId === round.processId)?.delegationId,
      paragraphKey,
      value: 'reservation',
      statement: 'Pending instructions from the capital',
    });
    const body = `For the capital ${Date.now()}: the verb should be firmer.`;
    await call<Annotation>('POST', '/annotations', await tokenOf(demoOf('delegate').email), {
      clientId: randomUUID(),
      roundId: round.roundId,
      paragraphKey,
      kind: 'comment',
      visibility: 'round',
      body,
    });

    const { page } = await pages.newPage();
    await signIn(page, demoOf('delegate').email);
    await page.goto(`${webUrl()}/processes/${round.processId}/rounds/${round.roundId}`);
    // Beside "Open the text", the matrix and the report are under More.
    await page.locator('[data-testid="round-more"]').click();
    const button = page.locator('[data-testid="round-delegation-report"]');
    await button.waitFor({ state: 'visible' });
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toMatch(/^Report-for-my-delegation-Delegation-report-\d+\.docx$/);
    const text = (await mammoth.extractRawText({ path: await download.path() })).value;
    expect(text).toContain('Positions recorded: 1 of');
    expect(text).toContain('Reservation: Pending instructions from the capital');
    expect(text).toContain(body);

    // The secretariat has the compilation instead: no report of a delegation it does not belong to.
    const { page: secretariat } = await pages.newPage();
    await signIn(secretariat, demoOf('secretariat').email);
    await secretariat.goto(`${webUrl()}/processes/${round.processId}/rounds/${round.roundId}`);
    await secretariat.locator('[data-testid="round-more"]').click();
    await secretariat.locator('[data-testid="round-open-positions"]').waitFor({ state: 'visible' });
    expect(await secretariat.locator('[data-testid="round-delegation-report"]').count()).toBe(0);
  });
});
