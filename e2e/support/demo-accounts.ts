import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const demoAccountsSchema = z.object({
  password: z.string(),
  accounts: z.array(
    z.object({
      email: z.string(),
      name: z.string(),
      label: z.string(),
      platformRoles: z.array(z.enum(['admin', 'secretariat'])),
      processRole: z.enum(['secretariat', 'chair', 'head_of_delegation', 'delegate', 'observer']).nullable(),
      delegationCode: z.string().nullable(),
    }),
  ),
});
export type DemoAccount = z.infer<typeof demoAccountsSchema>['accounts'][number];

/** The accounts the API seeds, read from the seed's own file so the test follows it. */
export const demoAccounts = demoAccountsSchema.parse(
  JSON.parse(readFileSync(join(__dirname, '..', '..', 'apps', 'api', 'src', 'seed', 'demo-accounts.json'), 'utf8')),
);

/** The delegation whose members a spec acts as unless it names another (the demo lists Mexico's and Peru's). */
export const HOME_DELEGATION = 'MEX';
/** The demo's second delegation, whose head co-sponsors Mexico's amendments. */
export const OTHER_DELEGATION = 'PER';

export type DemoRole = 'admin' | NonNullable<DemoAccount['processRole']>;

/**
 * The one demo account with this role, picked by what it is and never by its place in the file:
 * a delegation's head and delegate are Mexico's unless `delegationCode` names another delegation.
 * Throws unless exactly one account fits, so a new account cannot silently change whom a spec signs in as.
 */
export const demoAccount = (role: DemoRole, delegationCode?: string): DemoAccount => {
  const code = delegationCode ?? (role === 'head_of_delegation' || role === 'delegate' ? HOME_DELEGATION : undefined);
  const fits = demoAccounts.accounts.filter(
    (a) =>
      (role === 'admin' ? a.platformRoles.includes('admin') : a.processRole === role) &&
      (code === undefined || a.delegationCode === code),
  );
  const [found] = fits;
  if (fits.length !== 1 || !found) {
    throw new Error(`demo-accounts.json lists ${fits.length} ${role} accounts${code ? ` of ${code}` : ''}, not one`);
  }
  return found;
};

export const NAV_SLUGS = [
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
] as const;
export type NavSlug = (typeof NAV_SLUGS)[number];

/**
 * The navigation each role must see, written out from the product rules independently of the web
 * app's own code, so a regression there cannot silently agree with itself.
 */
export const expectedNavigation = (account: DemoAccount): Set<NavSlug> => {
  const slugs = new Set<NavSlug>(['home', 'processes', 'account']);
  if (account.platformRoles.includes('admin')) {
    slugs.add('users');
    slugs.add('delegations');
    slugs.add('invitations');
    slugs.add('jobs');
  }
  if (account.platformRoles.includes('secretariat') || account.processRole === 'secretariat') {
    slugs.add('drafts');
    slugs.add('rounds');
    slugs.add('invitations');
    slugs.add('members');
    slugs.add('audit');
  }
  if (account.processRole === 'chair') slugs.add('chair');
  if (account.processRole === 'head_of_delegation' || account.processRole === 'delegate') slugs.add('my-delegation');
  return slugs;
};

export const fileSafe = (label: string): string => label.toLowerCase().replace(/[^a-z0-9]+/g, '-');
