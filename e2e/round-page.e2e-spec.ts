import { randomUUID } from 'node:crypto';
import type { Annotation, DraftVersion, Round } from '@concordia/contracts';
import { DateTime } from 'luxon';
import type { Locator, Page } from 'playwright-core';
import { pagesForSpec, webUrl } from './support/browser';
import { demoAccount } from './support/demo-accounts';
import { eventually } from './support/notices';
import { call, demoOf, openSessionRound, secretariatMemberIn, signIn, tokenOf, waitLive } from './support/session';
import { zonedIn } from './support/zoned';

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

  it("keeps the chair console to the round's chair and secretariat: a delegate who opens its address gets no round buttons", async () => {
    const round = await openSessionRound('Console by address');
    const consoleUrl = `${webUrl()}/processes/${round.processId}/rounds/${round.roundId}/console`;
    const { page: delegate } = await pages.newPage();
    await signIn(delegate, demoOf('delegate').email);
    await delegate.goto(consoleUrl);
    await delegate.locator('[data-testid="not-allowed"]').waitFor({ state: 'visible' });
    // The API refuses them anyway; offering "Close round" to a delegate only leads to an error.
    expect(await delegate.locator('[data-testid^="round-action-"]').count()).toBe(0);

    const { page: chair } = await pages.newPage();
    await signIn(chair, demoOf('chair').email);
    await chair.goto(consoleUrl);
    await waitLive(chair);
    await chair.locator('[data-testid="round-action-close"]').waitFor({ state: 'visible' });
    expect(await chair.locator('[data-testid="not-allowed"]').count()).toBe(0);
  });

  /**
   * The head of delegation's lines of a round's agenda, on the home page or the round's page: where
   * its paragraphs stand, and its positions left to record, followed: to the text at the first
   * paragraph without one, the positions tab open and its form there (the matrix once all are in).
   */
  const followHeadAgenda = async (page: Page, agenda: Locator) => {
    await expect(agenda.locator('[data-testid="round-paragraph-statuses"]').textContent()).resolves.toMatch(
      /^\d+ paragraphs?: (Agreed|Agreed ad ref\.|Bracketed|Open) \d+( · (Agreed ad ref\.|Bracketed|Open) \d+)*$/,
    );
    // Other specs record positions in the same demo round: the count is theirs too, the wording is not.
    const positions = agenda.locator('[data-testid="agenda-positions"] a');
    await positions.waitFor({ state: 'visible' });
    expect(await positions.textContent()).toMatch(
      /^Your delegation’s position is recorded on (\d+ of \d+ paragraphs?|every paragraph)$/,
    );
    const done = (await positions.textContent())?.endsWith('every paragraph') ?? false;
    await positions.click();
    if (done) {
      await page.waitForURL((url) => /\/rounds\/[0-9a-f]{24}\/positions$/.test(url.pathname));
      return;
    }
    await page.waitForURL((url) => url.searchParams.get('panel') === 'positions' && url.searchParams.has('paragraph'));
    const next = new URL(page.url()).searchParams.get('paragraph');
    await page.locator('[data-testid="tab-positions"][aria-selected="true"]').waitFor({ state: 'visible' });
    await page
      .locator(`[data-testid="positions-panel"][data-key="${next}"] [data-testid="record-position"]`)
      .waitFor({ state: 'visible' });
  };

  /** Signed in, the demo process's current round's page, opened from the home page as a user would. */
  const roundPageFromHome = async (role: 'head_of_delegation' | 'secretariat') => {
    const { page } = await pages.newPage();
    await signIn(page, demoOf(role).email);
    const home = page.locator('[data-testid="membership-card"]', { hasText: 'Meridian Process on Human Mobility' });
    const roundLink = home.locator('[data-testid="home-round-link"]');
    await roundLink.waitFor({ state: 'visible' });
    await roundLink.click();
    await page.waitForURL((url) => /\/rounds\/[0-9a-f]{24}$/.test(url.pathname));
    // The URL changes before the round's page replaces the home page, whose cards hold agendas of
    // every process the account serves: wait for the round's own page.
    await page.locator('[data-testid="round-delegations"]').waitFor({ state: 'visible' });
    await home.first().waitFor({ state: 'detached' });
    return page;
  };

  it('tells a head of delegation on the home page what the round waits for, and leads to where it is done', async () => {
    const { page } = await pages.newPage();
    await signIn(page, demoOf('head_of_delegation').email);
    const card = page.locator('[data-testid="membership-card"]', { hasText: 'Meridian Process on Human Mobility' });
    await expect(card.locator('[data-testid="round-closes-in"]').textContent()).resolves.toMatch(
      /^Closes in \d+ (days|hours|minutes?)$/,
    );
    await followHeadAgenda(page, card);
  });

  it("tells a head of delegation on the round's own page what the round waits for, as the home page does", async () => {
    const page = await roundPageFromHome('head_of_delegation');
    const card = page.locator('[data-testid="round-agenda"]');
    await card.getByRole('heading', { name: 'Where the round stands' }).waitFor({ state: 'visible' });
    // The header already says until when the round is open.
    expect(await card.locator('[data-testid="round-closes-in"]').count()).toBe(0);
    await followHeadAgenda(page, card);
  });

  it("tells the secretariat on the round's page how far the delegations are with their positions, leading to the matrix", async () => {
    const page = await roundPageFromHome('secretariat');
    const across = page.locator('[data-testid="round-agenda"] [data-testid="round-positions-across"] a');
    await across.waitFor({ state: 'visible' });
    // Other specs record positions in the same demo round, and the drafting spec opens a round of its
    // own in the demo process, which the home page may lead to: the counts are theirs, the wording is not.
    expect(await across.textContent()).toMatch(
      /^Position recorded on every paragraph: \d+ of \d+ delegations?( · \d+ more (has|have) started)?$/,
    );
    await across.click();
    await page.waitForURL((url) => /\/rounds\/[0-9a-f]{24}\/positions$/.test(url.pathname));
  });

  it("lets the secretariat schedule the next round from the process's page as the last one was, a region at a time; a delegate sees no such button", async () => {
    const secretariat = await tokenOf(demoOf('secretariat').email);
    const processes = await call<{ items: Array<{ id: string; title: string }> }>('GET', '/processes', secretariat);
    const process = processes.items.find((p) => p.title === 'Meridian Process on Human Mobility');
    if (!process) throw new Error('the demo process is missing');

    const delegate = await pages.newPage();
    await signIn(delegate.page, demoOf('delegate').email);
    await delegate.page.goto(`${webUrl()}/processes/${process.id}`);
    await delegate.page.locator('[data-testid="rounds-table"]').waitFor({ state: 'visible' });
    expect(await delegate.page.locator('[data-testid="schedule-next-round"]').count()).toBe(0);

    const { page } = await pages.newPage();
    await signIn(page, demoOf('secretariat').email);
    await page.goto(`${webUrl()}/processes/${process.id}`);
    await page.locator('[data-testid="schedule-next-round"]').click();
    await page.waitForURL(
      (url) =>
        url.pathname === '/rounds' && url.searchParams.get('process') === process.id && url.searchParams.has('add'),
    );
    const form = page.getByRole('dialog', { name: 'Schedule a round' });
    await form.waitFor({ state: 'visible' });

    // It starts as the last round was, on the latest text: nothing to pick again for a next round.
    // (Other specs schedule rounds here too: the demo's one chair and Mexico and Peru in all.)
    const chosen = form.getByText(/^Chosen: \d+ of \d+$/);
    const pills = form.locator('.mantine-Pill-label');
    await pills.first().waitFor();
    // The lists behind the defaults load one after the other.
    const filled = (testId: string) =>
      eventually(
        `the form's ${testId}`,
        async () => {
          const value = await form.locator(`input[data-testid="${testId}"]`).inputValue();
          return value === '' ? undefined : value;
        },
        5_000,
      );
    expect(await filled('round-chair')).toBe('Chiara Chair <chair@concordia.test>');
    expect(await filled('round-version')).not.toBe('');
    expect(await pills.allTextContents()).toEqual(expect.arrayContaining(['Mexico', 'Peru']));

    // A regional consultation: emptied, then one region's States added at once. The list stays
    // open as it is emptied, and its quick picks are still in reach: no Escape first.
    const field = form.locator('input[data-testid="round-delegations"]');
    const listed = page.getByRole('option', { name: 'Mexico', exact: true });
    while ((await pills.count()) > 0) await field.press('Backspace');
    expect(await chosen.textContent()).toMatch(/^Chosen: 0 of \d+$/);
    await listed.waitFor({ state: 'visible' });
    await form.locator('input[data-testid="round-delegations-region"]').click();
    await page.getByRole('option', { name: 'Andean Region', exact: true }).click();
    const south = await pills.allTextContents();
    expect(south).toContain('Peru');
    expect(south).not.toContain('Mexico');
    // Every delegation that speaks in the process, the observer organisation left to the
    // confidentiality; again from the open list.
    await field.click();
    await listed.waitFor({ state: 'visible' });
    // Named for what it takes: the count beside it ("Chosen: N of M") counts the observers too.
    expect(await form.locator('[data-testid="round-delegations-all"]').textContent()).toMatch(
      /^All delegations with delegates \(\d+\)$/,
    );
    await form.locator('[data-testid="round-delegations-all"]').click();
    const all = await pills.allTextContents();
    expect(all).toEqual(expect.arrayContaining(['Mexico', 'Peru']));
    expect(all).not.toContain('Regional Mobility Organisation');
  });

  /**
   * The delegate's home page and its demo process's card, with whichever round it shows as current
   * (the proposals are made there) and its text's last paragraph (other specs propose there too).
   */
  const homeOfDelegate = async (token: string) => {
    const { page } = await pages.newPage();
    await signIn(page, demoOf('delegate').email);
    const card = page.locator('[data-testid="membership-card"]', { hasText: 'Meridian Process on Human Mobility' });
    const roundHref = await card.locator('[data-testid="home-round-link"]').getAttribute('href');
    const roundId = /\/rounds\/([0-9a-f]{24})$/.exec(roundHref ?? '')?.[1];
    if (!roundId) throw new Error(`no current round on the home page: ${roundHref}`);
    const round = await call<Round>('GET', `/rounds/${roundId}`, token);
    const version = await call<DraftVersion>('GET', `/versions/${round.versionId}`, token);
    const paragraph = version.sections.flatMap((s) => s.paragraphs).at(-1);
    if (!paragraph) throw new Error('the demo draft has no paragraph');
    return { page, card, roundId, paragraph };
  };

  it("shows a delegate on the home page where their delegation's proposals stand, and leads to them", async () => {
    const delegate = demoOf('delegate');
    const [token, secretariat] = await Promise.all([tokenOf(delegate.email), tokenOf(demoOf('secretariat').email)]);
    const { page, card, roundId, paragraph } = await homeOfDelegate(token);
    const proposal = await call<Annotation>('POST', '/annotations', token, {
      clientId: randomUUID(),
      roundId,
      paragraphKey: paragraph.key,
      kind: 'comment',
      visibility: 'round',
      body: `Our delegation would prefer a shorter closing paragraph (${Date.now().toString(36)}).`,
    });
    // A thread the delegation only replied to: Find's "took part" filter has it, the count does not.
    const chairs = await call<Annotation>('POST', '/annotations', await tokenOf(demoOf('chair').email), {
      clientId: randomUUID(),
      roundId,
      paragraphKey: paragraph.key,
      kind: 'comment',
      visibility: 'round',
      body: 'The chair invites views on the closing paragraph.',
    });
    await call('POST', `/annotations/${chairs.id}/replies`, token, { clientId: randomUUID(), body: 'We have one.' });
    await call('PUT', `/annotations/${chairs.id}/disposition`, secretariat, {
      value: 'accepted',
      reason: 'Views gathered',
    });
    // The delegate's visit ends before the secretariat answers: both are new to them since.
    await call('POST', `/rounds/${roundId}/reading-mark`, token, { visitId: randomUUID() });
    await call('PUT', `/annotations/${proposal.id}/disposition`, secretariat, {
      value: 'accepted',
      reason: 'Shortened in the next revision',
    });
    await call('POST', `/annotations/${proposal.id}/replies`, secretariat, {
      clientId: randomUUID(),
      body: 'See the revised closing paragraph.',
    });

    await page.reload();
    const line = card.locator('[data-testid="agenda-proposals"]');
    await line.waitFor({ state: 'visible' });
    // Other specs propose in the same round: the counts are theirs too, the wording is not.
    expect(await line.textContent()).toMatch(
      /^Your delegation’s proposals: (\d+ [a-z ]+)( · \d+ [a-z ]+)*( — \d+ with a disposition since your last visit)?$/,
    );
    expect(await line.locator('[data-testid="agenda-proposals-since"]').textContent()).toMatch(
      /^ — \d+ with a disposition since your last visit$/,
    );
    expect(await card.locator('[data-testid="agenda-replies"]').textContent()).toMatch(
      /^\d+ repl(y|ies) to your delegation’s proposals since your last visit$/,
    );
    const accepted = line.locator('[data-testid="agenda-proposals-accepted"] a');
    const counted = Number(/^(\d+) accepted$/.exec((await accepted.textContent()) ?? '')?.[1]);
    expect(counted).toBeGreaterThan(0);

    // The count opens the text's Find tab on exactly the threads it counted: the delegation's
    // accepted proposals, this one among them, not the chair's thread it replied to.
    await accepted.click();
    await page.waitForURL(
      (url) =>
        url.searchParams.get('disposition') === 'accepted' &&
        url.searchParams.get('proposedBy') === proposal.delegationId,
    );
    const result = (id: string) => page.locator(`[data-testid="find-result"][data-annotation-id="${id}"]`);
    await result(proposal.id).waitFor({ state: 'visible' });
    expect(await page.locator('[data-testid="find-proposals"]').textContent()).toBe(
      `Proposals of the delegation: ${proposal.delegationName}`,
    );
    const found = await page.locator('[data-testid="find-result"]').allTextContents();
    expect(found).toHaveLength(counted);
    expect(await result(chairs.id).count()).toBe(0);
    // Each found thread names the delegation's member who wrote there.
    for (const text of found) expect(text).toContain(`(${proposal.delegationName ?? 'no delegation'})`);
    // Let go of the proposals: Find keeps the disposition and lists every accepted thread.
    await page.getByRole('button', { name: 'Remove this filter' }).click();
    await result(chairs.id).waitFor({ state: 'visible' });
  });

  it('shows a delegate apart the amendments their delegation co-sponsors, and leads to exactly those', async () => {
    const delegate = demoOf('delegate');
    const [token, head, secretariat] = await Promise.all(
      [delegate, demoOf('head_of_delegation'), demoOf('secretariat')].map((a) => tokenOf(a.email)),
    );
    const { page, card, roundId, paragraph } = await homeOfDelegate(token);
    // Someone else's amendment (the secretariat's), which the delegation's head co-sponsors.
    const amendment = await call<Annotation>('POST', '/annotations', secretariat, {
      clientId: randomUUID(),
      roundId,
      paragraphKey: paragraph.key,
      kind: 'amendment',
      visibility: 'round',
      body: `A shorter first paragraph (${Date.now().toString(36)}).`,
      amendment: { operation: 'delete', text: '' },
    });
    const sponsored = await call<Annotation>('POST', `/annotations/${amendment.id}/sponsors`, head, {});
    const delegationId = sponsored.sponsors[0]?.delegationId;

    await page.reload();
    const line = card.locator('[data-testid="agenda-sponsored"]');
    await line.waitFor({ state: 'visible' });
    // Other specs propose in the same round: the counts are theirs too, the wording is not.
    expect(await line.textContent()).toMatch(/^Amendments your delegation co-sponsors: \d+ [a-z ]+( · \d+ [a-z ]+)*$/);
    const awaiting = line.locator('[data-testid="agenda-sponsored-none"] a');
    const counted = Number(/^(\d+) /.exec((await awaiting.textContent()) ?? '')?.[1]);
    expect(counted).toBeGreaterThan(0);

    await awaiting.click();
    await page.waitForURL(
      (url) => url.searchParams.get('disposition') === 'none' && url.searchParams.get('sponsoredBy') === delegationId,
    );
    await page
      .locator(`[data-testid="find-result"][data-annotation-id="${amendment.id}"]`)
      .waitFor({ state: 'visible' });
    expect(await page.locator('[data-testid="find-proposals"]').textContent()).toMatch(
      /^Amendments co-sponsored by the delegation: .+$/,
    );
    expect(await page.locator('[data-testid="find-result"]').count()).toBe(counted);
  });

  it("keeps a delegate's and a secretariat officer's round page current as the chair closes and reopens the round", async () => {
    const session = await openSessionRound('Followed live');
    const chairToken = await tokenOf(demoOf('chair').email);
    const round = await call<Round>('GET', `/rounds/${session.roundId}`, chairToken);
    const zoned = zonedIn(round.timeZone);
    const address = `${webUrl()}/processes/${session.processId}/rounds/${session.roundId}`;
    const { page: delegate } = await pages.newPage();
    await signIn(delegate, demoOf('delegate').email);
    await delegate.goto(address);
    const { page: officer } = await pages.newPage();
    await signIn(officer, demoOf('secretariat').email);
    await officer.goto(address);
    await Promise.all([waitLive(delegate), waitLive(officer)]);
    await delegate.locator('[data-testid="round-closes-at"]').getByText(zoned(round.closesAt)).waitFor();
    await officer.locator('[data-testid="round-action-close"]').waitFor({ state: 'visible' });

    // Closed by the chair elsewhere: status, window and actions follow without a reload.
    await call('POST', `/rounds/${session.roundId}/status`, chairToken, { status: 'closed' });
    await delegate.locator('[data-testid="round-status"][data-status="closed"]').waitFor({ timeout: 15_000 });
    await delegate
      .locator('.mantine-Notification-root', { hasText: 'The round is now closed.' })
      .waitFor({ state: 'visible' });
    await delegate.locator('[data-testid="round-closes-at"]').waitFor({ state: 'detached' });
    await officer.locator('[data-testid="round-action-reopen"]').waitFor({ state: 'visible', timeout: 15_000 });
    expect(await officer.locator('[data-testid="round-action-close"]').count()).toBe(0);

    // Reopened until a new closing time: both pages show it, and "Close" is back.
    const later = DateTime.now().setZone(round.timeZone).plus({ days: 5 }).startOf('minute');
    const reopened = await call<Round>('POST', `/rounds/${session.roundId}/status`, chairToken, {
      status: 'open',
      closesAt: later.toUTC().toISO(),
    });
    await delegate
      .locator('[data-testid="round-closes-at"]')
      .getByText(zoned(reopened.closesAt))
      .waitFor({ state: 'visible', timeout: 15_000 });
    await officer.locator('[data-testid="round-status"][data-status="open"]').waitFor({ timeout: 15_000 });
    await officer.locator('[data-testid="round-action-close"]').waitFor({ state: 'visible' });
  });

  it("asks before opening, saying who is told and until when, on the round's clock; then says so in a sentence", async () => {
    const scheduled = await openSessionRound('Asked before opening', { leaveScheduled: true });
    const secretariat = await tokenOf(demoOf('secretariat').email);
    const statusOf = async () => (await call<Round>('GET', `/rounds/${scheduled.roundId}`, secretariat)).status;
    const round = await call<Round>('GET', `/rounds/${scheduled.roundId}`, secretariat);
    const { page } = await pages.newPage();
    await signIn(page, demoOf('secretariat').email);
    await page.goto(`${webUrl()}/processes/${scheduled.processId}/rounds/${scheduled.roundId}`);

    await page.locator('[data-testid="round-action-open"]').click();
    const dialog = page.getByRole('dialog', { name: `Open “${round.name}”?` });
    await dialog.waitFor({ state: 'visible' });
    // The closing time as the browser writes it in the round's zone, the zone named.
    const closing = await page.evaluate(
      `new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short', timeZone: ${JSON.stringify(round.timeZone)} }).format(new Date(${JSON.stringify(round.closesAt)}))`,
    );
    const text = await dialog.textContent();
    expect(text).toContain('Every participating delegation is notified at once.');
    expect(text).toContain(`until the closing time, ${String(closing)}.`);
    // "Not yet" leaves it scheduled: nobody has been told anything.
    await dialog.getByRole('button', { name: 'Not yet' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await statusOf()).toBe('scheduled');

    await page.locator('[data-testid="round-action-open"]').click();
    await dialog.getByRole('button', { name: 'Open round' }).click();
    await page
      .locator('.mantine-Notification-root', { hasText: 'The round is now open.' })
      .waitFor({ state: 'visible' });
    expect(await statusOf()).toBe('open');

    // Closing asks too, and its toast is a sentence of its own.
    await page.locator('[data-testid="round-action-close"]').click();
    await page
      .getByRole('dialog', { name: `Close “${round.name}”?` })
      .getByRole('button', { name: 'Close round' })
      .click();
    await page
      .locator('.mantine-Notification-root', { hasText: 'The round is now closed.' })
      .waitFor({ state: 'visible' });
    expect(await statusOf()).toBe('closed');

    // Reopening tells every delegation again: asked as well.
    await page.locator('[data-testid="round-action-reopen"]').click();
    const reopen = page.getByRole('dialog', { name: `Reopen “${round.name}”?` });
    await reopen.waitFor({ state: 'visible' });
    expect(await reopen.textContent()).toContain('Every participating delegation is notified at once.');
  });

  it("lets the chair extend the closing time, and a delegate's open reading page shows the new one at once", async () => {
    const session = await openSessionRound('Extended live');
    const chairToken = await tokenOf(demoOf('chair').email);
    const round = await call<Round>('GET', `/rounds/${session.roundId}`, chairToken);
    // A week later, typed as the wall-clock time of the round's zone (as the round form takes it).
    const later = DateTime.fromISO(round.closesAt).setZone(round.timeZone).plus({ days: 7 }).startOf('minute');
    const zoned = zonedIn(round.timeZone);

    const { page: reader } = await pages.newPage();
    await signIn(reader, demoOf('delegate').email);
    await reader.goto(
      `${webUrl()}/processes/${session.processId}/drafts/${session.draftId}?version=${session.versionId}&round=${session.roundId}`,
    );
    await reader.locator('[data-testid="live-status"][data-state="live"]').first().waitFor({ state: 'visible' });
    const closing = reader.locator('[data-testid="round-closes-at"]');
    await closing.getByText(zoned(round.closesAt)).waitFor({ state: 'visible' });

    const { page: chair } = await pages.newPage();
    await signIn(chair, demoOf('chair').email);
    await chair.goto(`${webUrl()}/processes/${session.processId}/rounds/${session.roundId}`);
    // Beside "Open the text" and "Close round", the rest of the chair's actions are under More.
    await chair.locator('[data-testid="round-more"]').click();
    await chair.locator('[data-testid="round-change-closing"]').click();
    const dialog = chair.getByRole('dialog', { name: `Change the closing time of “${round.name}”` });
    await dialog.waitFor({ state: 'visible' });
    // Already past: refused before it is sent.
    await dialog.getByLabel(/^New closing time, /).fill('Jan 1, 2020, 9:00 AM');
    await dialog.getByText('This time has already passed.').waitFor({ state: 'visible' });
    expect(await dialog.getByRole('button', { name: 'Save closing time' }).isDisabled()).toBe(true);
    await dialog.getByLabel(/^New closing time, /).fill(later.setLocale('en').toFormat('LLL d, yyyy, h:mm a'));
    await dialog.getByRole('button', { name: 'Save closing time' }).click();
    const newClosesAt = later.toUTC().toISO({ suppressMilliseconds: false }) ?? '';
    await chair
      .locator('.mantine-Notification-root', { hasText: `The round now closes on ${zoned(newClosesAt)}.` })
      .waitFor({ state: 'visible' });
    expect((await call<Round>('GET', `/rounds/${session.roundId}`, chairToken)).closesAt).toBe(newClosesAt);

    // The delegate did nothing: the live event brought the new closing time to the open page.
    await closing.getByText(zoned(newClosesAt)).waitFor({ state: 'visible', timeout: 15_000 });
  });

  it("shows a French officer on an English browser the closing time the French way, and takes a new one typed day first, on the round's clock", async () => {
    const session = await openSessionRound('Clôture en français');
    const chairToken = await tokenOf(demoOf('chair').email);
    const { timeZone } = await call<Round>('GET', `/rounds/${session.roundId}`, chairToken);
    // A closing time of its own at 18:00 on the round's clock, not on a 1st (French writes "1er").
    let current = DateTime.now()
      .setZone(timeZone)
      .plus({ days: 10 })
      .set({ hour: 18, minute: 0, second: 0, millisecond: 0 });
    if (current.day === 1) current = current.plus({ days: 1 });
    const round = await call<Round>('PUT', `/rounds/${session.roundId}/closes-at`, chairToken, {
      closesAt: current.toUTC().toISO(),
    });
    // The officer reads times on Tokyo's clock: the field is on the round's.
    const officer = await secretariatMemberIn(session.processId, {
      language: 'fr',
      name: `Agente ${Date.now()}`,
      timeZone: 'Asia/Tokyo',
    });

    const { page } = await pages.newPage();
    await signIn(page, officer.email);
    await page.goto(`${webUrl()}/processes/${session.processId}/rounds/${session.roundId}`);
    await page.locator('[data-testid="round-more"]').click();
    await page.locator('[data-testid="round-change-closing"]').click();
    const dialog = page.getByRole('dialog', { name: `Changer l’heure de clôture de «\u00a0${round.name}\u00a0»` });
    await dialog.waitFor({ state: 'visible' });
    const field = dialog.getByLabel(/^Nouvelle heure de clôture, /);
    expect(await field.inputValue()).toBe(current.setLocale('fr').toFormat('d LLL yyyy, H:mm'));

    // The 5th of the month after next at 9:30, typed day first as in France: not the month of May.
    const next = current.plus({ months: 2 }).set({ day: 5, hour: 9, minute: 30 });
    await field.fill('');
    await field.pressSequentially(next.toFormat("dd/MM/yyyy HH'h'mm"));
    await dialog.getByRole('button', { name: 'Enregistrer l’heure de clôture' }).click();
    await page
      .locator('.mantine-Notification-root', { hasText: 'Le cycle se termine désormais le' })
      .waitFor({ state: 'visible' });
    expect((await call<Round>('GET', `/rounds/${session.roundId}`, chairToken)).closesAt).toBe(
      next.toUTC().toISO({ suppressMilliseconds: false }),
    );
  });

  it('lets a French officer schedule a round by typing its window the French way, stored on the round’s clock', async () => {
    // A process of its own with its one chair, one delegate and one published text: the new round
    // must not become the demo process's last one, which other specs' forms start from.
    const admin = await tokenOf(demoAccount('admin').email);
    const secretariat = await tokenOf(demoOf('secretariat').email);
    const stamp = `${Date.now()}`;
    const process = await call<{ id: string }>('POST', '/processes', secretariat, { title: `Calendrier ${stamp}` });
    const delegations = await call<{ items: { id: string; code: string }[] }>('GET', '/delegations', admin);
    const mexico = delegations.items.find((d) => d.code === 'MEX')?.id;
    if (!mexico) throw new Error('the demo delegations are missing');
    for (const [role, delegationId] of [
      ['chair', null],
      ['delegate', mexico],
    ] as const) {
      const user = await call<{ id: string }>('POST', '/users', admin, {
        email: `calendrier-${role}-${stamp}@example.test`,
        name: `Calendrier ${role}`,
        password: 'calendrier-test-pass',
      });
      await call('POST', `/processes/${process.id}/members`, secretariat, { userId: user.id, role, delegationId });
    }
    const draft = await call<{ versions: { id: string }[] }>('POST', `/processes/${process.id}/drafts`, secretariat, {
      title: 'Ordre du jour',
    });
    const operate = (version: DraftVersion, operation: unknown) =>
      call<DraftVersion>('POST', `/versions/${version.id}/operations`, secretariat, {
        revision: version.revision,
        operation,
      });
    let version = await call<DraftVersion>('GET', `/versions/${draft.versions[0]?.id}`, secretariat);
    version = await operate(version, { type: 'add_section', afterSectionKey: null, heading: 'I. Calendrier' });
    version = await operate(version, {
      type: 'add_paragraph',
      sectionKey: version.sections[0]?.key,
      afterKey: null,
      text: 'Les délégations arrêtent le calendrier.',
    });
    await call('POST', `/versions/${version.id}/publish`, secretariat, {
      revision: version.revision,
      label: 'Zero draft',
    });
    // The officer reads times in Paris, the browser in UTC: the window is on the round's clock, Paris's.
    const officer = await secretariatMemberIn(process.id, {
      language: 'fr',
      name: `Agente ${stamp}`,
      timeZone: 'Europe/Paris',
    });

    const { page } = await pages.newPage();
    await signIn(page, officer.email);
    await page.goto(`${webUrl()}/rounds?process=${process.id}`);
    await page.locator('[data-testid="round-create-open"]').click();
    const form = page.getByRole('dialog', { name: 'Programmer un cycle' });
    await form.waitFor({ state: 'visible' });
    const name = `Cycle de décembre ${stamp}`;
    await form.locator('input[data-testid="round-name"]').fill(name);
    // The 5th at 9:30, day first and "h" as in France (not the 12th of May), in two months' time.
    const opens = DateTime.now()
      .setZone('Europe/Paris')
      .plus({ months: 2 })
      .set({ day: 5, hour: 9, minute: 30, second: 0, millisecond: 0 });
    const closes = opens.plus({ days: 7 }).set({ hour: 17, minute: 0 });
    await form.locator('input[data-testid="round-opens"]').pressSequentially(opens.toFormat("d/M/yyyy H'h'mm"));
    await form.locator('input[data-testid="round-closes"]').pressSequentially(closes.toFormat("d/M/yyyy H'h'"));
    await form.locator('[data-testid="round-submit"]').click();
    await page.waitForURL((url) => /\/rounds\/[0-9a-f]{24}$/.test(url.pathname));

    const rounds = await call<{ items: Round[] }>('GET', `/processes/${process.id}/rounds`, secretariat);
    const round = rounds.items.find((r) => r.name === name);
    expect(round && { opensAt: round.opensAt, closesAt: round.closesAt, timeZone: round.timeZone }).toEqual({
      opensAt: opens.toUTC().toISO({ suppressMilliseconds: false }),
      closesAt: closes.toUTC().toISO({ suppressMilliseconds: false }),
      timeZone: 'Europe/Paris',
    });
  });

  it('asks for a new closing time in the reopen dialog once the old one has passed', async () => {
    const session = await openSessionRound('Reopened late');
    const chairToken = await tokenOf(demoOf('chair').email);
    await call('POST', `/rounds/${session.roundId}/status`, chairToken, { status: 'closed' });
    // A closing time a few seconds ahead, then passed: the round cannot reopen on it.
    const soon = await call<Round>('PUT', `/rounds/${session.roundId}/closes-at`, chairToken, {
      closesAt: new Date(Date.now() + 2_000).toISOString(),
    });
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, Date.parse(soon.closesAt) - Date.now()) + 250));

    const { page } = await pages.newPage();
    await signIn(page, demoOf('chair').email);
    await page.goto(`${webUrl()}/processes/${session.processId}/rounds/${session.roundId}`);
    await page.locator('[data-testid="round-action-reopen"]').click();
    const dialog = page.getByRole('dialog', { name: `Reopen “${soon.name}”?` });
    await dialog.waitFor({ state: 'visible' });
    expect(await dialog.textContent()).toContain('has passed. Set a new one to open the round.');
    const reopen = dialog.getByRole('button', { name: 'Reopen round' });
    expect(await reopen.isDisabled()).toBe(true);
    const later = DateTime.now().setZone(soon.timeZone).plus({ days: 3 }).startOf('minute');
    await dialog.getByLabel(/^New closing time, /).fill(later.setLocale('en').toFormat('LLL d, yyyy, h:mm a'));
    await reopen.click();
    await page
      .locator('.mantine-Notification-root', { hasText: 'The round is now open.' })
      .waitFor({ state: 'visible' });
    expect(await call<Round>('GET', `/rounds/${session.roundId}`, chairToken)).toMatchObject({
      status: 'open',
      closesAt: later.toUTC().toISO(),
    });
  });

  it("keeps every role's actions on the title's line at 1280×720, in English, French and Spanish", async () => {
    const own = await openSessionRound('Deuxième consultation');
    const chairToken = await tokenOf(demoOf('chair').email);
    // Closed: the chair and the secretariat have the most to do (reopen, conclude, a new closing time).
    await call('POST', `/rounds/${own.roundId}/status`, chairToken, { status: 'closed' });
    const roles = ['delegate', 'head_of_delegation', 'chair', 'secretariat'] as const;
    const openText = { en: 'Open the text', fr: 'Ouvrir le texte', es: 'Abrir el texto' } as const;
    const rows: Record<string, { oneRow: boolean; besideTitle: boolean }> = {};
    try {
      for (const role of roles) {
        const token = await tokenOf(demoOf(role).email);
        const { page } = await pages.newPage();
        await page.setViewportSize({ width: 1280, height: 720 });
        await signIn(page, demoOf(role).email);
        for (const language of ['en', 'fr', 'es'] as const) {
          await call('PATCH', '/auth/me', token, { language });
          await page.goto(`${webUrl()}/processes/${own.processId}/rounds/${own.roundId}`);
          await page.locator('[data-testid="round-open-text"]', { hasText: openText[language] }).waitFor();
          await waitLive(page);
          if (role === 'chair' || role === 'secretariat')
            await page.locator('[data-testid="round-action-reopen"]').waitFor();
          // Measured in the page (no DOM types here): the actions' boxes (the badge is shorter than
          // the buttons, centred on their row), and the title's.
          rows[`${role} ${language}`] = await page.evaluate<{ oneRow: boolean; besideTitle: boolean }>(`(() => {
            const actions = document.querySelector('[data-testid="round-open-text"]').parentElement;
            const boxes = Array.from(actions.children)
              .map((el) => el.getBoundingClientRect())
              .filter((box) => box.width > 0);
            const middles = boxes.map((box) => box.top + box.height / 2);
            const title = document.querySelector('[data-testid="page-title"]').getBoundingClientRect();
            return {
              oneRow: Math.max(...middles) - Math.min(...middles) < 4,
              besideTitle: Math.min(...boxes.map((box) => box.top)) < title.bottom,
            };
          })()`);
        }
      }
    } finally {
      // Other specs read these demo people in English.
      await Promise.all(
        roles.map(async (role) => call('PATCH', '/auth/me', await tokenOf(demoOf(role).email), { language: 'en' })),
      );
    }
    const everyoneFits = Object.fromEntries(Object.keys(rows).map((who) => [who, { oneRow: true, besideTitle: true }]));
    expect(Object.keys(rows)).toHaveLength(roles.length * 3);
    expect(rows).toEqual(everyoneFits);
  });

  it("keeps the secretariat's other round actions under More, each still doing what it did", async () => {
    const own = await openSessionRound('Under More');
    const chairToken = await tokenOf(demoOf('chair').email);
    await call('POST', `/rounds/${own.roundId}/status`, chairToken, { status: 'closed' });
    const { page } = await pages.newPage();
    await signIn(page, demoOf('secretariat').email);
    await page.goto(`${webUrl()}/processes/${own.processId}/rounds/${own.roundId}`);
    await page.locator('[data-testid="round-action-reopen"]').waitFor({ state: 'visible' });
    expect(await page.locator('[data-testid="round-open-positions"]').count()).toBe(0);
    await page.locator('[data-testid="round-more"]').click();
    expect(await page.getByRole('menu').getByRole('menuitem').allTextContents()).toEqual([
      'Position matrix',
      'Chair console',
      'Change closing time',
      'Conclude round',
    ]);
    // Concluding is final: from the menu it asks first, as its button did.
    await page.locator('[data-testid="round-action-conclude"]').click();
    const dialog = page.getByRole('dialog', { name: /^Conclude “Under More \d+”\?$/ });
    await dialog.waitFor({ state: 'visible' });
    await dialog.locator('[data-testid="round-conclude-dialog-keep"]').click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await call<Round>('GET', `/rounds/${own.roundId}`, chairToken)).status).toBe('closed');
  });
});
