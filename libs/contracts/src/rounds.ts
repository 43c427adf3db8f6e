import { z } from 'zod';
import { isoDateTimeSchema, objectIdSchema, timeZoneSchema } from './common';
import { typedLine } from './typed-text';

export const roundStatusSchema = z.enum(['scheduled', 'open', 'closed', 'concluded']);
export type RoundStatus = z.infer<typeof roundStatusSchema>;

export const confidentialitySchema = z.enum(['delegations', 'observers', 'public']);
export type Confidentiality = z.infer<typeof confidentialitySchema>;

export const paragraphStatusSchema = z.enum(['open', 'bracketed', 'agreed_ad_referendum', 'agreed']);
export type ParagraphStatus = z.infer<typeof paragraphStatusSchema>;

export const roundSchema = z.object({
  id: objectIdSchema,
  processId: objectIdSchema,
  name: z.string(),
  versionId: objectIdSchema,
  chairUserId: objectIdSchema,
  delegationIds: z.array(objectIdSchema),
  opensAt: z.string(),
  closesAt: z.string(),
  timeZone: z.string(),
  confidentiality: confidentialitySchema,
  status: roundStatusSchema,
});
export type Round = z.infer<typeof roundSchema>;

export const roundListSchema = z.object({ items: z.array(roundSchema) });
export type RoundList = z.infer<typeof roundListSchema>;

/** Allowed status changes; anything else is 409 ROUND_TRANSITION_INVALID. */
export const ROUND_TRANSITIONS: Readonly<Record<RoundStatus, readonly RoundStatus[]>> = {
  scheduled: ['open'],
  open: ['closed'],
  closed: ['open', 'concluded'],
  concluded: [],
};

const roundFields = {
  name: typedLine(200).min(1),
  versionId: objectIdSchema,
  chairUserId: objectIdSchema,
  delegationIds: z.array(objectIdSchema).max(500),
  /** Instants with an offset; `timeZone` is the zone the window is shown and reasoned in. */
  opensAt: isoDateTimeSchema,
  closesAt: isoDateTimeSchema,
  timeZone: timeZoneSchema,
  confidentiality: confidentialitySchema,
};

export const createRoundRequestSchema = z.strictObject(roundFields);
export type CreateRoundRequest = z.infer<typeof createRoundRequestSchema>;

export const updateRoundRequestSchema = z.strictObject(roundFields).partial();
export type UpdateRoundRequest = z.infer<typeof updateRoundRequestSchema>;

export const changeRoundStatusRequestSchema = z.strictObject({
  status: roundStatusSchema,
  /**
   * A new closing time, set together with opening or reopening the round: needed when the current
   * one has passed (409 ROUND_DEADLINE_PASSED otherwise); only with `status: 'open'`.
   */
  closesAt: isoDateTimeSchema.optional(),
});
export type ChangeRoundStatusRequest = z.infer<typeof changeRoundStatusRequestSchema>;

/** Extends or brings forward the closing time of a round that has not concluded (its chair or the secretariat). */
export const changeRoundClosingRequestSchema = z.strictObject({ closesAt: isoDateTimeSchema });
export type ChangeRoundClosingRequest = z.infer<typeof changeRoundClosingRequestSchema>;

/**
 * Whether a round takes contributions now (annotations, replies, amendments, positions): open and
 * before its closing time. The closing time decides, even before the worker has closed the round.
 */
export const roundAcceptsInput = (round: { status: RoundStatus; closesAt: Date | string }, now = new Date()): boolean =>
  round.status === 'open' && new Date(round.closesAt).getTime() > now.getTime();

export const paragraphStatusEntrySchema = z.object({
  key: z.string(),
  status: paragraphStatusSchema,
  updatedAt: z.string().nullable(),
  updatedBy: objectIdSchema.nullable(),
});
export type ParagraphStatusEntry = z.infer<typeof paragraphStatusEntrySchema>;

export const paragraphStatusListSchema = z.object({ items: z.array(paragraphStatusEntrySchema) });
export type ParagraphStatusList = z.infer<typeof paragraphStatusListSchema>;

export const setParagraphStatusRequestSchema = z.strictObject({ status: paragraphStatusSchema });
export type SetParagraphStatusRequest = z.infer<typeof setParagraphStatusRequestSchema>;
