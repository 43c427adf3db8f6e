import type { MatrixDelegation, PositionMatrix, PositionValue } from '@concordia/contracts';

export type Stance = PositionValue | 'none';

/** What a head checking the room looks for first: who objects, then who reserves, then the rest. */
export const STANCE_ORDER: readonly Stance[] = [
  'objection',
  'reservation',
  'support_with_amendments',
  'support',
  'no_position',
  'none',
];

export interface StanceGroup {
  stance: Stance;
  delegations: MatrixDelegation[];
}

export interface ParagraphStances {
  /** The reader's own delegation and its position, when it is among those shown. */
  own: { delegation: MatrixDelegation; stance: Stance } | null;
  /** The stances somebody holds, in STANCE_ORDER; the reader's delegation first in its own. */
  groups: StanceGroup[];
}

/** One paragraph (column `column` of the matrix) read as the delegations under each stance. */
export const paragraphStances = (
  matrix: PositionMatrix,
  column: number,
  ownDelegationId: string | null,
): ParagraphStances => {
  const byId = new Map(matrix.delegations.map((d) => [d.id, d] as const));
  const groups = new Map<Stance, MatrixDelegation[]>(STANCE_ORDER.map((s) => [s, []]));
  let own: ParagraphStances['own'] = null;
  for (const row of matrix.rows) {
    const delegation = byId.get(row.delegationId);
    if (!delegation) continue;
    const stance = row.values[column] ?? 'none';
    const group = groups.get(stance);
    if (row.delegationId === ownDelegationId) {
      own = { delegation, stance };
      group?.unshift(delegation);
    } else group?.push(delegation);
  }
  return {
    own,
    groups: STANCE_ORDER.flatMap((stance) => {
      const delegations = groups.get(stance) ?? [];
      return delegations.length > 0 ? [{ stance, delegations }] : [];
    }),
  };
};
