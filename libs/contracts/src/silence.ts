import { z } from 'zod';
import { isoDateTimeSchema, objectIdSchema } from './common';
import { typedText } from './typed-text';

/**
 * A silence procedure: the chair circulates paragraphs with a deadline; a participating
 * delegation may break silence before it (with a statement), otherwise the paragraphs become
 * agreed at the deadline. `revision` grows with every change of the deadline, so a deadline job
 * scheduled for an older revision knows it is stale.
 */
export const silenceStatusSchema = z.enum(['running', 'broken', 'concluded', 'cancelled']);
export type SilenceStatus = z.infer<typeof silenceStatusSchema>;

/** Shortest and longest notice a chair may give (a demo or a test uses a few seconds). */
export const SILENCE_MIN_NOTICE_MS = 2_000;
export const SILENCE_MAX_NOTICE_MS = 60 * 24 * 3600 * 1000;

export const silenceBreakSchema = z.object({
  delegationId: objectIdSchema,
  delegationName: z.string(),
  userId: objectIdSchema,
  userName: z.string(),
  statement: z.string(),
  at: z.string(),
});
export type SilenceBreak = z.infer<typeof silenceBreakSchema>;

export const silenceProcedureSchema = z.object({
  id: objectIdSchema,
  roundId: objectIdSchema,
  processId: objectIdSchema,
  paragraphKeys: z.array(z.string()),
  deadline: z.string(),
  revision: z.number().int().nonnegative(),
  status: silenceStatusSchema,
  startedBy: objectIdSchema,
  startedByName: z.string(),
  startedAt: z.string(),
  broken: silenceBreakSchema.nullable(),
  /** When it was concluded or cancelled. */
  endedAt: z.string().nullable(),
});
export type SilenceProcedure = z.infer<typeof silenceProcedureSchema>;

export const silenceProcedureListSchema = z.object({ items: z.array(silenceProcedureSchema) });
export type SilenceProcedureList = z.infer<typeof silenceProcedureListSchema>;

export const startSilenceRequestSchema = z.strictObject({
  paragraphKeys: z.array(z.string().min(1).max(100)).min(1).max(500),
  deadline: isoDateTimeSchema,
});
export type StartSilenceRequest = z.infer<typeof startSilenceRequestSchema>;

export const changeSilenceDeadlineRequestSchema = z.strictObject({ deadline: isoDateTimeSchema });
export type ChangeSilenceDeadlineRequest = z.infer<typeof changeSilenceDeadlineRequestSchema>;

export const breakSilenceRequestSchema = z.strictObject({ statement: typedText(4000).min(1) });
export type BreakSilenceRequest = z.infer<typeof breakSilenceRequestSchema>;
