import { z } from 'zod';
import { objectIdSchema } from './common';

/** Upload limit for an imported document, documented in the README and enforced by the API. */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;

export const importFormatSchema = z.enum(['docx', 'markdown', 'text']);
export type ImportFormat = z.infer<typeof importFormatSchema>;

export const importStatusSchema = z.enum(['queued', 'parsing', 'matching', 'ready', 'failed', 'accepted', 'discarded']);
export type ImportStatus = z.infer<typeof importStatusSchema>;

export const previewParagraphSchema = z.object({
  /** Index of the paragraph in document order, 0-based; corrections refer to it. */
  index: z.number().int().nonnegative(),
  number: z.string(),
  text: z.string(),
  /** The previous version's key it was matched to, or null for a new paragraph. */
  matchedKey: z.string().nullable(),
  /** 0..1 text similarity with the matched paragraph; null when unmatched. */
  similarity: z.number().min(0).max(1).nullable(),
});
export type PreviewParagraph = z.infer<typeof previewParagraphSchema>;

export const importPreviewSchema = z.object({
  sections: z.array(z.object({ heading: z.string(), paragraphs: z.array(previewParagraphSchema) })),
  stats: z.object({
    paragraphs: z.number().int(),
    matched: z.number().int(),
    added: z.number().int(),
    /** Keys of the previous version that no imported paragraph matched. */
    removedKeys: z.array(z.string()),
  }),
  /** Previous version's paragraphs, so the preview can show what each key held. */
  previous: z.array(z.object({ key: z.string(), number: z.string(), text: z.string() })),
  warnings: z.array(z.string()),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importJobSchema = z.object({
  id: objectIdSchema,
  draftId: objectIdSchema,
  fileName: z.string(),
  format: importFormatSchema,
  status: importStatusSchema,
  /** 0..100 */
  progress: z.number().min(0).max(100),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  preview: importPreviewSchema.nullable(),
  /** The working version created when the import was accepted. */
  versionId: objectIdSchema.nullable(),
  createdAt: z.string(),
});
export type ImportJob = z.infer<typeof importJobSchema>;

/** Hand corrections of the key matching: paragraph index -> previous key, or null for "new". */
export const acceptImportRequestSchema = z.strictObject({
  keyOverrides: z.record(z.string().regex(/^\d+$/), z.string().min(1).nullable()).default({}),
  /**
   * The text replaces the draft's working version. When that version has been edited since it
   * was created (revision > 0), the caller must say so, or gets 409 WORKING_VERSION_EXISTS.
   */
  replaceWorking: z.boolean().default(false),
});
export type AcceptImportRequest = z.infer<typeof acceptImportRequestSchema>;
