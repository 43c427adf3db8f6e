import {
  countPositions,
  isConsensus,
  type Position,
  type PositionEvolution,
  type PositionMatrix,
} from '@concordia/contracts';

/**
 * Live positions arrive at least once and, after a reconnect, possibly replayed over a fresher
 * snapshot: a cell keeps the highest `seq` it has seen, so a late or repeated event never
 * brings back an older position.
 */
export class CellSeqs {
  private readonly seen = new Map<string, number>();

  /** Whether the position is newer than anything seen for its cell (and remembers it). */
  accept(position: Pick<Position, 'delegationId' | 'paragraphKey' | 'seq'>): boolean {
    const key = `${position.delegationId}:${position.paragraphKey}`;
    if ((this.seen.get(key) ?? 0) >= position.seq) return false;
    this.seen.set(key, position.seq);
    return true;
  }
}

/** The matrix with one cell changed and that paragraph's summary recounted; unchanged if off the matrix. */
export function applyToMatrix(matrix: PositionMatrix, position: Position): PositionMatrix {
  if (position.roundId !== matrix.roundId) return matrix;
  const row = matrix.rows.findIndex((r) => r.delegationId === position.delegationId);
  const column = matrix.paragraphs.findIndex((p) => p.key === position.paragraphKey);
  if (row < 0 || column < 0) return matrix;
  const rows = matrix.rows.map((r, i) =>
    i === row ? { ...r, values: r.values.map((v, j) => (j === column ? position.value : v)) } : r,
  );
  const counts = countPositions(rows.map((r) => r.values[column] ?? null));
  const summary = matrix.summary.map((s, j) => (j === column ? { ...s, counts, consensus: isConsensus(counts) } : s));
  return { ...matrix, rows, summary };
}

/** The current positions on a paragraph with one more, the latest per delegation, by code. */
export function applyToList(items: readonly Position[], position: Position): Position[] {
  const existing = items.find((p) => p.delegationId === position.delegationId);
  if (existing && existing.seq >= position.seq) return [...items];
  return [...items.filter((p) => p.delegationId !== position.delegationId), position].sort((a, b) =>
    a.delegationCode.localeCompare(b.delegationCode),
  );
}

/** The evolution with one cell of one round changed and that round's totals moved along. */
export function applyToEvolution(evolution: PositionEvolution, position: Position): PositionEvolution {
  const r = evolution.rounds.findIndex((round) => round.id === position.roundId);
  const d = evolution.delegations.findIndex((delegation) => delegation.id === position.delegationId);
  const p = evolution.paragraphs.findIndex((paragraph) => paragraph.key === position.paragraphKey);
  if (r < 0 || d < 0 || p < 0) return evolution;
  const before = evolution.values[d]?.[p]?.[r] ?? null;
  if (before === position.value) return evolution;
  const values = evolution.values.map((row, i) =>
    i === d ? row.map((cell, j) => (j === p ? cell.map((v, k) => (k === r ? position.value : v)) : cell)) : row,
  );
  const totals = evolution.totals.map((counts, k) => {
    if (k !== r) return counts;
    const next = { ...counts, [position.value]: counts[position.value] + 1 };
    next[before ?? 'none'] = Math.max(0, next[before ?? 'none'] - 1);
    return next;
  });
  return { ...evolution, values, totals };
}
