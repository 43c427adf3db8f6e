import type { PositionMatrix } from '@concordia/contracts';
import { csvRow } from '../../audit/csv';

/**
 * One round's matrix as CSV: a row per delegation (code, name, region, kind, then one column per
 * paragraph, headed by its number), then one summary row per count and the consensus row. Values
 * are the stable codes (support, objection, …), empty when nothing was recorded.
 */
export function matrixCsv(matrix: PositionMatrix): string {
  const numbers = matrix.paragraphs.map((p) => p.number);
  const lines = [csvRow(['delegation', 'name', 'region', 'kind', ...numbers])];
  const byId = new Map(matrix.delegations.map((d) => [d.id, d] as const));
  for (const row of matrix.rows) {
    const d = byId.get(row.delegationId);
    lines.push(csvRow([d?.code, d?.name, d?.region, d?.kind, ...row.values]));
  }
  const countKeys = ['support', 'support_with_amendments', 'reservation', 'objection', 'no_position', 'none'] as const;
  for (const key of countKeys) {
    lines.push(csvRow([`count:${key}`, '', '', '', ...matrix.summary.map((s) => s.counts[key])]));
  }
  lines.push(csvRow(['consensus', '', '', '', ...matrix.summary.map((s) => (s.consensus ? 'yes' : 'no'))]));
  // A byte order mark, so spreadsheet programs read the names as UTF-8.
  return `\uFEFF${lines.join('')}`;
}
