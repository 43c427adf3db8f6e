import { z } from 'zod';
import { amendmentOperationSchema, dispositionValueSchema, spanSelectorsSchema } from './annotations';
import { objectIdSchema } from './common';

/**
 * One amendment of the draft's rounds, as the secretariat weighs it for the working version:
 * where it sits in the latest published version (null when re-anchoring orphaned it), what it
 * proposes, how it was disposed of, and whether it was already applied to this working version.
 */
export const workingAmendmentSchema = z.object({
  annotationId: objectIdSchema,
  /** The paragraph it is anchored to in the latest published version; null when orphaned. */
  paragraphKey: z.string().nullable(),
  /** The paragraph it was last anchored to, for an orphan (where its words used to be). */
  lastParagraphKey: z.string(),
  operation: amendmentOperationSchema,
  /** The proposed words (empty for a deletion). */
  text: z.string(),
  /** The words it acts on in the latest published version; null for the whole paragraph. */
  selectors: spanSelectorsSchema.nullable(),
  authorName: z.string(),
  delegationName: z.string().nullable(),
  roundId: objectIdSchema,
  roundName: z.string(),
  disposition: z.object({ value: dispositionValueSchema, reason: z.string() }).nullable(),
  sponsors: z.array(z.object({ delegationId: objectIdSchema, delegationName: z.string() })),
  applied: z.boolean(),
  /**
   * Withdrawn by its author after it was applied to this working version: listed only while
   * applied, so the secretariat can undo the application or keep it.
   */
  withdrawn: z.boolean(),
});
export type WorkingAmendment = z.infer<typeof workingAmendmentSchema>;

export const workingAmendmentListSchema = z.object({
  versionId: objectIdSchema,
  /** The published version the amendments are anchored in; null before the zero draft. */
  publishedVersionId: objectIdSchema.nullable(),
  /** By paragraph in document order (orphans first), accepted before partly accepted before the rest. */
  items: z.array(workingAmendmentSchema),
});
export type WorkingAmendmentList = z.infer<typeof workingAmendmentListSchema>;
