import { z } from 'zod';
import { objectIdSchema } from './common';

/**
 * A paragraph's key is stable across versions of a draft: comments, amendments and positions
 * follow the key, while the visible number may change between versions.
 */
export const paragraphSchema = z.object({
  key: z.string(),
  number: z.string(),
  text: z.string(),
});
export type Paragraph = z.infer<typeof paragraphSchema>;

export const sectionSchema = z.object({
  key: z.string(),
  heading: z.string(),
  paragraphs: z.array(paragraphSchema),
});
export type Section = z.infer<typeof sectionSchema>;

export const versionStatusSchema = z.enum(['working', 'published']);
export type VersionStatus = z.infer<typeof versionStatusSchema>;

export const draftVersionSchema = z.object({
  id: objectIdSchema,
  draftId: objectIdSchema,
  label: z.string(),
  status: versionStatusSchema,
  revision: z.number().int().nonnegative(),
  publishedAt: z.string().nullable(),
  /** The secretariat's note circulated with a published version ("This revision reflects …"); null when none. */
  note: z.string().nullable(),
  sections: z.array(sectionSchema),
});
export type DraftVersion = z.infer<typeof draftVersionSchema>;

export const draftSchema = z.object({
  id: objectIdSchema,
  processId: objectIdSchema,
  title: z.string(),
  versions: z.array(
    z.object({
      id: objectIdSchema,
      label: z.string(),
      status: versionStatusSchema,
      publishedAt: z.string().nullable(),
    }),
  ),
});
export type Draft = z.infer<typeof draftSchema>;

export const draftListSchema = z.object({ items: z.array(draftSchema) });
export type DraftList = z.infer<typeof draftListSchema>;
