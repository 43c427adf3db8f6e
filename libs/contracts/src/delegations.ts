import { z } from 'zod';
import { LIMITS, objectIdSchema } from './common';
import { delegationKindSchema } from './roles';
import { typedLine } from './typed-text';

export const delegationSchema = z.object({
  id: objectIdSchema,
  name: z.string(),
  /** Short code used in mentions and compact tables, e.g. "MEX". */
  code: z.string(),
  kind: delegationKindSchema,
  region: z.string(),
});
export type Delegation = z.infer<typeof delegationSchema>;

export const createDelegationRequestSchema = z.strictObject({
  name: typedLine(LIMITS.nameMax).min(1),
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9-]{2,12}$/, 'must be 2 to 12 letters, digits or dashes'),
  kind: delegationKindSchema,
  region: typedLine(LIMITS.nameMax).min(1),
});
export type CreateDelegationRequest = z.infer<typeof createDelegationRequestSchema>;

export const delegationListSchema = z.object({ items: z.array(delegationSchema) });
export type DelegationList = z.infer<typeof delegationListSchema>;
