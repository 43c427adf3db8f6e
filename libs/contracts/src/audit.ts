import { z } from 'zod';
import { auditActionSchema, auditContextSchema } from './audit-actions';
import { blankAsAbsent, isoDateTimeSchema, objectIdSchema } from './common';

/**
 * What acted when nobody clicked: the round's closing time (the worker closed it) or a silence
 * procedure's deadline. The entry's actor is then the person answerable for it (the chair, or who
 * started the procedure).
 */
export const auditAutomaticSchema = z.enum(['closing_time', 'silence_deadline']);
export type AuditAutomatic = z.infer<typeof auditAutomaticSchema>;

/** Every state-changing action is recorded once, append-only. */
export const auditEntrySchema = z.object({
  id: objectIdSchema,
  processId: objectIdSchema.nullable(),
  actorId: objectIdSchema,
  actorName: z.string(),
  /** null when the actor did it; see auditAutomaticSchema. */
  automatic: auditAutomaticSchema.nullable(),
  /** One of AUDIT_ACTIONS, e.g. "version.published"; a string because the log is kept forever. */
  action: z.string(),
  targetType: z.string(),
  targetId: z.string(),
  at: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  /** Short English summary written with the entry, e.g. "Rev.1 published": the fallback for readers. */
  summary: z.string(),
  /** What a summary in the reader's language needs; null on entries written before it was kept. */
  context: auditContextSchema.nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** Every parameter may be left out or sent empty (`?action=&from=`): both mean no filter. */
export const auditQuerySchema = z.strictObject({
  /** Only a known action: an unknown one is refused (400 VALIDATION_FAILED on `action`). */
  action: blankAsAbsent(auditActionSchema.optional()),
  actorId: blankAsAbsent(objectIdSchema.optional()),
  targetId: blankAsAbsent(z.string().max(100).optional()),
  from: blankAsAbsent(isoDateTimeSchema.optional()),
  to: blankAsAbsent(isoDateTimeSchema.optional()),
  /** Opaque cursor from the previous page. */
  cursor: blankAsAbsent(z.string().max(100).optional()),
  limit: blankAsAbsent(z.coerce.number().int().min(1).max(500).default(100)),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditPageSchema = z.object({ items: z.array(auditEntrySchema), nextCursor: z.string().nullable() });
export type AuditPage = z.infer<typeof auditPageSchema>;
