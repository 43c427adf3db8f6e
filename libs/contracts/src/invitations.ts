import { z } from 'zod';
import { emailSchema, languageSchema, LIMITS, objectIdSchema } from './common';
import { processRoleSchema } from './roles';
import { passwordSchema } from './users';
import { typedLine } from './typed-text';

export const INVITATION_TTL_HOURS_MAX = 24 * 30;

export const createInvitationRequestSchema = z.strictObject({
  email: emailSchema,
  processId: objectIdSchema,
  role: processRoleSchema,
  delegationId: objectIdSchema.nullable().default(null),
  /** How long the link stays valid. */
  expiresInHours: z.number().int().min(1).max(INVITATION_TTL_HOURS_MAX).default(72),
});
export type CreateInvitationRequest = z.infer<typeof createInvitationRequestSchema>;

/** Where an invitation stands: a revoked or accepted one stays revoked or accepted after its expiry. */
export const invitationStateSchema = z.enum(['pending', 'accepted', 'revoked', 'expired']);
export type InvitationState = z.infer<typeof invitationStateSchema>;

export const invitationSchema = z.object({
  id: objectIdSchema,
  email: z.string(),
  processId: objectIdSchema,
  processTitle: z.string(),
  role: processRoleSchema,
  delegationId: objectIdSchema.nullable(),
  delegationName: z.string().nullable(),
  expiresAt: z.string(),
  acceptedAt: z.string().nullable(),
  /** Name of the account that accepted it (null until then, or if the account is gone). */
  acceptedByName: z.string().nullable(),
  revokedAt: z.string().nullable(),
  state: invitationStateSchema,
});
export type Invitation = z.infer<typeof invitationSchema>;

/** Returned once, at creation: the token is stored only as a hash. */
export const createdInvitationSchema = invitationSchema.extend({
  token: z.string(),
  /** Path of the web page that accepts it, e.g. /invitations/<token>. */
  acceptPath: z.string(),
  /**
   * Whether the email carrying the link is on its way to the invitee (the worker sends it). When
   * false the queue could not take it: the link shown here is the only copy, to send by hand.
   */
  emailQueued: z.boolean(),
});
export type CreatedInvitation = z.infer<typeof createdInvitationSchema>;

export const invitationTokenParamSchema = z.strictObject({
  token: z.string().regex(/^[A-Za-z0-9_-]{32,64}$/, 'is not an invitation token'),
});

export const acceptInvitationRequestSchema = z.strictObject({
  /** Needed when the invitation is for an email that has no account yet. */
  name: typedLine(LIMITS.nameMax).min(1).optional(),
  password: passwordSchema,
  /**
   * The language the invitee reads the page in (their browser's, or the one they picked there):
   * a new account starts in it instead of English. An existing account keeps its own.
   */
  language: languageSchema.optional(),
});
export type AcceptInvitationRequest = z.infer<typeof acceptInvitationRequestSchema>;

/** POST /api/invitations/:id/resend: a new link (the old one stops working), valid this long. */
export const resendInvitationRequestSchema = z.strictObject({
  expiresInHours: z.number().int().min(1).max(INVITATION_TTL_HOURS_MAX).default(72),
});
export type ResendInvitationRequest = z.infer<typeof resendInvitationRequestSchema>;

/** GET /api/invitations?processId= — the invitations of one process, newest first. */
export const invitationListSchema = z.object({ items: z.array(invitationSchema) });
export type InvitationList = z.infer<typeof invitationListSchema>;

/** Query of GET /api/invitations. */
export const listInvitationsQuerySchema = z.strictObject({ processId: objectIdSchema });
export type ListInvitationsQuery = z.infer<typeof listInvitationsQuerySchema>;
