import type { RoundRecord } from '@concordia/dal';
import { takesPart } from '../annotations/annotation-visibility';
import type { ProcessAccess } from '../authz/process-access.service';
import type { Audience } from '../realtime/live-events.service';

type RoundFields = Pick<RoundRecord, 'delegationIds' | 'confidentiality'>;

/**
 * Who reads the positions of a round, by its confidentiality:
 * - 'delegations': the secretariat, the chairs and the delegations taking part in the round
 *   (they negotiate among themselves); observers and delegations outside the round do not.
 * - 'observers' and 'public': every member of the process, observers included. (Positions are
 *   never shown outside the process: 'public' widens who reads the text, not who reads the
 *   negotiation record.)
 * Admins who are not members read everything, as elsewhere.
 */
export function readsPositions(access: ProcessAccess, round: RoundFields): boolean {
  // In a delegations-only round, exactly those who take part read them (observers do not).
  return round.confidentiality !== 'delegations' || takesPart(access, round);
}

/**
 * The live audiences of a recorded position, matching {@link readsPositions}: the round's
 * stream (read by every member) when everyone may read; otherwise the secretariat's stream and
 * each participating delegation's. Chairs read neither of those streams, so in a
 * delegations-only round a chair sees new positions on reload, not live.
 */
export function positionAudiences(round: RoundFields): Audience[] {
  if (round.confidentiality !== 'delegations') return [{ kind: 'round' }];
  return [
    { kind: 'secretariat' },
    ...round.delegationIds.map((d): Audience => ({ kind: 'delegation', delegationId: d.toHexString() })),
  ];
}
