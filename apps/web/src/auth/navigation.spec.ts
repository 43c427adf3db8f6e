import type { Me, MembershipSummary, ProcessRole } from '@concordia/contracts';
import { testMe } from '../testing/fixtures';
import { canReach, navigationFor, primaryRole, type NavSlug } from './navigation';

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
