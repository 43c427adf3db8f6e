import { z } from 'zod';
import { isoDateTimeSchema, objectIdSchema } from './common';

/** Every state-changing action is recorded once, append-only. */
export const auditEntrySchema = z.object({
  id: objectIdSchema,
  processId: objectIdSchema.nullable(),
  actorId: objectIdSchema,
  actorName: z.string(),
  /** e.g. "draft.created", "version.published", "round.status_changed". */
  action: z.string(),
  targetType: z.string(),
  targetId: z.string(),
  at: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  /** Short human summary, e.g. "Rev.1 published". */
  summary: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditQuerySchema = z.strictObject({
  action: z.string().max(100).optional(),
  actorId: objectIdSchema.optional(),
  targetId: z.string().max(100).optional(),
  from: isoDateTimeSchema.optional(),
  to: isoDateTimeSchema.optional(),
  /** Opaque cursor from the previous page. */
  cursor: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditPageSchema = z.object({ items: z.array(auditEntrySchema), nextCursor: z.string().nullable() });
export type AuditPage = z.infer<typeof auditPageSchema>;
