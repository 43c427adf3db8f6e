import { z } from 'zod';
import { objectIdSchema } from './common';
import { typedText } from './typed-text';

/**
 * Set on an annotation the chair hid. The author reads the reason and their own words; every
 * other reader gets the annotation emptied (body '', no amendment, reason null) and shows a
 * "hidden by the chair" placeholder in its place.
 */
export const annotationModerationSchema = z.object({
  hidden: z.literal(true),
  reason: z.string().nullable(),
  byName: z.string(),
  byUserId: objectIdSchema,
  at: z.string(),
});
export type AnnotationModeration = z.infer<typeof annotationModerationSchema>;

export const hideAnnotationRequestSchema = z.strictObject({ reason: typedText(2000).min(1) });
export type HideAnnotationRequest = z.infer<typeof hideAnnotationRequestSchema>;
