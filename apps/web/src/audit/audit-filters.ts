import { AUDIT_ACTIONS, type AuditAction, PLATFORM_AUDIT_ACTIONS } from '@concordia/contracts';
import { DateTime } from 'luxon';
import type { AuditFilters } from '../api/endpoints';

export interface AuditFilterInputs {
  action: AuditAction | null;
  /** yyyy-MM-dd, or empty; null while what is typed cannot be read as a date. */
  from: string | null;
  to: string | null;
}

export const EMPTY_FILTERS: AuditFilterInputs = { action: null, from: '', to: '' };

/** The actions a process's log can hold, as select options labelled in the reader's language, by label. */
export const actionOptions = (label: (action: AuditAction) => string): { value: AuditAction; label: string }[] =>
  AUDIT_ACTIONS.filter((action) => !PLATFORM_AUDIT_ACTIONS.includes(action))
    .map((action) => ({ value: action, label: label(action) }))
    .sort((a, b) => a.label.localeCompare(b.label));

/**
 * The audit query for what the user chose: days are whole days of the user's time zone, so "to
 * 12 March" includes everything that happened on the 12th where they are. Empty fields are left
 * out rather than sent empty.
 */
export const auditFilters = (inputs: AuditFilterInputs, zone: string): AuditFilters => {
  const day = (value: string) => DateTime.fromFormat(value, 'yyyy-MM-dd', { zone });
  const from = inputs.from ? day(inputs.from) : null;
  const to = inputs.to ? day(inputs.to) : null;
  return {
    ...(inputs.action ? { action: inputs.action } : {}),
    ...(from?.isValid ? { from: from.startOf('day').toISO({ suppressMilliseconds: true }) ?? undefined } : {}),
    ...(to?.isValid ? { to: to.endOf('day').toISO() ?? undefined } : {}),
  };
};

/** A day range that ends before it starts finds nothing: said at once instead. */
export const rangeIsOrdered = (inputs: AuditFilterInputs): boolean =>
  !inputs.from || !inputs.to || inputs.from <= inputs.to;

export const csvFileName = (processTitle: string, now: Date): string => {
  const slug = processTitle
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .slice(0, 60);
  return `audit-${slug || 'process'}-${now.toISOString().slice(0, 10)}.csv`;
};
