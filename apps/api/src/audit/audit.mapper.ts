import { auditContextSchema, type AuditAutomatic, type AuditEntry } from '@concordia/contracts';
import type { AuditEntryRecord } from '@concordia/dal';

// How entries written before `automatic` was kept said it, in English, in the actor's name.
const OLD_CLOSING_TIME_ACTOR = 'Closing time (automatic)';
const OLD_SILENCE_DEADLINE_SUFFIX = ' (silence procedure deadline)';

/** The actor's own name, and what acted for them when nobody clicked. */
export function actorOf(record: AuditEntryRecord): { actorName: string; automatic: AuditAutomatic | null } {
  if (record.automatic) return { actorName: record.actorName, automatic: record.automatic };
  if (record.action === 'round.status_changed' && record.actorName === OLD_CLOSING_TIME_ACTOR)
    return { actorName: '', automatic: 'closing_time' };
  if (record.action.startsWith('silence.') && record.actorName.endsWith(OLD_SILENCE_DEADLINE_SUFFIX))
    return { actorName: record.actorName.slice(0, -OLD_SILENCE_DEADLINE_SUFFIX.length), automatic: 'silence_deadline' };
  return { actorName: record.actorName, automatic: null };
}

export function toAuditEntry(record: AuditEntryRecord): AuditEntry {
  return {
    id: record._id.toHexString(),
    processId: record.processId?.toHexString() ?? null,
    actorId: record.actorId.toHexString(),
    ...actorOf(record),
    action: record.action,
    targetType: record.targetType,
    targetId: record.targetId,
    at: record.at.toISOString(),
    before: record.before ?? null,
    after: record.after ?? null,
    summary: record.summary,
    // Stored as written; a malformed one is dropped so the reader falls back to the summary.
    context: auditContextSchema.safeParse(record.context ?? null).data ?? null,
  };
}
