import type { Me, Round } from '@concordia/contracts';
import { isAdmin } from './navigation';

/*
 * What this user may do inside one process, mirroring the API's process policies so screens only
 * offer actions the server will accept. The server still decides on every call.
 */

const holds = (me: Me, processId: string, role: Me['memberships'][number]['role']): boolean =>
  me.memberships.some((m) => m.processId === processId && m.role === role);

/** Creates drafts, imports, edits and publishes versions, schedules rounds, reads the audit log. */
export const managesProcess = (me: Me, processId: string): boolean =>
  isAdmin(me) || holds(me, processId, 'secretariat');

/** The exports of positions are the process secretariat's alone, admins included (as the API decides). */
export const exportsPositions = (me: Me, processId: string): boolean => holds(me, processId, 'secretariat');

/** Working versions are shown to the secretariat and the chairs only, as the API does. */
export const seesWorkingVersions = (me: Me, processId: string): boolean =>
  managesProcess(me, processId) || holds(me, processId, 'chair');

/** A round's status is moved by its chair or by the process's secretariat. */
export const canChangeRoundStatus = (me: Me, round: Round): boolean =>
  round.chairUserId === me.user.id || managesProcess(me, round.processId);

/**
 * A delegation's report on a round: for its heads and delegates when the delegation takes part,
 * and for an observer delegation's members when the round admits observers.
 */
export const takesDelegationReport = (me: Me, round: Round): boolean =>
  me.memberships.some(
    (m) =>
      m.processId === round.processId &&
      m.delegationId !== null &&
      (m.role === 'observer'
        ? round.confidentiality !== 'delegations'
        : (m.role === 'head_of_delegation' || m.role === 'delegate') && round.delegationIds.includes(m.delegationId)),
  );

/** Paragraph statuses are the chair's call alone. */
export const canSetParagraphStatus = (me: Me, round: Round): boolean => round.chairUserId === me.user.id;
