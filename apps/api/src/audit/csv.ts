import { AUDIT_ACTION_LABELS_EN, isAuditAction } from '@concordia/contracts';
import type { AuditEntryRecord } from '@concordia/dal';
import { actorOf } from './audit.mapper';

/**
 * A CSV cell per RFC 4180: quoted when it holds a comma, quote or line break (quotes doubled).
 * Cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) get a leading
 * apostrophe, so an exported log cannot execute what someone typed into the platform.
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: readonly (string | number | null | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

export const AUDIT_CSV_HEADER = [
  'at',
  'actor_id',
  'actor_name',
  'action',
  'action_label',
  'target_type',
  'target_id',
  'summary',
  'before',
  'after',
  // Last, so that programs reading the columns before it by position keep working.
  'automatic',
] as const;

const json = (value: unknown): string => (value === null || value === undefined ? '' : JSON.stringify(value));

/** Codes stay for machines; the English label is for people. An action no longer written keeps its code. */
export function auditCsvRow(entry: AuditEntryRecord): string {
  const actor = actorOf(entry);
  return csvRow([
    entry.at.toISOString(),
    entry.actorId.toHexString(),
    actor.actorName,
    entry.action,
    isAuditAction(entry.action) ? AUDIT_ACTION_LABELS_EN[entry.action] : entry.action,
    entry.targetType,
    entry.targetId,
    entry.summary,
    json(entry.before),
    json(entry.after),
    actor.automatic,
  ]);
}
