import { z } from 'zod';
import { emailSchema, LIMITS, objectIdSchema } from './common';
import { FieldIssueCode } from './field-issues';
import { processRoleSchema } from './roles';
import { typedLine, typedText } from './typed-text';

export const processSchema = z.object({
  id: objectIdSchema,
  title: z.string(),
  description: z.string(),
  createdAt: z.string(),
});
export type Process = z.infer<typeof processSchema>;

export const processListSchema = z.object({ items: z.array(processSchema) });
export type ProcessList = z.infer<typeof processListSchema>;

export const createProcessRequestSchema = z.strictObject({
  title: typedLine(200).min(1),
  description: typedText(4000).default(''),
});
export type CreateProcessRequest = z.infer<typeof createProcessRequestSchema>;

export const membershipSchema = z.object({
  id: objectIdSchema,
  processId: objectIdSchema,
  userId: objectIdSchema,
  userName: z.string(),
  userEmail: z.string(),
  role: processRoleSchema,
  delegationId: objectIdSchema.nullable(),
  delegationName: z.string().nullable(),
});
export type Membership = z.infer<typeof membershipSchema>;

export const membershipListSchema = z.object({ items: z.array(membershipSchema) });
export type MembershipList = z.infer<typeof membershipListSchema>;

/**
 * The person is named by account id or by the email of their account: a process secretariat
 * cannot list every account (only admins can), but knows the colleagues it works with by email.
 */
export const addMemberRequestSchema = z
  .strictObject({
    userId: objectIdSchema.optional(),
    email: emailSchema.optional(),
    role: processRoleSchema,
    delegationId: objectIdSchema.nullable().default(null),
  })
  .refine((body) => (body.userId === undefined) !== (body.email === undefined), {
    message: 'give either userId or email',
    params: { code: FieldIssueCode.UserOrEmail },
    path: ['email'],
  });
export type AddMemberRequest = z.infer<typeof addMemberRequestSchema>;

/**
 * PATCH of a membership: a new role, a new delegation, or both. What is left out stays as it was;
 * the pair that results must follow the membership rules (e.g. a chair has no delegation).
 */
export const updateMemberRequestSchema = z
  .strictObject({
    role: processRoleSchema.optional(),
    delegationId: objectIdSchema.nullable().optional(),
  })
  .refine((body) => body.role !== undefined || body.delegationId !== undefined, {
    message: 'give a role, a delegation, or both',
    path: ['role'],
  });
export type UpdateMemberRequest = z.infer<typeof updateMemberRequestSchema>;

export const processNameMax = LIMITS.nameMax;
