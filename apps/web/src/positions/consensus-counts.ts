import type { PositionCounts } from '@concordia/contracts';
import type { TFunction } from 'i18next';

/**
 * "1 objection · 2 reservations · …": each count with its own plural, since one sentence with five
 * numbers cannot agree with all of them (French also writes 0 in the singular: "0 objection").
 */
export const countParts = (t: TFunction, counts: PositionCounts): string[] => [
  t('positions.matrix.count.support', { count: counts.support }),
  t('positions.matrix.count.amended', { count: counts.support_with_amendments }),
  t('positions.matrix.count.reservation', { count: counts.reservation }),
  t('positions.matrix.count.objection', { count: counts.objection }),
  t('positions.matrix.count.silent', { count: counts.none + counts.no_position }),
];

export type ConsensusVerdict = 'consensus' | 'noConsensus' | 'noPositions';

/**
 * A paragraph's verdict: consensus; no consensus (an objection or a reservation, or nobody
 * supporting it); or nothing to judge yet, when no delegation has recorded a position on it, which
 * "No consensus" would misreport as a disagreement.
 */
export const consensusVerdict = (summary: { consensus: boolean; counts: PositionCounts }): ConsensusVerdict => {
  if (summary.consensus) return 'consensus';
  const { support, support_with_amendments, reservation, objection, no_position } = summary.counts;
  return support + support_with_amendments + reservation + objection + no_position === 0
    ? 'noPositions'
    : 'noConsensus';
};
