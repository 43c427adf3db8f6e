import type { Me, MembershipSummary, ProcessRole } from '@concordia/contracts';

/** Slugs double as `data-testid="nav-<slug>"` on the links: end-to-end tests rely on them. */
export type NavSlug =
  | 'home'
  | 'processes'
  | 'drafts'
  | 'rounds'
  | 'chair'
  | 'my-delegation'
  | 'invitations'
  | 'members'
  | 'audit'
  | 'users'
  | 'delegations'
  | 'account'
  | 'jobs';

export interface NavItem {
  slug: NavSlug;
  path: string;
}

const PATHS: Record<NavSlug, string> = {
  home: '/',
  processes: '/processes',
  drafts: '/drafts',
  rounds: '/rounds',
  chair: '/chair',
  'my-delegation': '/my-delegation',
  invitations: '/invitations',
  members: '/members',
  audit: '/audit',
  users: '/users',
  delegations: '/delegations',
  account: '/account',
  jobs: '/admin/jobs',
};

const ORDER: readonly NavSlug[] = [
  'home',
  'processes',
  'drafts',
  'rounds',
  'chair',
  'my-delegation',
  'invitations',
  'members',
  'audit',
  'users',
  'delegations',
  'account',
  'jobs',
];

export const isAdmin = (me: Me): boolean => me.user.platformRoles.includes('admin');

/** Platform secretariat, or secretariat of at least one process. */
export const isSecretariat = (me: Me): boolean =>
  me.user.platformRoles.includes('secretariat') || me.memberships.some((m) => m.role === 'secretariat');

export const membershipsWithRole = (me: Me, ...roles: ProcessRole[]): MembershipSummary[] =>
  me.memberships.filter((m) => roles.includes(m.role));

/** Memberships that speak for a delegation and so may look at its members. */
export const delegationMemberships = (me: Me): MembershipSummary[] =>
  membershipsWithRole(me, 'head_of_delegation', 'delegate').filter((m) => m.delegationId !== null);

/**
 * The pages a user can reach, derived only from Me. The server authorises every call anyway; this
 * keeps people from being offered screens that would only answer "forbidden".
 */
export const navigationFor = (me: Me): NavItem[] => {
  const allowed = new Set<NavSlug>(['home', 'processes', 'account']);
  if (isAdmin(me)) {
    allowed.add('users');
    allowed.add('delegations');
    allowed.add('invitations');
    allowed.add('jobs');
  }
  if (isSecretariat(me)) {
    allowed.add('drafts');
    allowed.add('rounds');
    allowed.add('invitations');
    allowed.add('members');
    allowed.add('audit');
  }
  if (membershipsWithRole(me, 'chair').length > 0) allowed.add('chair');
  if (delegationMemberships(me).length > 0) allowed.add('my-delegation');
  return ORDER.filter((slug) => allowed.has(slug)).map((slug) => ({ slug, path: PATHS[slug] }));
};

/**
 * Pages under a process that belong to a section of their own: a draft and its import and
 * comparison are "Drafts", a round and its positions "Rounds", a round's console "Chair". Each
 * falls back to the next when the user has no such section (a delegate reads drafts from
 * "Processes"). Checked in order, most specific first.
 */
const PROCESS_PAGES: ReadonlyArray<{ pattern: RegExp; sections: readonly NavSlug[] }> = [
  { pattern: /^\/processes\/[^/]+\/rounds\/[^/]+\/console(\/|$)/, sections: ['chair', 'rounds', 'processes'] },
  { pattern: /^\/processes\/[^/]+\/rounds(\/|$)/, sections: ['rounds', 'processes'] },
  { pattern: /^\/processes\/[^/]+\/drafts(\/|$)/, sections: ['drafts', 'processes'] },
];

/** The section of the navigation a page belongs to, highlighted while it shows; null if none. */
export const activeSection = (items: readonly NavItem[], pathname: string): NavSlug | null => {
  const offered = new Set(items.map((item) => item.slug));
  const page = PROCESS_PAGES.find(({ pattern }) => pattern.test(pathname));
  if (page) return page.sections.find((slug) => offered.has(slug)) ?? null;
  // Otherwise the item whose page this is, or that it sits under ("/processes/:id" under "/processes").
  const under = items.find((item) =>
    item.path === '/' ? pathname === '/' : pathname === item.path || pathname.startsWith(`${item.path}/`),
  );
  return under?.slug ?? null;
};

export const canReach = (me: Me, slug: NavSlug): boolean => navigationFor(me).some((item) => item.slug === slug);

/** Platform secretariat and admins create processes; process secretariats run the ones they belong to. */
export const canCreateProcess = (me: Me): boolean => me.user.platformRoles.includes('secretariat') || isAdmin(me);

export type RoleLabel =
  | { kind: 'platform'; role: Me['user']['platformRoles'][number] }
  | { kind: 'process'; role: ProcessRole; delegationName: string | null }
  | { kind: 'none' };

/** The one role shown beside the user's name in the header: the most senior they hold. */
export const primaryRole = (me: Me): RoleLabel => {
  if (isAdmin(me)) return { kind: 'platform', role: 'admin' };
  if (me.user.platformRoles.includes('secretariat')) return { kind: 'platform', role: 'secretariat' };
  const rank: ProcessRole[] = ['secretariat', 'chair', 'head_of_delegation', 'delegate', 'observer'];
  for (const role of rank) {
    const membership = me.memberships.find((m) => m.role === role);
    if (membership) return { kind: 'process', role, delegationName: membership.delegationName };
  }
  return { kind: 'none' };
};
