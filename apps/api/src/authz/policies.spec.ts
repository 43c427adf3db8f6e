import { allowsPlatform, decideInProcess, type ProcessAction } from './policies';
import type { Principal } from './principal';

const who = (...platformRoles: Principal['platformRoles'][number][]): Principal => ({
  userId: '64b000000000000000000001',
  name: 'Test User',
  sessionId: '64b000000000000000000002',
  platformRoles,
});

describe('platform policies', () => {
  it('lets only admins manage users and delegations', () => {
    expect(allowsPlatform(who('admin'), 'users.manage')).toBe(true);
    expect(allowsPlatform(who('secretariat'), 'users.manage')).toBe(false);
    expect(allowsPlatform(who(), 'delegations.manage')).toBe(false);
    expect(allowsPlatform(who('admin'), 'delegations.manage')).toBe(true);
  });

  it('lets admins and platform secretariat create processes', () => {
    expect(allowsPlatform(who('admin'), 'processes.create')).toBe(true);
    expect(allowsPlatform(who('secretariat'), 'processes.create')).toBe(true);
    expect(allowsPlatform(who(), 'processes.create')).toBe(false);
  });

  it('lets every signed-in user read delegations and list their processes', () => {
    expect(allowsPlatform(who(), 'delegations.read')).toBe(true);
    expect(allowsPlatform(who(), 'processes.list')).toBe(true);
    expect(allowsPlatform(who(), 'self')).toBe(true);
  });
});

describe('process policies', () => {
  const reads: ProcessAction[] = ['process.read', 'members.read', 'drafts.read', 'rounds.read'];

  it('hides the process from non-members whatever the action', () => {
    for (const action of [...reads, 'members.manage', 'invitations.manage'] as ProcessAction[]) {
      expect(decideInProcess(who('secretariat'), null, action)).toBe('hidden');
    }
  });

  it('lets an admin do anything, member or not, but export as anyone but the secretariat', () => {
    expect(decideInProcess(who('admin'), null, 'members.manage')).toBe('allow');
    expect(decideInProcess(who('admin'), 'observer', 'invitations.manage')).toBe('allow');
    expect(decideInProcess(who('admin'), null, 'positions.export')).toBe('forbidden');
    expect(decideInProcess(who('admin'), 'delegate', 'positions.export')).toBe('forbidden');
    expect(decideInProcess(who('admin'), 'secretariat', 'positions.export')).toBe('allow');
  });

  it('tells the secretariat, the chair and any admin how far the delegations are with positions, no delegation', () => {
    expect(decideInProcess(who(), 'secretariat', 'positions.track')).toBe('allow');
    expect(decideInProcess(who(), 'chair', 'positions.track')).toBe('allow');
    expect(decideInProcess(who('admin'), null, 'positions.track')).toBe('allow');
    for (const role of ['head_of_delegation', 'delegate', 'observer'] as const) {
      expect(decideInProcess(who(), role, 'positions.track')).toBe('forbidden');
    }
  });

  it('lets every member read', () => {
    for (const role of ['secretariat', 'chair', 'head_of_delegation', 'delegate', 'observer'] as const) {
      for (const action of reads) expect(decideInProcess(who(), role, action)).toBe('allow');
    }
  });

  it('reserves member and invitation management to the process secretariat', () => {
    expect(decideInProcess(who(), 'secretariat', 'members.manage')).toBe('allow');
    expect(decideInProcess(who(), 'secretariat', 'invitations.manage')).toBe('allow');
    for (const role of ['chair', 'head_of_delegation', 'delegate', 'observer'] as const) {
      expect(decideInProcess(who(), role, 'members.manage')).toBe('forbidden');
      expect(decideInProcess(who(), role, 'invitations.manage')).toBe('forbidden');
    }
  });

  it('shows working versions to secretariat and chair only', () => {
    expect(decideInProcess(who(), 'chair', 'drafts.read_working')).toBe('allow');
    expect(decideInProcess(who(), 'delegate', 'drafts.read_working')).toBe('forbidden');
  });

  it('reserves drafting, round management and the audit log to the secretariat', () => {
    for (const action of ['drafts.manage', 'rounds.manage', 'audit.read'] as ProcessAction[]) {
      expect(decideInProcess(who(), 'secretariat', action)).toBe('allow');
      for (const role of ['chair', 'head_of_delegation', 'delegate', 'observer'] as const) {
        expect(decideInProcess(who(), role, action)).toBe('forbidden');
      }
    }
  });

  it('lets chairs and the secretariat change round status, and only chairs set paragraph status', () => {
    expect(decideInProcess(who(), 'chair', 'rounds.change_status')).toBe('allow');
    expect(decideInProcess(who(), 'secretariat', 'rounds.change_status')).toBe('allow');
    expect(decideInProcess(who(), 'delegate', 'rounds.change_status')).toBe('forbidden');
    expect(decideInProcess(who(), 'chair', 'rounds.set_paragraph_status')).toBe('allow');
    expect(decideInProcess(who(), 'secretariat', 'rounds.set_paragraph_status')).toBe('forbidden');
    expect(decideInProcess(who(), 'head_of_delegation', 'rounds.set_paragraph_status')).toBe('forbidden');
  });
});
