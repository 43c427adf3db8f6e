import {
  emailSchema,
  ErrorCode,
  type InvitationBatchOutcome,
  type Language,
  languageFromSheet,
  roleFromSheet,
  sheetWord,
} from '@concordia/contracts';
import type { DelegationRecord } from '@concordia/dal';
import { checkMembershipRule } from '../processes/membership-rules';

export type SheetDelegation = Pick<DelegationRecord, '_id' | 'code' | 'name' | 'kind'>;

export interface SheetRow {
  line: number;
  email: string;
  role: string;
  delegation: string;
  language: string;
}

/** What the rows are checked against, read once for the whole sheet. */
export interface SheetContext {
  delegations: readonly SheetDelegation[];
  /** Addresses already members of the process. */
  members: ReadonlySet<string>;
  /** Addresses with an invitation to the process still waiting for an answer. */
  pending: ReadonlySet<string>;
  /** The email's language when the row gives none. */
  defaultLanguage: (email: string) => Language;
}

export type CheckedRow = Extract<InvitationBatchOutcome, { status: 'refused' | 'ready' }>;

/** Lower-cased and trimmed as `emailSchema` keeps addresses; null when it is not one. */
export const sheetEmail = (cell: string): string | null => {
  const parsed = emailSchema.safeParse(cell);
  return parsed.success ? parsed.data : null;
};

/**
 * Each row of a sheet checked by the rules of a single invitation, plus those of a sheet: an
 * address on an earlier line is refused, as is one already a member or already invited. A
 * delegation is found by its code or by its full name.
 */
export function checkRows(rows: readonly SheetRow[], context: SheetContext): CheckedRow[] {
  const byWord = new Map<string, SheetDelegation>();
  for (const d of context.delegations) {
    byWord.set(sheetWord(d.name), d);
    byWord.set(sheetWord(d.code), d);
  }
  const seen = new Set<string>();
  return rows.map((row) => {
    const refuse = (code: ErrorCode, message: string): CheckedRow => ({
      status: 'refused',
      line: row.line,
      email: row.email.trim(),
      code,
      message,
    });
    const email = sheetEmail(row.email);
    if (email === null) return refuse(ErrorCode.InvalidEmail, `"${row.email.trim()}" is not an email address`);
    if (seen.has(email)) return refuse(ErrorCode.RowRepeated, `${email} is on an earlier line`);
    seen.add(email);
    const role = roleFromSheet(row.role);
    if (role === null) return refuse(ErrorCode.RoleUnknown, `"${row.role.trim()}" is not a role of the process`);
    const named = row.delegation.trim();
    const delegation = named === '' ? null : (byWord.get(sheetWord(named)) ?? undefined);
    if (delegation === undefined) return refuse(ErrorCode.DelegationUnknown, `No delegation is called "${named}"`);
    const violation = checkMembershipRule(role, delegation);
    if (violation) return refuse(violation.code, violation.message);
    const language = row.language.trim() === '' ? context.defaultLanguage(email) : languageFromSheet(row.language);
    if (language === null) return refuse(ErrorCode.LanguageUnknown, `"${row.language.trim()}" is not en, fr or es`);
    if (context.members.has(email)) return refuse(ErrorCode.MembershipExists, `${email} is already a member`);
    if (context.pending.has(email)) return refuse(ErrorCode.InvitationPending, `${email} is already invited`);
    return {
      status: 'ready',
      line: row.line,
      email,
      role,
      delegationId: delegation?._id.toHexString() ?? null,
      delegationName: delegation?.name ?? null,
      language,
    };
  });
}
