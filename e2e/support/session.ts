import type { DraftVersion, MembershipList, Round } from '@concordia/contracts';
import type { Page } from 'playwright-core';
import { webUrl } from './browser';
import { demoAccount, demoAccounts } from './demo-accounts';

/** A round of the demo process opened for one browser spec, and where its text is read. */
export interface SessionRound {
  processId: string;
  draftId: string;
  roundId: string;
  versionId: string;
}

export type SessionRole = 'secretariat' | 'chair' | 'head_of_delegation' | 'delegate';

/** A delegation's members are Mexico's unless `delegationCode` names another (see demoAccount). */
export const demoOf = (role: SessionRole, delegationCode?: string) => demoAccount(role, delegationCode);

/** JSON over the web origin's /api proxy, as the browser reaches it. */
export const call = async <T>(method: string, path: string, token: string | null, body?: unknown): Promise<T> => {
  const response = await fetch(`${webUrl()}/api${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return (text ? JSON.parse(text) : null) as T;
};

export const tokenOf = async (email: string, password = demoAccounts.password): Promise<string> =>
  (await call<{ accessToken: string }>('POST', '/auth/login', null, { email, password })).accessToken;

/**
 * A round of its own on the seeded draft version, chaired by the demo chair with the seeded
 * round's delegations that have members (Mexico among them), opened unless `leaveScheduled`: browser specs share the
 * stack, and a spec must not find another's statuses, procedures or queue.
 */
export const openSessionRound = async (
  name: string,
  options: { confidentiality?: Round['confidentiality']; leaveScheduled?: boolean } = {},
): Promise<SessionRound> => {
  const secretariat = await tokenOf(demoOf('secretariat').email);
  const processes = await call<{ items: Array<{ id: string; title: string }> }>('GET', '/processes', secretariat);
  const process = processes.items.find((p) => p.title === 'Meridian Process on Human Mobility');
  if (!process) throw new Error('the demo process is missing');
  const rounds = await call<{ items: Round[] }>('GET', `/processes/${process.id}/rounds`, secretariat);
  const first = rounds.items.find((r) => r.name === 'First regional consultation');
  if (!first) throw new Error('the demo round is missing');
  const drafts = await call<{ items: Array<{ id: string; versions: Array<{ id: string }> }> }>(
    'GET',
    `/processes/${process.id}/drafts`,
    secretariat,
  );
  const draft = drafts.items.find((d) => d.versions.some((v) => v.id === first.versionId));
  if (!draft) throw new Error('the demo draft is missing');
  const round = await openRoundLike(first, first.versionId, name, secretariat, options);
  return { processId: process.id, draftId: draft.id, roundId: round.id, versionId: first.versionId };
};

/**
 * A round of its own on `versionId`, with `like`'s chair, window and confidentiality and those of
 * its delegations that have members, opened unless `leaveScheduled`.
 */
export const openRoundLike = async (
  like: Round,
  versionId: string,
  name: string,
  secretariat: string,
  options: { confidentiality?: Round['confidentiality']; leaveScheduled?: boolean } = {},
): Promise<Round> => {
  const members = await call<MembershipList>('GET', `/processes/${like.processId}/members`, secretariat);
  const present = new Set(members.items.map((m) => m.delegationId));
  const round = await call<Round>('POST', `/processes/${like.processId}/rounds`, secretariat, {
    name: `${name} ${Date.now()}`,
    versionId,
    chairUserId: like.chairUserId,
    delegationIds: like.delegationIds.filter((id) => present.has(id)),
    opensAt: like.opensAt,
    closesAt: like.closesAt,
    timeZone: like.timeZone,
    confidentiality: options.confidentiality ?? like.confidentiality,
  });
  if (!options.leaveScheduled) await call('POST', `/rounds/${round.id}/status`, secretariat, { status: 'open' });
  return round;
};

/**
 * A delegation of its own, with a head of delegation (the demo password), taking part in a round
 * left scheduled (delegations are set before it opens). Returns the delegation and the head's email.
 */
export const addDelegationWithHead = async (
  round: SessionRound,
  name: string,
): Promise<{ delegationId: string; email: string }> => {
  const adminToken = await tokenOf(demoAccount('admin').email);
  const secretariat = await tokenOf(demoOf('secretariat').email);
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const delegation = await call<{ id: string }>('POST', '/delegations', adminToken, {
    name,
    code: `D${stamp.slice(-11)}`,
    kind: 'member_state',
    region: 'Global',
  });
  const email = `head-${stamp}@example.test`;
  const user = await call<{ id: string }>('POST', '/users', adminToken, {
    email,
    name: `Head of ${name}`,
    password: demoAccounts.password,
  });
  await call('POST', `/processes/${round.processId}/members`, secretariat, {
    userId: user.id,
    role: 'head_of_delegation',
    delegationId: delegation.id,
  });
  const scheduled = await call<Round>('GET', `/rounds/${round.roundId}`, secretariat);
  await call('PATCH', `/rounds/${round.roundId}`, secretariat, {
    delegationIds: [...scheduled.delegationIds, delegation.id],
  });
  return { delegationId: delegation.id, email };
};

/**
 * A round of its own (see openSessionRound) with a new delegation and its head for each of
 * `delegations`, then opened; `paragraphKey` is its text's first paragraph, to ask the floor on.
 */
export const openRoundWithDelegations = async (
  name: string,
  delegations: readonly string[],
): Promise<{ round: SessionRound; heads: Array<{ delegationId: string; email: string }>; paragraphKey: string }> => {
  const round = await openSessionRound(name, { leaveScheduled: true });
  const heads: Array<{ delegationId: string; email: string }> = [];
  for (const delegation of delegations) heads.push(await addDelegationWithHead(round, delegation));
  const secretariat = await tokenOf(demoOf('secretariat').email);
  await call('POST', `/rounds/${round.roundId}/status`, secretariat, { status: 'open' });
  const version = await call<DraftVersion>('GET', `/versions/${round.versionId}`, secretariat);
  const paragraphKey = version.sections.flatMap((s) => s.paragraphs)[0]?.key;
  if (!paragraphKey) throw new Error('the demo draft has no paragraph');
  return { round, heads, paragraphKey };
};

/** `email`'s delegation asks for the floor on `paragraphKey`, through the API. */
export const askTheFloor = async (round: SessionRound, email: string, paragraphKey: string): Promise<void> =>
  void (await call('POST', `/rounds/${round.roundId}/speakers`, await tokenOf(email), { paragraphKey }));

/**
 * A secretariat member of the process of their own (the demo password), working in `language` and
 * reading times on `timeZone`'s clock, so the demo people keep their settings.
 */
export const secretariatMemberIn = async (
  processId: string,
  { language, name, timeZone }: { language: 'en' | 'fr' | 'es'; name: string; timeZone: string },
): Promise<{ email: string; name: string }> => {
  const admin = demoAccounts.accounts.find((a) => a.platformRoles.includes('admin'));
  if (!admin) throw new Error('demo-accounts.json lists no admin');
  const member = { email: `${language}-${Date.now()}${Math.floor(Math.random() * 1000)}@example.test`, name };
  const user = await call<{ id: string }>('POST', '/users', await tokenOf(admin.email), {
    ...member,
    password: demoAccounts.password,
    language,
    timeZone,
    platformRoles: [],
  });
  await call('POST', `/processes/${processId}/members`, await tokenOf(demoOf('secretariat').email), {
    userId: user.id,
    role: 'secretariat',
  });
  return member;
};

/** The sign-in form, filled in: the caller sends it as its device does. */
const fillSignIn = async (page: Page, email: string, password: string): Promise<void> => {
  await page.goto(`${webUrl()}/login`);
  await page.locator('input[data-testid="login-email"]').fill(email);
  await page.locator('input[data-testid="login-password"]').fill(password);
};

export const signIn = async (page: Page, email: string, password = demoAccounts.password): Promise<void> => {
  await fillSignIn(page, email, password);
  await page.locator('[data-testid="login-submit"]').click();
  await page.locator('[data-testid="user-name"]').waitFor({ state: 'visible' });
};

/** The same by touch on a phone or tablet, where the user's name is in the menu, not the header: the bell says it is there. */
export const signInByTouch = async (page: Page, email: string, password = demoAccounts.password): Promise<void> => {
  await fillSignIn(page, email, password);
  await page.locator('[data-testid="login-submit"]').tap();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await page.locator('[data-testid="notification-bell"]').waitFor();
};

export const waitLive = (page: Page) =>
  page.locator('[data-testid="live-status"][data-state="live"]').first().waitFor({ state: 'visible', timeout: 30_000 });

/** The round's text with its annotations and live session, as delegations read it. */
export const openText = async (page: Page, s: SessionRound): Promise<void> => {
  await page.goto(`${webUrl()}/processes/${s.processId}/drafts/${s.draftId}?version=${s.versionId}&round=${s.roundId}`);
  await waitLive(page);
};

/** Leaves the reading page for the home page (from the menu), once the server has moved the visit's mark. */
export const leaveText = async (page: Page): Promise<void> => {
  const marked = page.waitForResponse((r) => r.url().includes('/reading-mark') && r.request().method() === 'POST');
  await page.locator('[data-testid="nav-home"]').click();
  const status = (await marked).status();
  if (status !== 200) throw new Error(`leaving the text, the reading mark answered ${status}`);
};

export const openConsole = async (page: Page, s: SessionRound): Promise<void> => {
  await page.goto(`${webUrl()}/processes/${s.processId}/rounds/${s.roundId}/console`);
  await waitLive(page);
};
