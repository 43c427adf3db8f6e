import { z } from 'zod';
import { objectIdSchema } from './common';

/**
 * One amendment applied to a working version, and whether its effect is still in the text: one
 * that no longer holds (undone or rewritten by an ordinary edit) is dropped when the version is
 * published, and its delegation is not told it was applied.
 */
export const versionApplicationSchema = z.object({
  annotationId: objectIdSchema,
  authorName: z.string(),
  delegationName: z.string().nullable(),
  /** The paragraph the application changed, added or deleted; null for one recorded without a trace. */
  paragraphKey: z.string().nullable(),
  /** That paragraph's number in the working text; null when it is no longer there. */
  paragraphNumber: z.string().nullable(),
  holds: z.boolean(),
});
export type VersionApplication = z.infer<typeof versionApplicationSchema>;

export const versionApplicationListSchema = z.object({
  versionId: objectIdSchema,
  revision: z.number().int().nonnegative(),
  /** In the order they were applied. */
  items: z.array(versionApplicationSchema),
});
export type VersionApplicationList = z.infer<typeof versionApplicationListSchema>;
