import { z } from 'zod';
import { objectIdSchema } from './common';
import { draftVersionSchema } from './drafts';
import { typedLine, typedText } from './typed-text';

export const PARAGRAPH_TEXT_MAX = 20_000;
export const SECTION_HEADING_MAX = 500;
export const PUBLICATION_NOTE_MAX = 4_000;

const paragraphText = typedText(PARAGRAPH_TEXT_MAX).min(1, 'a paragraph needs text');
const heading = typedLine(SECTION_HEADING_MAX).min(1);
/** `null` places the item first. */
const afterKey = z.string().min(1).nullable();

/**
 * One edit of a working version. Every edit names the revision it was made on; the server
 * refuses a stale one (409 VERSION_STALE with the current version) so no edit is lost.
 */
export const versionOperationSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('add_paragraph'), sectionKey: z.string(), afterKey, text: paragraphText }),
  z.strictObject({ type: z.literal('edit_paragraph'), key: z.string(), text: paragraphText }),
  /** Splits at a character offset of the current text; the larger part keeps the key. */
  z.strictObject({ type: z.literal('split_paragraph'), key: z.string(), at: z.number().int().positive() }),
  /** Merges the paragraph with the one after it (same section); the longer one's key survives. */
  z.strictObject({ type: z.literal('merge_paragraphs'), key: z.string(), nextKey: z.string() }),
  z.strictObject({ type: z.literal('move_paragraph'), key: z.string(), toSectionKey: z.string(), afterKey }),
  z.strictObject({ type: z.literal('delete_paragraph'), key: z.string() }),
  z.strictObject({ type: z.literal('add_section'), afterSectionKey: afterKey, heading }),
  z.strictObject({ type: z.literal('rename_section'), sectionKey: z.string(), heading }),
  z.strictObject({ type: z.literal('move_section'), sectionKey: z.string(), afterSectionKey: afterKey }),
  /** Only an empty section can be deleted: paragraphs are moved or deleted explicitly first. */
  z.strictObject({ type: z.literal('delete_section'), sectionKey: z.string() }),
  /**
   * Applies an amendment made in one of the draft's rounds to its paragraph as the working text
   * now reads; the server turns it into an edit, an addition or a deletion of that paragraph.
   */
  z.strictObject({ type: z.literal('apply_amendment'), annotationId: objectIdSchema }),
  /**
   * Takes back an amendment applied to this working version, when its paragraph still reads as
   * the application left it (409 AMENDMENT_UNDO_CONFLICT otherwise, AMENDMENT_NOT_APPLIED when
   * it is not applied).
   */
  z.strictObject({ type: z.literal('undo_amendment'), annotationId: objectIdSchema }),
]);
export type VersionOperation = z.infer<typeof versionOperationSchema>;
export type VersionOperationType = VersionOperation['type'];
/** The operations that say by themselves what the text becomes (all but those on amendments). */
export type TextOperation = Exclude<VersionOperation, { type: 'apply_amendment' | 'undo_amendment' }>;

/**
 * What applying an amendment did to a working version, kept with the version's text (server
 * side; in the API's audit entries too):
 * - edit: the paragraph `paragraphKey` went from `before` to `after`;
 * - add: the paragraph `paragraphKey` was added to section `sectionKey` with the text `after`;
 * - delete: the paragraph `paragraphKey` (text `before`) was removed from section `sectionKey`,
 *   where it followed `afterKey` (null: it was the section's first).
 */
export const applicationTraceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('edit'), paragraphKey: z.string(), before: z.string(), after: z.string() }),
  z.object({ kind: z.literal('add'), paragraphKey: z.string(), sectionKey: z.string(), after: z.string() }),
  z.object({
    kind: z.literal('delete'),
    paragraphKey: z.string(),
    sectionKey: z.string(),
    afterKey: z.string().nullable(),
    before: z.string(),
  }),
]);
export type ApplicationTrace = z.infer<typeof applicationTraceSchema>;

export const applyOperationRequestSchema = z.strictObject({
  revision: z.number().int().nonnegative(),
  operation: versionOperationSchema,
});
export type ApplyOperationRequest = z.infer<typeof applyOperationRequestSchema>;

/** Body of 409 VERSION_STALE: the error plus the version as it now is. */
export const staleVersionBodySchema = z.object({
  code: z.literal('VERSION_STALE'),
  message: z.string(),
  requestId: z.string(),
  current: draftVersionSchema,
});
export type StaleVersionBody = z.infer<typeof staleVersionBodySchema>;

export const VERSION_LABELS = ['Zero draft', 'Rev.1', 'Rev.2', 'Rev.3', 'Rev.4', 'Rev.5', 'Final'] as const;

export const publishVersionRequestSchema = z.strictObject({
  revision: z.number().int().nonnegative(),
  label: typedLine(60).min(1),
  /**
   * Publish even when the text is the last published version's (same paragraph keys, order and
   * text): without it such a publication is refused with 409 VERSION_UNCHANGED.
   */
  allowUnchanged: z.boolean().optional(),
  /**
   * A note circulated with the version, as a secretariat's cover note says what a revision does
   * and why; shown with the version, in its Word document and in the notification. Blank: none.
   */
  note: typedText(PUBLICATION_NOTE_MAX).optional(),
});
export type PublishVersionRequest = z.infer<typeof publishVersionRequestSchema>;

export const publishVersionResponseSchema = z.object({
  published: draftVersionSchema,
  /** The next working version, a copy of the published one with the same paragraph keys. */
  working: draftVersionSchema,
});
export type PublishVersionResponse = z.infer<typeof publishVersionResponseSchema>;

export const createDraftRequestSchema = z.strictObject({
  title: typedLine(300).min(1),
});
export type CreateDraftRequest = z.infer<typeof createDraftRequestSchema>;

export const versionIdParamSchema = z.strictObject({ id: objectIdSchema });
