import { z } from 'zod';
import { languageSchema, objectIdSchema } from './common';
import { INVITATION_TTL_HOURS_MAX } from './invitations';
import { processRoleSchema } from './roles';

/** Rows in one batch: a conference's worth of delegations, a few people each. */
export const INVITATION_BATCH_MAX = 500;

/**
 * One person to invite, as a row of the secretariat's sheet. Its cells are checked one by one on
 * the server, so that a bad row is reported against its line instead of refusing the whole sheet.
 */
export const invitationBatchRowSchema = z.strictObject({
  /** The row's line in the sheet (1 is the first), to point at it in the answer. */
  line: z.number().int().positive(),
  email: z.string().max(320),
  role: z.string().max(80),
  /** A delegation's code (e.g. "CHL") or its full name; empty for the secretariat and chairs. */
  delegation: z.string().max(300).default(''),
  /** The invitation email's language (en, fr, es); empty: the invitee's own, else the sender's. */
  language: z.string().max(20).default(''),
});
export type InvitationBatchRow = z.infer<typeof invitationBatchRowSchema>;

export const invitationBatchRequestSchema = z.strictObject({
  processId: objectIdSchema,
  /** Check only: say what each row would give, invite nobody. */
  dryRun: z.boolean().default(false),
  expiresInHours: z.number().int().min(1).max(INVITATION_TTL_HOURS_MAX).default(72),
  rows: z.array(invitationBatchRowSchema).min(1).max(INVITATION_BATCH_MAX),
});
export type InvitationBatchRequest = z.infer<typeof invitationBatchRequestSchema>;
/** What a client sends: the defaults may be left out. */
export type InvitationBatchRequestInput = z.input<typeof invitationBatchRequestSchema>;

const acceptedRow = {
  line: z.number().int(),
  email: z.string(),
  role: processRoleSchema,
  delegationId: objectIdSchema.nullable(),
  delegationName: z.string().nullable(),
  language: languageSchema,
};

/** What became of one row: fit to invite (dry run), invited, or refused with the reason. */
export const invitationBatchOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('ready'), ...acceptedRow }),
  z.object({
    status: z.literal('invited'),
    ...acceptedRow,
    invitationId: objectIdSchema,
    /** False when the queue could not take the email: the invitation stands, its link can be resent. */
    emailQueued: z.boolean(),
  }),
  z.object({
    status: z.literal('refused'),
    line: z.number().int(),
    email: z.string(),
    /** An ErrorCode: INVALID_EMAIL, ROLE_UNKNOWN, DELEGATION_UNKNOWN, DELEGATION_REQUIRED, … */
    code: z.string(),
    message: z.string(),
  }),
]);
export type InvitationBatchOutcome = z.infer<typeof invitationBatchOutcomeSchema>;

export const invitationBatchResponseSchema = z.object({
  dryRun: z.boolean(),
  rows: z.array(invitationBatchOutcomeSchema),
  /** Rows ready (dry run) or invited. */
  accepted: z.number().int(),
  refused: z.number().int(),
});
export type InvitationBatchResponse = z.infer<typeof invitationBatchResponseSchema>;
