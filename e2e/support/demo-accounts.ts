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
