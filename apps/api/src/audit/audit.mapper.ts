import { auditContextSchema, type AuditEntry } from '@concordia/contracts';
import type { AuditEntryRecord } from '@concordia/dal';

export function toAuditEntry(record: AuditEntryRecord): AuditEntry {
  return {
    id: record._id.toHexString(),
    processId: record.processId?.toHexString() ?? null,
    actorId: record.actorId.toHexString(),
    actorName: record.actorName,
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
