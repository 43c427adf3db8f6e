import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Annotation, DraftVersion, Round } from '@concordia/contracts';
import { Queue } from 'bullmq';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  DESKTOP_AND_PHONE,
  launchBrowser,
  newContextAt,
  newDesktopPage,
  paragraphOnScreen,
  webUrl,
} from './support/browser';
import { demoAccounts } from './support/demo-accounts';
import { mailTo } from './support/mail';
import { eventually, unreadOf } from './support/notices';
import { call, demoOf, openSessionRound, signIn, signInByTouch, tokenOf } from './support/session';
import { zonedIn } from './support/zoned';

const RESULTS = join(__dirname, '..', 'test-results');
/** "At once" in the issue; this leaves CI slack without waiting on a poll. */
const LIVE_MS = 5_000;
/** How long a second copy of an email would have to show up. */
const SETTLE_MS = 2_000;

const demo = (label: string) => {
  const found = demoAccounts.accounts.find((a) => a.label === label);
  if (!found) throw new Error(`demo-accounts.json lists no ${label}`);
  return found;
};

interface Person {
  id: string;
  email: string;
  password: string;
  token: string;
}

/** Two new delegates of the demo process (Mexico and Colombia) and the open demo round. */
const prepare = async () => {
  const admin = await tokenOf(demo('admin').email, demoAccounts.password);
  const secretariat = await tokenOf(demo('secretariat').email, demoAccounts.password);
  const processes = await call<{ items: { id: string; title: string }[] }>('GET', '/processes', secretariat);
  const demoProcess = processes.items.find((p) => p.title === 'Meridian Process on Human Mobility')!;
  const rounds = await call<{ items: Round[] }>('GET', `/processes/${demoProcess.id}/rounds`, secretariat);
  const round = rounds.items.find((r) => r.status === 'open')!;
  const version = await call<DraftVersion>('GET', `/versions/${round.versionId}`, secretariat);
  const delegations = await call<{ items: { id: string; code: string }[] }>('GET', '/delegations', admin);
  const person = async (code: string, name: string): Promise<Person> => {
    const email = `${code.toLowerCase()}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;
    const password = 'notification-test-pass';
    const user = await call<{ id: string }>('POST', '/users', admin, { email, name, password });
    await call('POST', `/processes/${demoProcess.id}/members`, secretariat, {
      userId: user.id,
      role: 'delegate',
      delegationId: delegations.items.find((d) => d.code === code)!.id,
    });
    return { id: user.id, email, password, token: await tokenOf(email, password) };
  };
  const a = await person('MEX', 'Ana Mexico');
  const b = await person('COL', 'Bruno Colombia');
  const paragraph = version.sections.flatMap((s) => s.paragraphs)[0];
  return { demoProcess, round, version, a, b, paragraph };
};

describe('notifications: bell, email, digest', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    browser = await launchBrowser();
  });

  /** A round-visible comment by `who`: the thread the test replies in. */
  const startThread = (who: Person, roundId: string, paragraphKey: string, body: string) =>
    call<Annotation>('POST', '/annotations', who.token, {
      clientId: crypto.randomUUID(),
      roundId,
      paragraphKey,
      kind: 'comment',
      visibility: 'round',
      body,
    });
  const signedIn = async (who: Person): Promise<Page> => {
    const { context, page } = await newDesktopPage(browser);
    contexts.push(context);
    await signIn(page, who.email, who.password);
    return page;
  };

  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await browser?.close();
  });

  it("a reply reaches the author's bell at once and the mailbox once; after choosing the digest, only the digest", async () => {
    const { demoProcess, round, version, a, b, paragraph } = await prepare();
    const root = await startThread(
      a,
      round.id,
      paragraph.key,
      'Mexico would like this paragraph to name the regional mechanisms.',
    );

    const page = await signedIn(a);
    await page.locator('[data-testid="notification-bell"]').waitFor({ state: 'visible' });
    await page.locator('[data-testid="socket-status"][data-state="connected"]').waitFor({ state: 'attached' });
    const before = await unreadOf(page);

    // B replies: A's bell counts it without a reload.
    const first = `Colombia agrees and suggests naming them in an annex (${Date.now()}).`;
    await call('POST', `/annotations/${root.id}/replies`, b.token, { clientId: crypto.randomUUID(), body: first });
    await page
      .locator(`[data-testid="notification-bell"][data-unread="${before + 1}"]`)
      .waitFor({ state: 'attached', timeout: LIVE_MS });
    await page.locator('[data-testid="notification-bell"]').click();
    const entry = page.locator('[data-testid="notification-dropdown"] [data-testid="notification-item"]').first();
    await entry.waitFor({ state: 'visible' });
    expect(await entry.getAttribute('data-type')).toBe('annotation.replied');
    expect(await entry.textContent()).toContain('Bruno Colombia replied in a thread you follow');
    // The paragraph by the number readers know, not by its internal key.
    const number = paragraph.number.replace(/[.)]$/, '');
    // The round beside its process: a delegate may follow several processes.
    expect(await entry.textContent()).toContain(`on paragraph ${number} (${round.name}, ${demoProcess.title})`);
    await page.screenshot({ path: join(RESULTS, 'notifications-bell.png') });

    // Opening it marks it read and shows the thread in the round.
    await entry.locator('[data-testid="notification-open"]').click();
    await page.waitForURL((url) => url.searchParams.get('thread') === root.id);
    expect(page.url()).toContain(`/processes/${demoProcess.id}/drafts/${version.draftId}`);
    await page
      .locator(`[data-testid="notification-bell"][data-unread="${before}"]`)
      .waitFor({ state: 'attached', timeout: LIVE_MS });

    // The email arrived in the SMTP sink, once.
    await eventually('the reply email', async () =>
      (await mailTo(a.email)).some((m) => m.text.includes(first)) ? true : undefined,
    );
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    expect((await mailTo(a.email)).filter((m) => m.text.includes(first))).toHaveLength(1);
    const email = (await mailTo(a.email)).find((m) => m.text.includes(first));
    expect(email?.subject).toBe(`Bruno Colombia replied in a thread you follow on paragraph ${number}`);

    // A switches replies to the daily digest on the settings page.
    await page.goto(`${webUrl()}/notifications/preferences`);
    const row = page.locator('[data-testid="preference-row"][data-type="annotation.replied"]');
    const unsaved = page.locator('[data-testid="preferences-unsaved"]');
    expect(await unsaved.count()).toBe(0);
    await row.getByText('Daily digest').click();
    // Sent only by Save: the page says so until then.
    await unsaved.waitFor({ state: 'visible' });
    expect(await unsaved.textContent()).toBe('Changes not saved yet.');
    await page.locator('[data-testid="save-notification-preferences"]').click();
    await page.getByText('Notification settings saved.').waitFor({ state: 'visible' });
    await unsaved.waitFor({ state: 'detached' });
    await page.screenshot({ path: join(RESULTS, 'notifications-preferences.png') });

    // The next reply still shows in the bell, but sends no email of its own...
    const second = `A second thought from Colombia, for the digest (${Date.now()}).`;
    const unreadNow = await unreadOf(page);
    await call('POST', `/annotations/${root.id}/replies`, b.token, { clientId: crypto.randomUUID(), body: second });
    await page
      .locator(`[data-testid="notification-bell"][data-unread="${unreadNow + 1}"]`)
      .waitFor({ state: 'attached', timeout: LIVE_MS });
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    expect((await mailTo(a.email)).filter((m) => m.text.includes(second))).toHaveLength(0);

    // ...and arrives in the daily digest (its scheduled run brought forward).
    const queue = new Queue('notifications', {
      connection: { url: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379' },
      prefix: process.env['E2E_REDIS_PREFIX'],
    });
    try {
      const schedulers = await queue.getJobSchedulers();
      expect(schedulers.some((s) => s.key === `digest-${a.id}`)).toBe(true);
      await queue.add('send-digest', { userId: a.id });
    } finally {
      await queue.close();
    }
    const digest = await eventually('the digest', async () => {
      const found = (await mailTo(a.email)).filter((m) => m.subject.includes('daily Concordia digest'));
      return found.length > 0 ? found : undefined;
    });
    expect(digest).toHaveLength(1);
    expect(digest[0].text).toContain(second);
    expect((await mailTo(a.email)).filter((m) => m.text.includes(second))).toHaveLength(1);
  });

  it('the notifications page links to the caught mail, and that page lists the email', async () => {
    const { round, a, b, paragraph } = await prepare();
    const root = await startThread(a, round.id, paragraph.key, 'Mexico wonders who reads the caught mail.');
    const reply = `Colombia reads it in the mail catcher (${Date.now()}).`;
    await call('POST', `/annotations/${root.id}/replies`, b.token, { clientId: crypto.randomUUID(), body: reply });
    const caught = await eventually('the reply email', async () =>
      (await mailTo(a.email)).find((m) => m.text.includes(reply)),
    );

    const page = await signedIn(a);
    await page.goto(`${webUrl()}/notifications`);
    const link = page.locator('[data-testid="mail-catcher-link"]');
    await link.waitFor({ state: 'visible' });
    const [catcher] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    // The mail catcher's own page, as a developer reads it: the email is listed by its subject.
    await catcher.getByText(caught.subject).first().waitFor({ state: 'visible', timeout: LIVE_MS });
    await catcher.screenshot({ path: join(RESULTS, 'notifications-mail-catcher.png') });
  });

  it('the open bell list takes a new reply live, closes with Escape, and "mark all as read" shows every entry read', async () => {
    const { round, a, b, paragraph } = await prepare();
    const root = await startThread(a, round.id, paragraph.key, 'Mexico asks about the timetable.');
    const page = await signedIn(a);
    await page.locator('[data-testid="socket-status"][data-state="connected"]').waitFor({ state: 'attached' });
    const before = await unreadOf(page);
    for (const body of ['Colombia answers once.', 'Colombia answers twice.']) {
      await call('POST', `/annotations/${root.id}/replies`, b.token, { clientId: crypto.randomUUID(), body });
    }
    await page
      .locator(`[data-testid="notification-bell"][data-unread="${before + 2}"]`)
      .waitFor({ state: 'attached', timeout: LIVE_MS });

    // A keyboard user opens the list and leaves it with Escape, back on the bell.
    const bell = page.locator('[data-testid="notification-bell"]');
    await bell.focus();
    await page.keyboard.press('Enter');
    const dropdown = page.locator('[data-testid="notification-dropdown"]');
    await dropdown.locator('[data-testid="notification-item"]').first().waitFor({ state: 'visible' });
    // A reply arriving while the list is open appears in it, without closing and opening again.
    await call('POST', `/annotations/${root.id}/replies`, b.token, {
      clientId: crypto.randomUUID(),
      body: 'Colombia adds a third answer.',
    });
    await dropdown.getByText('Colombia adds a third answer.').waitFor({ state: 'visible', timeout: LIVE_MS });
    await page.keyboard.press('Escape');
    await dropdown.waitFor({ state: 'hidden' });
    expect(await page.evaluate('document.activeElement?.getAttribute("data-testid")')).toBe('notification-bell');

    await page.goto(`${webUrl()}/notifications`);
    const list = page.locator('[data-testid="notification-list"]');
    await list.locator('[data-testid="notification-item"][data-read="false"]').first().waitFor({ state: 'visible' });
    await page.locator('[data-testid="notifications-mark-all"]').click();
    await page.locator('[data-testid="notification-bell"][data-unread="0"]').waitFor({ state: 'attached' });
    await list.locator('[data-testid="notification-item"][data-read="false"]').first().waitFor({ state: 'detached' });
    expect(await list.locator('[data-testid="notification-mark-read"]').count()).toBe(0);
    // Nothing left unread: nothing left for the button to do, until something new arrives.
    const markAll = '[data-testid="notifications-mark-all"]';
    await page.locator(`${markAll}:disabled`).waitFor({ state: 'attached' });

    // The page follows the bell: a reply arriving now joins the list, unread, without a reload...
    const late = `Colombia answers while the list is open (${Date.now()}).`;
    await call('POST', `/annotations/${root.id}/replies`, b.token, { clientId: crypto.randomUUID(), body: late });
    const arrived = list.locator('[data-testid="notification-item"][data-read="false"]').filter({ hasText: late });
    await arrived.waitFor({ state: 'visible', timeout: LIVE_MS });
    await page.locator(`${markAll}:enabled`).waitFor({ state: 'attached', timeout: LIVE_MS });
    // ...and shows read once read elsewhere (another tab of the same person).
    await call('POST', '/notifications/read-all', a.token);
    await arrived.waitFor({ state: 'detached', timeout: LIVE_MS });
  });

  it("following a notification's link shows the thread's paragraph in the text, far down as it may be", async () => {
    const { round, version, a, b } = await prepare();
    const far = version.sections.flatMap((s) => s.paragraphs)[24];
    if (!far) throw new Error('the demo draft is too short');
    const root = await startThread(a, round.id, far.key, 'Mexico asks about this late paragraph.');
    const page = await signedIn(a);
    await page.locator('[data-testid="socket-status"][data-state="connected"]').waitFor({ state: 'attached' });
    // Reading the round's text with the side panel on another tab than the threads.
    await page.goto(
      `${webUrl()}/processes/${round.processId}/drafts/${version.draftId}?version=${version.id}&round=${round.id}`,
    );
    await page.locator('[data-testid="live-status"][data-state="live"]').first().waitFor({ state: 'visible' });
    await page.locator('[data-testid="tab-find"]').click();
    const before = await unreadOf(page);
    await call('POST', `/annotations/${root.id}/replies`, b.token, {
      clientId: crypto.randomUUID(),
      body: 'Colombia answers on the late paragraph.',
    });
    await page
      .locator(`[data-testid="notification-bell"][data-unread="${before + 1}"]`)
      .waitFor({ state: 'attached', timeout: LIVE_MS });
    await page.locator('[data-testid="notification-bell"]').click();
    await page.locator('[data-testid="notification-dropdown"] [data-testid="notification-open"]').first().click();
    await page.waitForURL((url) => url.searchParams.get('thread') === root.id);
    // The panel is back on the Threads tab, the thread highlighted and in view.
    const thread = page.locator(`[data-testid="thread-panel"] #thread-${root.id}.is-highlighted`);
    await thread.waitFor({ state: 'visible' });
    expect(await page.locator('[data-testid="tab-threads"]').getAttribute('aria-selected')).toBe('true');
    const box = await thread.boundingBox();
    expect(box && box.y >= 0 && box.y < (page.viewportSize()?.height ?? 0)).toBe(true);
    // The paragraph itself is on screen, beside its open thread.
    await paragraphOnScreen(page, far.key, LIVE_MS);
    await page.screenshot({ path: join(RESULTS, 'notifications-link-scrolls.png') });

    // A second reply's link is the same address: following it from the Find tab switches back too.
    await page.locator('[data-testid="tab-find"]').click();
    const unread = await unreadOf(page);
    await call('POST', `/annotations/${root.id}/replies`, b.token, {
      clientId: crypto.randomUUID(),
      body: 'Colombia adds a second answer.',
    });
    await page
      .locator(`[data-testid="notification-bell"][data-unread="${unread + 1}"]`)
      .waitFor({ state: 'attached', timeout: LIVE_MS });
    await page.locator('[data-testid="notification-bell"]').click();
    await page.locator('[data-testid="notification-dropdown"] [data-testid="notification-open"]').first().click();
    await page.locator('[data-testid="tab-threads"][aria-selected="true"]').waitFor({ state: 'visible' });
    await thread.waitFor({ state: 'visible' });
  });

  it("names a new version's draft and process and opens what changed; states a closing time in the reader's zone", async () => {
    const admin = await tokenOf(demo('admin').email, demoAccounts.password);
    const secretariat = await tokenOf(demo('secretariat').email, demoAccounts.password);
    const stamp = Date.now();
    // A process of its own: only the people below hear of its versions and rounds.
    const lakes = await call<{ id: string; title: string }>('POST', '/processes', secretariat, {
      title: `Shared Lakes Dialogue ${stamp}`,
    });
    const delegations = await call<{ items: { id: string; code: string }[] }>('GET', '/delegations', admin);
    const mexico = delegations.items.find((d) => d.code === 'MEX')!.id;
    const member = async (name: string, role: string, timeZone: string, delegationId: string | null) => {
      const email = `lakes-${role}-${stamp}@example.test`;
      const password = 'notification-test-pass';
      const user = await call<{ id: string }>('POST', '/users', admin, { email, name, password, timeZone });
      await call('POST', `/processes/${lakes.id}/members`, secretariat, { userId: user.id, role, delegationId });
      return { id: user.id, email, password, token: '' };
    };
    // The reader keeps Tokyo time; the round is scheduled in UTC.
    const reader = await member('Carla Tokyo', 'delegate', 'Asia/Tokyo', mexico);
    const chair = await member('Lakes Chair', 'chair', 'UTC', null);

    const draft = await call<{ id: string; versions: { id: string }[] }>(
      'POST',
      `/processes/${lakes.id}/drafts`,
      secretariat,
      { title: 'Shared lakes agenda' },
    );
    const operate = (version: DraftVersion, operation: unknown) =>
      call<DraftVersion>('POST', `/versions/${version.id}/operations`, secretariat, {
        revision: version.revision,
        operation,
      });
    const publish = (version: DraftVersion, label: string) =>
      call<{ published: DraftVersion; working: DraftVersion }>('POST', `/versions/${version.id}/publish`, secretariat, {
        revision: version.revision,
        label,
      });
    let version = await call<DraftVersion>('GET', `/versions/${draft.versions[0].id}`, secretariat);
    version = await operate(version, { type: 'add_section', afterSectionKey: null, heading: 'I. Lakes' });
    version = await operate(version, {
      type: 'add_paragraph',
      sectionKey: version.sections[0].key,
      afterKey: null,
      text: 'Riparian States share data on water levels.',
    });
    const zero = await publish(version, 'Zero draft');
    const added = 'Riparian States consult each other before any new dam.';
    const next = await operate(zero.working, {
      type: 'add_paragraph',
      sectionKey: zero.working.sections[0].key,
      afterKey: zero.working.sections[0].paragraphs[0].key,
      text: added,
    });
    const rev1 = await publish(next, 'Rev.1');
    const year = new Date().getUTCFullYear() + 1;
    const round = await call<Round>('POST', `/processes/${lakes.id}/rounds`, secretariat, {
      name: 'Lakes reading',
      versionId: rev1.published.id,
      chairUserId: chair.id,
      delegationIds: [mexico],
      confidentiality: 'observers',
      // Next year: the round opens only with its closing time ahead.
      opensAt: `${year}-11-02T09:00:00Z`,
      closesAt: `${year}-12-03T17:00:00Z`,
      timeZone: 'UTC',
    });
    await call('POST', `/rounds/${round.id}/status`, secretariat, { status: 'open' });

    const page = await signedIn(reader);
    await page.goto(`${webUrl()}/notifications`);
    const opened = page.locator('[data-testid="notification-item"][data-type="round.opened"]');
    await opened.waitFor({ state: 'visible', timeout: LIVE_MS });
    // 17:00 UTC is 02:00 the next day in Tokyo.
    expect(await opened.textContent()).toContain(
      `Lakes reading (${lakes.title}) is open for comments until December 4, ${year} at 2:00 AM Japan Standard Time`,
    );
    const published = page
      .locator('[data-testid="notification-item"][data-type="version.published"]')
      .filter({ hasText: 'Rev.1' });
    expect(await published.textContent()).toContain(`Rev.1 of “Shared lakes agenda” (${lakes.title}) was published`);
    await page.screenshot({ path: join(RESULTS, 'notifications-version-and-deadline.png') });

    // Its link compares the zero draft with Rev.1: the paragraph Rev.1 added is shown as such.
    await published.locator('[data-testid="notification-open"]').click();
    await page.waitForURL(
      (url) =>
        url.pathname === `/processes/${lakes.id}/drafts/${draft.id}/compare` &&
        url.searchParams.get('from') === zero.published.id &&
        url.searchParams.get('to') === rev1.published.id,
    );
    await page.locator('[data-testid="comparison"]').getByText(added).waitFor({ state: 'visible', timeout: LIVE_MS });
  });

  it("a silence procedure's notification opens the round's text at its paragraph, not the round's facts", async () => {
    const session = await openSessionRound('Silence link');
    const version = await call<DraftVersion>(
      'GET',
      `/versions/${session.versionId}`,
      await tokenOf(demo('admin').email, demoAccounts.password),
    );
    const far = version.sections.flatMap((s) => s.paragraphs)[22];
    if (!far) throw new Error('the demo draft is too short');
    const head = demoOf('head_of_delegation');
    const page = await signedIn({ id: '', email: head.email, password: demoAccounts.password, token: '' });
    await page.locator('[data-testid="socket-status"][data-state="connected"]').waitFor({ state: 'attached' });
    const chair = await tokenOf(demoOf('chair').email);
    await call('POST', `/rounds/${session.roundId}/silence-procedures`, chair, {
      paragraphKeys: [far.key],
      deadline: new Date(Date.now() + 3_600_000).toISOString(),
    });
    await page.goto(`${webUrl()}/notifications`);
    const started = page
      .locator('[data-testid="notification-item"][data-type="silence.started"]')
      .filter({ hasText: far.number.replace(/[.)]$/, '') })
      .filter({ hasText: 'Silence link' });
    await started.first().waitFor({ state: 'visible', timeout: LIVE_MS });
    await started.first().locator('[data-testid="notification-open"]').click();
    await page.waitForURL(
      (url) =>
        url.pathname === `/processes/${session.processId}/drafts/${session.draftId}` &&
        url.searchParams.get('round') === session.roundId &&
        url.searchParams.get('paragraph') === far.key,
    );
    // The text with the procedure: its paragraph on screen, the procedure's card above the text.
    await paragraphOnScreen(page, far.key, LIVE_MS);
    await page
      .locator('[data-testid="silence-panel"]')
      .getByText(far.number.replace(/[.)]$/, ''))
      .first()
      .waitFor({ state: 'attached' });
  });

  it("a round's notifications open what each asks of a delegate: the text, the new closing time, the positions", async () => {
    const { a } = await prepare();
    const session = await openSessionRound('Round links', { leaveScheduled: true });
    const [secretariat, chair] = await Promise.all([
      tokenOf(demo('secretariat').email, demoAccounts.password),
      tokenOf(demoOf('chair').email),
    ]);
    const round = `/processes/${session.processId}/rounds/${session.roundId}`;
    const page = await signedIn(a);
    await page.goto(`${webUrl()}/notifications`);
    await page.locator('[data-testid="socket-status"][data-state="connected"]').waitFor({ state: 'attached' });
    /** Follows this round's notification of that type from the list, once it has arrived there. */
    const follow = async (type: string) => {
      await page.goto(`${webUrl()}/notifications`);
      const item = page
        .locator(`[data-testid="notification-item"][data-type="${type}"]`)
        .filter({ hasText: 'Round links' })
        .first();
      await item.waitFor({ state: 'visible', timeout: 15_000 });
      await item.locator('[data-testid="notification-open"]').click();
    };

    // Opened: the round's text, where the delegate reads and comments, with the closing time beside it.
    const opened = await call<Round>('POST', `/rounds/${session.roundId}/status`, secretariat, { status: 'open' });
    await follow('round.opened');
    await page.waitForURL(
      (url) =>
        url.pathname === `/processes/${session.processId}/drafts/${session.draftId}` &&
        url.searchParams.get('round') === session.roundId,
    );
    await page.locator('[data-testid="draft-reader"]').waitFor({ state: 'visible' });
    await page.locator('[data-testid="round-closes-at"]').waitFor({ state: 'visible' });
    // The email's button says so and goes there too.
    const email = await eventually('the opening email', async () =>
      (await mailTo(a.email)).find((m) => m.subject.startsWith(opened.name)),
    );
    expect(email.text).toMatch(new RegExp(`\nRead the text and comment: \\S+${round}/text\n`));

    // The closing time moved: the round's page, whose heading states the new one.
    const later = new Date(Date.parse(opened.closesAt) + 2 * 24 * 3_600_000).toISOString();
    await call('PUT', `/rounds/${session.roundId}/closes-at`, chair, { closesAt: later });
    await follow('round.deadline_changed');
    await page.waitForURL((url) => url.pathname === round);
    const heading = page.locator('[data-testid="round-closes-at"]');
    await heading.waitFor({ state: 'visible' });
    const moved = await call<Round>('GET', `/rounds/${session.roundId}`, chair);
    await heading.getByText(zonedIn(moved.timeZone)(moved.closesAt)).waitFor({ state: 'visible' });

    // Closed: the position matrix, where each paragraph's consensus is.
    await call('POST', `/rounds/${session.roundId}/status`, chair, { status: 'closed' });
    await follow('round.closed');
    await page.waitForURL((url) => url.pathname === `${round}/positions`);
    await page.locator('[data-testid="matrix-size"]').waitFor({ state: 'visible' });
  }, 120_000);

  it('follows a thread from its card: replies reach the bell, and stop once unfollowed', async () => {
    const { demoProcess, round, version, a, b, paragraph } = await prepare();
    const root = await startThread(a, round.id, paragraph.key, 'Mexico asks whether the annex should be binding.');
    const page = await signedIn(b);
    const query = new URLSearchParams({
      version: version.id,
      round: round.id,
      paragraph: paragraph.key,
      thread: root.id,
    });
    await page.goto(`${webUrl()}/processes/${demoProcess.id}/drafts/${version.draftId}?${query.toString()}`);
    await page.locator('[data-testid="socket-status"][data-state="connected"]').waitFor({ state: 'attached' });
    const toggle = page.locator(`#thread-${root.id} [data-testid="follow-toggle"]`);
    await toggle.and(page.locator('[data-following="false"]')).waitFor({ state: 'visible' });
    await toggle.click();
    await toggle.and(page.locator('[data-following="true"]')).waitFor({ state: 'visible' });
    await page.screenshot({ path: join(RESULTS, 'notifications-follow.png') });

    const before = await unreadOf(page);
    const answer = `Mexico answers its own question (${Date.now()}).`;
    await call('POST', `/annotations/${root.id}/replies`, a.token, { clientId: crypto.randomUUID(), body: answer });
    await page
      .locator(`[data-testid="notification-bell"][data-unread="${before + 1}"]`)
      .waitFor({ state: 'attached', timeout: LIVE_MS });

    await toggle.click();
    await toggle.and(page.locator('[data-following="false"]')).waitFor({ state: 'visible' });
    await call('POST', `/annotations/${root.id}/replies`, a.token, {
      clientId: crypto.randomUUID(),
      body: 'A further remark nobody else follows.',
    });
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    expect(await unreadOf(page)).toBe(before + 1);
  });
  /** A job that fails for good at once (a payload no handler accepts), its error naming each of 40 stray fields; its id. */
  const failJob = async (): Promise<string> => {
    const queue = new Queue('notifications', {
      connection: { url: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379' },
      prefix: process.env['E2E_REDIS_PREFIX'],
    });
    try {
      const strays = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`stray_field_${i}`, i]));
      const job = await queue.add('send-email', strays);
      const id = job.id ?? '';
      await eventually('the job to fail', async () => ((await queue.getJobState(id)) === 'failed' ? true : undefined));
      return id;
    } finally {
      await queue.close();
    }
  };

  /** The failed-jobs page, signed in as the demo admin, on a page of this size; the retry button of that job. */
  const failedJobsPageAt = async (viewport: { width: number; height: number }, id: string) => {
    const context = await newContextAt(browser, viewport);
    contexts.push(context);
    const page = await context.newPage();
    const phone = viewport.width < 600;
    await (phone ? signInByTouch : signIn)(page, demo('admin').email, demoAccounts.password);
    await page.goto(`${webUrl()}/admin/jobs`);
    // Among several rows, a screen reader or voice user tells the buttons apart by their job.
    const retry = page.getByRole('button', { name: `Retry notifications/send-email ${id}`, exact: true });
    await retry.waitFor({ state: 'visible' });
    const error = page.locator('[data-testid="failed-job-row"]').filter({ has: retry }).getByTestId('failed-job-error');
    return { page, retry, error };
  };

  it('the failed-jobs page names each retry button by its job and shows the whole error', async () => {
    const id = await failJob();
    const { page, retry, error } = await failedJobsPageAt(DESKTOP_AND_PHONE[0], id);
    expect(await error.textContent()).toContain('stray_field_39');
    // Not cut after three lines: the end of a long error is on the page to read.
    expect(await error.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
    await retry.click();
    await page.getByText('The job was queued again.').waitFor({ state: 'visible' });
  });

  it('the failed-jobs page reads on a phone without scrolling sideways, each job with its error, facts and retry', async () => {
    const id = await failJob();
    const { page, retry, error } = await failedJobsPageAt(DESKTOP_AND_PHONE[1], id);
    const row = page.locator('[data-testid="failed-job-row"]').filter({ has: retry });
    // Neither the page nor a frame inside it scrolls sideways, and the job's words are within the screen.
    const sideways = await page.evaluate<{ page: boolean; frames: number; outside: number }>(`(() => {
      const scrolls = (e) => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX);
      const wide = (e) => e.scrollWidth > e.clientWidth + 1 && scrolls(e);
      const outside = [...document.querySelectorAll('[data-testid="failed-job-row"] *')].filter((e) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && (r.left < 0 || r.right > window.innerWidth);
      });
      return {
        page: document.documentElement.scrollWidth > window.innerWidth,
        frames: [...document.querySelectorAll('#main *')].filter(wide).length,
        outside: outside.length,
      };
    })()`);
    expect(sideways).toEqual({ page: false, frames: 0, outside: 0 });
    expect(await error.textContent()).toContain('stray_field_39');
    expect(await error.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
    expect(await row.textContent()).toMatch(/Attempts\s*\d/);
    // The button is a finger's size, and works.
    expect((await retry.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(39.5);
    await retry.tap();
    await page.getByText('The job was queued again.').waitFor({ state: 'visible' });
  }, 120_000);

  /** B replies in a thread A starts; A's email of it has an unsubscribe link, opened in a new browser. */
  const openUnsubscribeLinkOfReply = async (
    { round, a, b, paragraph }: Awaited<ReturnType<typeof prepare>>,
    thread: string,
    body: string,
  ): Promise<Page> => {
    const root = await startThread(a, round.id, paragraph.key, thread);
    await call('POST', `/annotations/${root.id}/replies`, b.token, { clientId: crypto.randomUUID(), body });
    const email = await eventually('the reply email', async () =>
      (await mailTo(a.email)).find((m) => m.text.includes(body)),
    );
    const link = /\S+\/unsubscribe\?\S+/.exec(email.text)?.[0];
    if (!link) throw new Error('the reply email has no unsubscribe link');
    const { context, page } = await newDesktopPage(browser);
    contexts.push(context);
    const url = new URL(link);
    await page.goto(`${webUrl()}${url.pathname}${url.search}`);
    return page;
  };

  it('a whole unsubscribe link from an email turns that kind of email off, without signing in', async () => {
    const prepared = await prepare();
    const page = await openUnsubscribeLinkOfReply(
      prepared,
      'A thread whose emails Mexico turns off.',
      `A reply to unsubscribe from (${Date.now()}).`,
    );
    await page.locator('[data-testid="unsubscribe-done"]').waitFor({ state: 'visible' });
    expect(await page.locator('[data-testid="unsubscribe-invalid"]').count()).toBe(0);
  });

  it("a French email's unsubscribe link opens the page in French, in a browser set to English", async () => {
    const prepared = await prepare();
    // A reads Concordia, and so its emails, in French.
    await call('PATCH', '/auth/me', prepared.a.token, { language: 'fr' });
    const page = await openUnsubscribeLinkOfReply(
      prepared,
      'Un fil dont le Mexique coupe les courriels.',
      `Une réponse en français (${Date.now()}).`,
    );
    const done = page.locator('[data-testid="unsubscribe-done"]');
    await done.waitFor({ state: 'visible' });
    expect(await done.textContent()).toContain('vous ne recevrez plus de courriels');
    await page.getByRole('heading', { name: 'Désabonnement' }).waitFor({ state: 'visible' });
  });

  it('a broken or unknown unsubscribe link says so plainly and offers to sign in to the settings', async () => {
    const { context, page } = await newDesktopPage(browser);
    contexts.push(context);
    const links = [
      // Cut short in the mail client: the page does not even ask the API.
      '/unsubscribe?token=abc&type=round.opened',
      // Well formed, but no account holds the token: the API answers 404 UNSUBSCRIBE_INVALID.
      `/unsubscribe?token=${'x'.repeat(40)}&type=round.opened`,
      '/unsubscribe?token=',
    ];
    for (const link of links) {
      await page.goto(`${webUrl()}${link}`);
      const alert = page.locator('[data-testid="unsubscribe-invalid"]');
      await alert.waitFor({ state: 'visible' });
      expect(await alert.textContent()).toContain('This unsubscribe link is not valid or has expired.');
      // Not the form-error wording a field-by-field validation failure would show.
      expect(await page.locator('[data-testid="error-alert"]').count()).toBe(0);
      expect(await page.textContent('body')).not.toContain('token:');
    }
    await page.locator('[data-testid="unsubscribe-sign-in"]').click();
    await page.waitForURL((url) => url.pathname === '/login');
  });
});
