import type { ProcessRole } from '@concordia/contracts';
import { isAdmin, type Principal } from './principal';

/** Actions that do not depend on a process. Checked by the global guard from @Authorize. */
export type PlatformAction =
  | 'self' // any signed-in user acting on their own account
  | 'users.manage'
  | 'delegations.read'
  | 'delegations.manage'
  | 'processes.list'
  | 'processes.create'
  | 'jobs.manage';

/** Actions inside one process. Checked by ProcessAccessService with the caller's membership. */
export type ProcessAction =
  | 'process.read'
  | 'members.read'
  | 'members.manage'
  | 'invitations.manage'
  | 'drafts.read'
  | 'drafts.read_working'
  | 'drafts.manage'
  | 'rounds.read'
  | 'rounds.manage'
  | 'rounds.change_status'
  | 'rounds.set_paragraph_status'
  | 'audit.read'
  | 'annotations.read'
  | 'annotations.write'
  | 'annotations.sponsor'
  | 'annotations.dispose'
  | 'annotations.carry_forward'
  | 'positions.read'
  | 'positions.record'
  | 'positions.export'
  | 'positions.report'
  | 'positions.track'
  | 'rounds.chair'
  | 'silence.break'
  | 'speakers.request'
  | 'speakers.manage'
  | 'annotations.moderate';

export function allowsPlatform(principal: Principal, action: PlatformAction): boolean {
  switch (action) {
    case 'self':
    case 'delegations.read':
    case 'processes.list':
      return true;
    case 'users.manage':
    case 'delegations.manage':
    case 'jobs.manage':
      return isAdmin(principal);
    case 'processes.create':
      return isAdmin(principal) || principal.platformRoles.includes('secretariat');
  }
}

const PROCESS_RULES: Record<ProcessAction, readonly ProcessRole[]> = {
  'process.read': ['secretariat', 'chair', 'head_of_delegation', 'delegate', 'observer'],
  'members.read': ['secretariat', 'chair', 'head_of_delegation', 'delegate', 'observer'],
  'drafts.read': ['secretariat', 'chair', 'head_of_delegation', 'delegate', 'observer'],
  'rounds.read': ['secretariat', 'chair', 'head_of_delegation', 'delegate', 'observer'],
  // Working versions are not yet public to delegations.
  'drafts.read_working': ['secretariat', 'chair'],
  'members.manage': ['secretariat'],
  'invitations.manage': ['secretariat'],
  // Drafts, imports, edits (applying the rounds' amendments too) and publishing are the secretariat's work.
  'drafts.manage': ['secretariat'],
  'rounds.manage': ['secretariat'],
  // A chair passes this check for every round; the use case then requires the round's own chair.
  'rounds.change_status': ['secretariat', 'chair'],
  'rounds.set_paragraph_status': ['chair'],
  'audit.read': ['secretariat'],
  // Whether the caller takes part in the round (delegation, confidentiality) is the use case's check.
  'annotations.read': ['secretariat', 'chair', 'head_of_delegation', 'delegate', 'observer'],
  'annotations.write': ['secretariat', 'chair', 'head_of_delegation', 'delegate', 'observer'],
  // A delegation co-sponsors through its head.
  'annotations.sponsor': ['head_of_delegation'],
  'annotations.dispose': ['secretariat'],
  'annotations.carry_forward': ['secretariat', 'chair'],
  // Which rounds' positions a member reads depends on the round's confidentiality (positions/position-visibility.ts).
  'positions.read': ['secretariat', 'chair', 'head_of_delegation', 'delegate', 'observer'],
  // A head speaks for their own delegation only; the use case checks which.
  'positions.record': ['head_of_delegation'],
  'positions.export': ['secretariat'],
  // A delegation's own report on a round, taken by one of its members.
  'positions.report': ['head_of_delegation', 'delegate', 'observer'],
  // How far every participating delegation is with its positions: for those who run the round.
  'positions.track': ['secretariat', 'chair'],
  // The chair's instruments (silence procedures, speakers' list); the use case then requires
  // the round's own chair, as for paragraph statuses.
  'rounds.chair': ['chair'],
  // Breaking silence commits the delegation: its head speaks for it, as when co-sponsoring.
  'silence.break': ['head_of_delegation'],
  // Any member of a participating delegation may ask for the floor on its behalf.
  'speakers.request': ['head_of_delegation', 'delegate'],
  // The speaking time and the record of the floor (who spoke, how long): the round's chair (the
  // use case checks which) and the secretariat, who writes the meeting report. Delegations see
  // the countdown live but not the record.
  'speakers.manage': ['secretariat', 'chair'],
  'annotations.moderate': ['chair'],
};

/**
 * `hidden`: the caller is not in the process, so it must not even learn that the object exists
 * (404). `forbidden`: a member lacking the role (403).
 */
export type ProcessDecision = 'allow' | 'forbidden' | 'hidden';

/**
 * Actions an admin does only through the role itself. The exports take the negotiation record
 * out of the platform as the secretariat reads it (the compilation holds the secretariat's
 * threads, which nobody else reads): an admin who is not the process's secretariat would get
 * a record that is not theirs to read, or a partial one.
 */
const ROLE_ONLY: ReadonlySet<ProcessAction> = new Set<ProcessAction>(['positions.export', 'positions.report']);

export function decideInProcess(
  principal: Principal,
  role: ProcessRole | null,
  action: ProcessAction,
): ProcessDecision {
  const admin = isAdmin(principal);
  if (admin && !ROLE_ONLY.has(action)) return 'allow';
  // An admin sees every process, so a refusal there is a 403, not a 404.
  if (role === null) return admin ? 'forbidden' : 'hidden';
  return PROCESS_RULES[action].includes(role) ? 'allow' : 'forbidden';
}
