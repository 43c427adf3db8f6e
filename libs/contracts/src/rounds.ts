import { z } from 'zod';
import { objectIdSchema } from './common';

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
