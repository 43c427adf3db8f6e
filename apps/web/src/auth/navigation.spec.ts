import type { Me, MembershipSummary, ProcessRole } from '@concordia/contracts';
import { testMe } from '../testing/fixtures';
import { activeSection, canReach, navigationFor, primaryRole, type NavSlug } from './navigation';

const PROCESS = 'aaaaaaaaaaaaaaaaaaaaaaaa';
const MEX = 'bbbbbbbbbbbbbbbbbbbbbbbb';

const membership = (role: ProcessRole, delegationName: string | null = null): MembershipSummary => ({
  processId: PROCESS,
  processTitle: 'Regional consultation',
  role,
  delegationId: delegationName ? MEX : null,
  delegationName,
});

const slugs = (value: Me): NavSlug[] => navigationFor(value).map((item) => item.slug);

describe('navigationFor', () => {
  it('offers an admin without memberships the administration pages only', () => {
    expect(slugs(testMe(['admin'], []))).toEqual([
      'home',
      'processes',
      'invitations',
      'users',
      'delegations',
      'account',
      'jobs',
    ]);
  });

  it('gives a process secretariat drafts, rounds, invitations, members and audit but not user administration', () => {
    expect(slugs(testMe([], [membership('secretariat')]))).toEqual([
      'home',
      'processes',
      'drafts',
      'rounds',
      'invitations',
      'members',
      'audit',
      'account',
    ]);
  });

  it('gives platform secretariat the same pages even before joining a process', () => {
    expect(slugs(testMe(['secretariat'], []))).toEqual(slugs(testMe([], [membership('secretariat')])));
  });

  it('keeps drafting, rounds and the audit log from an administrator who runs no process', () => {
    const admin = testMe(['admin'], []);
    for (const slug of ['drafts', 'rounds', 'audit'] as const) expect(canReach(admin, slug)).toBe(false);
  });

  it('gives a chair the chair console', () => {
    expect(slugs(testMe([], [membership('chair')]))).toEqual(['home', 'processes', 'chair', 'account']);
  });

  it.each(['head_of_delegation', 'delegate'] as const)('gives a %s their delegation page', (role) => {
    expect(slugs(testMe([], [membership(role, 'Mexico')]))).toEqual(['home', 'processes', 'my-delegation', 'account']);
  });

  it('gives an observer nothing beyond the common pages', () => {
    expect(slugs(testMe([], [membership('observer', 'Regional Migration Organisation')]))).toEqual([
      'home',
      'processes',
      'account',
    ]);
  });

  it('never lists a page twice when roles overlap', () => {
    const both = testMe(['admin', 'secretariat'], [membership('secretariat')]);
    const list = slugs(both);
    expect(new Set(list).size).toBe(list.length);
    expect(canReach(both, 'users')).toBe(true);
    expect(canReach(both, 'audit')).toBe(true);
    expect(canReach(both, 'chair')).toBe(false);
  });
});

describe('primaryRole', () => {
  it('prefers platform roles, then the most senior process role', () => {
    expect(primaryRole(testMe(['admin'], [membership('delegate', 'Mexico')]))).toEqual({
      kind: 'platform',
      role: 'admin',
    });
    expect(primaryRole(testMe([], [membership('delegate', 'Mexico'), membership('chair')]))).toEqual({
      kind: 'process',
      role: 'chair',
      delegationName: null,
    });
    expect(primaryRole(testMe([], []))).toEqual({ kind: 'none' });
  });
});

describe('activeSection', () => {
  const secretariat = navigationFor(testMe([], [membership('secretariat')]));
  const chair = navigationFor(testMe([], [membership('chair')]));
  const delegate = navigationFor(testMe([], [membership('delegate', 'Mexico')]));
  const under = `/processes/${PROCESS}`;

  it('highlights Drafts on a draft, its import and its comparison, for those who have it', () => {
    for (const page of ['/drafts/d1', '/drafts/d1/import', '/drafts/d1/compare']) {
      expect(activeSection(secretariat, `${under}${page}`)).toBe('drafts');
    }
  });

  it('highlights Rounds on a round and its positions, and Chair on its console', () => {
    expect(activeSection(secretariat, `${under}/rounds/r1`)).toBe('rounds');
    expect(activeSection(secretariat, `${under}/rounds/r1/positions`)).toBe('rounds');
    expect(activeSection(chair, `${under}/rounds/r1/console`)).toBe('chair');
    expect(activeSection(secretariat, `${under}/rounds/r1/console`)).toBe('rounds');
  });

  it('falls back to Processes for whoever has no Drafts or Rounds section', () => {
    expect(activeSection(delegate, `${under}/drafts/d1`)).toBe('processes');
    expect(activeSection(delegate, `${under}/rounds/r1/positions`)).toBe('processes');
    expect(activeSection(delegate, under)).toBe('processes');
  });

  it('highlights the page itself elsewhere, Home only at the root, and nothing off the list', () => {
    expect(activeSection(secretariat, '/')).toBe('home');
    expect(activeSection(secretariat, '/drafts')).toBe('drafts');
    expect(activeSection(secretariat, '/processes')).toBe('processes');
    expect(activeSection(secretariat, '/notifications')).toBeNull();
  });
});
