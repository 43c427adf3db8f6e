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

/**
 * What the import changed or left out, for the person checking the preview: a code and the facts
 * each sentence needs, worded by the client in the reader's language.
 */
export const importWarningSchema = z.discriminatedUnion('code', [
  /** Footnote references glued to a sentence ("Australia.9") were taken out of a paragraph. */
  z.object({
    code: z.literal('footnotes_removed'),
    params: z.object({ paragraph: z.string(), markers: z.array(z.string()) }),
  }),
  /** The page number printed below a paragraph was taken off its end. */
  z.object({ code: z.literal('page_number_removed'), params: z.object({ paragraph: z.string(), page: z.string() }) }),
  /** A number alone on its line ("47.") with no paragraph after it. */
  z.object({ code: z.literal('number_without_paragraph'), params: z.object({ number: z.string() }) }),
  z.object({ code: z.literal('document_symbol_left_out'), params: z.object({ symbol: z.string() }) }),
  z.object({ code: z.literal('page_number_left_out'), params: z.object({ page: z.string() }) }),
  /** A heading closing the document with no paragraph after it. */
  z.object({ code: z.literal('empty_heading_left_out'), params: z.object({ heading: z.string() }) }),
  z.object({ code: z.literal('no_paragraph_numbers'), params: z.object({}) }),
  /** Paragraphs without a number, numbered in sequence; `more` counts those not listed. */
  z.object({
    code: z.literal('numbered_in_sequence'),
    params: z.object({ numbers: z.array(z.string()), more: z.number().int().nonnegative() }),
  }),
  /** Places where the numbering skips (3 to 5); `more` counts those not listed. */
  z.object({
    code: z.literal('numbering_jumps'),
    params: z.object({
      jumps: z.array(z.object({ from: z.string(), to: z.string() })),
      more: z.number().int().nonnegative(),
    }),
  }),
  /** `heading` holds its first 60 characters. */
  z.object({ code: z.literal('heading_too_long'), params: z.object({ heading: z.string(), max: z.number().int() }) }),
  z.object({
    code: z.literal('paragraph_too_long'),
    params: z.object({ paragraph: z.string(), max: z.number().int() }),
  }),
  /** A sentence stored by older code that could not be read back into a code: shown as written. */
  z.object({ code: z.literal('unrecognised'), params: z.object({ text: z.string() }) }),
]);
export type ImportWarning = z.infer<typeof importWarningSchema>;
export type ImportWarningCode = ImportWarning['code'];

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
  warnings: z.array(importWarningSchema),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

/** Hand corrections of the key matching: paragraph index -> previous key, or null for "new". */
const keyOverridesSchema = z.record(z.string().regex(/^\d+$/), z.string().min(1).nullable());

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
  /**
   * The corrections saved while the preview was reviewed (PUT /imports/{id}/corrections), so a
   * review left and taken up again, on any device, finds them as they were.
   */
  keyOverrides: keyOverridesSchema,
  /**
   * A version of the draft was published after the paragraphs were matched: the preview no longer
   * matches the draft, and accepting it is refused (409 IMPORT_STALE). Upload the document again.
   */
  stale: z.boolean(),
});
export type ImportJob = z.infer<typeof importJobSchema>;

/** The import a user left under review in a draft, to take it up again; null when there is none. */
export const openImportSchema = z.object({
  job: importJobSchema.pick({ id: true, fileName: true, status: true, createdAt: true }).nullable(),
});
export type OpenImport = z.infer<typeof openImportSchema>;

/** Saves the review's hand corrections as they stand (all of them: it replaces the saved ones). */
export const saveImportCorrectionsRequestSchema = z.strictObject({ keyOverrides: keyOverridesSchema });
export type SaveImportCorrectionsRequest = z.infer<typeof saveImportCorrectionsRequestSchema>;

export const importCorrectionsSchema = z.object({ keyOverrides: keyOverridesSchema, savedAt: z.string() });
export type ImportCorrections = z.infer<typeof importCorrectionsSchema>;

export const acceptImportRequestSchema = z.strictObject({
  keyOverrides: keyOverridesSchema.default({}),
  /**
   * The text replaces the draft's working version. When that version has been edited since it
   * was created (revision > 0), the caller must say so, or gets 409 WORKING_VERSION_EXISTS.
   */
  replaceWorking: z.boolean().default(false),
});
export type AcceptImportRequest = z.infer<typeof acceptImportRequestSchema>;
