import type { PositionChange } from '@concordia/contracts';

/**
 * A position (from the server's list of changes, or arriving live) folded into the list: one
 * entry per cell, the latest by seq, whatever order they come in.
 */
export const withPositionChange = (
  list: readonly PositionChange[],
  { paragraphKey, delegationId, delegationCode, delegationName, value, seq, recordedAt }: PositionChange,
): PositionChange[] => {
  const same = list.find((c) => c.paragraphKey === paragraphKey && c.delegationId === delegationId);
  if (same && same.seq >= seq) return [...list];
  const change = { paragraphKey, delegationId, delegationCode, delegationName, value, seq, recordedAt };
  return [...list.filter((c) => c !== same), change];
};
