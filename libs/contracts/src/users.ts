import { z } from 'zod';
import { emailSchema, languageSchema, LIMITS, objectIdSchema, timeZoneSchema } from './common';
import { platformRoleSchema, processRoleSchema } from './roles';
import { typedLine } from './typed-text';

export const userSchema = z.object({
  id: objectIdSchema,
  email: z.string(),
  name: z.string(),
  language: languageSchema,
  timeZone: z.string(),
  platformRoles: z.array(platformRoleSchema),
  disabled: z.boolean(),
  /** Until when sign-in is refused after too many failed attempts; null (or absent, from older servers) when not locked. */
  lockedUntil: z.string().nullable().optional(),
  createdAt: z.string(),
});
export type User = z.infer<typeof userSchema>;

export const membershipSummarySchema = z.object({
  processId: objectIdSchema,
  processTitle: z.string(),
  role: processRoleSchema,
  delegationId: objectIdSchema.nullable(),
  delegationName: z.string().nullable(),
});
export type MembershipSummary = z.infer<typeof membershipSummarySchema>;

export const meSchema = z.object({
  user: userSchema,
  memberships: z.array(membershipSummarySchema),
});
export type Me = z.infer<typeof meSchema>;

export const passwordSchema = z
  .string()
  .min(LIMITS.passwordMin, `must be at least ${LIMITS.passwordMin} characters`)
  .max(LIMITS.passwordMax);

export const createUserRequestSchema = z.strictObject({
  email: emailSchema,
  name: typedLine(LIMITS.nameMax).min(1),
  password: passwordSchema,
  /** The new user's interface and email language; when left out, the creating admin's own. */
  language: languageSchema.optional(),
  timeZone: timeZoneSchema.default('UTC'),
  platformRoles: z.array(platformRoleSchema).default([]),
});
export type CreateUserRequest = z.infer<typeof createUserRequestSchema>;

/** An admin's changes to an account; fields left out stay as they are. */
export const updateUserRequestSchema = z.strictObject({
  email: emailSchema.optional(),
  name: typedLine(LIMITS.nameMax).min(1).optional(),
  platformRoles: z.array(platformRoleSchema).optional(),
  /** A disabled account cannot sign in and its sessions end at once; what it wrote stays. */
  disabled: z.boolean().optional(),
});
export type UpdateUserRequest = z.infer<typeof updateUserRequestSchema>;

export const updateProfileRequestSchema = z.strictObject({
  name: typedLine(LIMITS.nameMax).min(1).optional(),
  language: languageSchema.optional(),
  timeZone: timeZoneSchema.optional(),
});
export type UpdateProfileRequest = z.infer<typeof updateProfileRequestSchema>;

export const userListSchema = z.object({ items: z.array(userSchema) });
export type UserList = z.infer<typeof userListSchema>;
