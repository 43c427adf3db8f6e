import type { Me, Round } from '@concordia/contracts';
import { takesPart } from '../annotations/annotation-rules';

/**
 * Who reads a round's positions, as the API's `readsPositions`: every member when the round
 * admits observers or the public; in a delegations-only round, those taking part in it (the
 * secretariat, the chairs, the round's delegations), observers not. The server still decides:
 * this only spares the page requests it knows will be refused.
 */
export const readsPositions = (me: Me, round: Round): boolean =>
  round.confidentiality !== 'delegations' || takesPart(me, round);
