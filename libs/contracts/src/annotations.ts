import { z } from 'zod';
import { commaSeparated, objectIdSchema } from './common';
import { annotationModerationSchema } from './moderation';
import { typedText } from './typed-text';

/** Documented limit of an annotation's text (plain text or the safe Markdown subset). */
export const ANNOTATION_BODY_MAX = 10_000;
export const AMENDMENT_TEXT_MAX = 20_000;

/** W3C Web Annotation selectors, relative to the paragraph's text in one version. */
export const textQuoteSelectorSchema = z.strictObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1).max(AMENDMENT_TEXT_MAX),
  prefix: z.string().max(64).default(''),
  suffix: z.string().max(64).default(''),
});
export type TextQuoteSelector = z.infer<typeof textQuoteSelectorSchema>;

export const textPositionSelectorSchema = z.strictObject({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type TextPositionSelector = z.infer<typeof textPositionSelectorSchema>;

/** A span of a paragraph; absent when the annotation is on the whole paragraph. */
export const spanSelectorsSchema = z.strictObject({
  quote: textQuoteSelectorSchema,
  position: textPositionSelectorSchema,
});
export type SpanSelectors = z.infer<typeof spanSelectorsSchema>;

export const annotationKindSchema = z.enum(['comment', 'question', 'amendment', 'reservation']);
export type AnnotationKind = z.infer<typeof annotationKindSchema>;

/** round: everyone allowed in the round; delegation: the author's delegation only; secretariat: the author and the secretariat. */
export const annotationVisibilitySchema = z.enum(['round', 'delegation', 'secretariat']);
export type AnnotationVisibility = z.infer<typeof annotationVisibilitySchema>;

export const amendmentOperationSchema = z.enum(['replace', 'insert', 'delete', 'new_paragraph']);
export type AmendmentOperation = z.infer<typeof amendmentOperationSchema>;

/**
 * replace/delete act on the selected span (the whole paragraph without one); insert puts `text`
 * at the span's start (an empty span); new_paragraph adds `text` as a paragraph after this one.
 */
export const amendmentSchema = z.strictObject({
  operation: amendmentOperationSchema,
  text: typedText(AMENDMENT_TEXT_MAX).default(''),
});
export type Amendment = z.infer<typeof amendmentSchema>;

export const dispositionValueSchema = z.enum(['accepted', 'partly_accepted', 'not_retained']);
export type DispositionValue = z.infer<typeof dispositionValueSchema>;

export const dispositionSchema = z.object({
  value: dispositionValueSchema,
  reason: z.string(),
  byUserId: objectIdSchema,
  byName: z.string(),
  at: z.string(),
});
export type Disposition = z.infer<typeof dispositionSchema>;

/** How an annotation is attached to its current version: original, or how re-anchoring found it. */
export const anchorMethodSchema = z.enum(['original', 'exact', 'quote', 'fuzzy', 'paragraph']);
export type AnchorMethod = z.infer<typeof anchorMethodSchema>;

export const annotationAnchorSchema = z.object({
  status: z.enum(['anchored', 'orphaned']),
  method: anchorMethodSchema.nullable(),
  versionId: objectIdSchema,
  paragraphKey: z.string(),
  /** Orphaned: the words it was last found on, which this version no longer has. */
  selectors: spanSelectorsSchema.nullable(),
});
export type AnnotationAnchor = z.infer<typeof annotationAnchorSchema>;

export const sponsorSchema = z.object({
  delegationId: objectIdSchema,
  delegationName: z.string(),
  /** Who in the delegation co-sponsored: their own act is not news to them on their next visit. */
  byUserId: objectIdSchema,
  at: z.string(),
});

/** A published version an amendment was applied to by the secretariat. */
export const amendmentAppliedInSchema = z.object({
  versionId: objectIdSchema,
  draftId: objectIdSchema,
  label: z.string(),
  /**
   * The paragraph the application changed (added, or removed) in that version, for the link to
   * land on it in the comparison; null for applications recorded before it was kept.
   */
  paragraphKey: z.string().nullable().default(null),
});
export type AmendmentAppliedIn = z.infer<typeof amendmentAppliedInSchema>;

export const annotationSchema = z.object({
  id: objectIdSchema,
  clientId: z.string(),
  processId: objectIdSchema,
  roundId: objectIdSchema,
  /** The thread's first annotation; null for that first annotation itself. */
  parentId: objectIdSchema.nullable(),
  kind: annotationKindSchema,
  visibility: annotationVisibilitySchema,
  body: z.string(),
  amendment: amendmentSchema.nullable(),
  anchor: annotationAnchorSchema,
  authorId: objectIdSchema,
  authorName: z.string(),
  delegationId: objectIdSchema.nullable(),
  delegationName: z.string().nullable(),
  /** Delegations mentioned as @CODE or @Name in the body. */
  mentions: z.array(objectIdSchema),
  sponsors: z.array(sponsorSchema),
  status: z.enum(['open', 'withdrawn']),
  editedAt: z.string().nullable(),
  /** When the author withdrew it (null: open, or withdrawn before the time was kept). */
  withdrawnAt: z.string().nullable().optional(),
  disposition: dispositionSchema.nullable(),
  createdAt: z.string(),
  /** Set while the chair keeps it hidden; see annotationModerationSchema for who reads what. */
  moderation: annotationModerationSchema.nullable().optional(),
  /** The chair's latest showing again of the annotation after hiding it; null if never hidden and shown again. */
  restored: z.object({ byUserId: objectIdSchema, at: z.string() }).nullable().optional(),
  /**
   * An amendment's published versions that took it into their text, oldest first. Applications
   * to the working version are the secretariat's work in progress and never listed here.
   */
  appliedIn: z.array(amendmentAppliedInSchema).default([]),
});
export type Annotation = z.infer<typeof annotationSchema>;

export const annotationListSchema = z.object({ items: z.array(annotationSchema) });
export type AnnotationList = z.infer<typeof annotationListSchema>;

const clientId = z.uuid({ message: 'must be a UUID generated by the client' });
const body = typedText(ANNOTATION_BODY_MAX);

/** Idempotent: a retry with the same clientId returns the annotation created the first time. */
export const createAnnotationRequestSchema = z.strictObject({
  clientId,
  roundId: objectIdSchema,
  paragraphKey: z.string().min(1).max(100),
  selectors: spanSelectorsSchema.nullable().default(null),
  kind: annotationKindSchema,
  visibility: annotationVisibilitySchema.default('round'),
  body,
  amendment: amendmentSchema.nullable().default(null),
});
export type CreateAnnotationRequest = z.infer<typeof createAnnotationRequestSchema>;

/** A reply takes the thread's round, anchor and visibility. */
export const createReplyRequestSchema = z.strictObject({ clientId, body: body.min(1) });
export type CreateReplyRequest = z.infer<typeof createReplyRequestSchema>;

export const editAnnotationRequestSchema = z.strictObject({
  body,
  amendment: amendmentSchema.nullable().optional(),
});
export type EditAnnotationRequest = z.infer<typeof editAnnotationRequestSchema>;

export const setDispositionRequestSchema = z.strictObject({
  value: dispositionValueSchema,
  reason: typedText(4000).min(1),
});
export type SetDispositionRequest = z.infer<typeof setDispositionRequestSchema>;

/** Documented limit of the words of a search in a round's annotations. */
export const ANNOTATION_SEARCH_MAX = 200;

/**
 * A thread's disposition as a search filter: `none` for a comment or amendment still awaiting one
 * (a question or reservation takes none, so is never awaiting one: see dispositions.ts).
 */
export const dispositionFilterSchema = z.enum(['none', ...dispositionValueSchema.options]);
export type DispositionFilter = z.infer<typeof dispositionFilterSchema>;

/**
 * The list of a round's annotations, and its search. Lists are comma-separated; an absent or
 * empty one means "any". kind, disposition, proposedBy and sponsoredBy are those of a thread's first annotation; q,
 * delegationId and authorId must all hold for one annotation of the thread, first or reply; a
 * thread that matches comes whole, with every reply the caller may read.
 */
export const annotationListQuerySchema = z.strictObject({
  paragraphKey: z.string().max(100).optional(),
  includeOrphaned: z.enum(['true', 'false']).optional(),
  /**
   * Words to find, in any order, case and accents ignored; "quoted words" as a phrase. Looked
   * for in the text, the proposed amendment and the words the thread is anchored to.
   */
  q: z.string().max(ANNOTATION_SEARCH_MAX).optional(),
  kind: commaSeparated(annotationKindSchema).optional(),
  disposition: commaSeparated(dispositionFilterSchema).optional(),
  /** The delegation of the author: threads it took part in, started or replied to. */
  delegationId: commaSeparated(objectIdSchema).optional(),
  /**
   * Threads a delegation put forward, as the home page counts its proposals: open, started by
   * one of its members, for the round or the secretariat (not its internal notes).
   */
  proposedBy: commaSeparated(objectIdSchema).optional(),
  /** Open amendments a delegation co-sponsors, as the home page counts them. */
  sponsoredBy: commaSeparated(objectIdSchema).optional(),
  authorId: commaSeparated(objectIdSchema).optional(),
});
export type AnnotationListQuery = z.infer<typeof annotationListQuerySchema>;

export const annotationRevisionSchema = z.object({
  body: z.string(),
  amendment: amendmentSchema.nullable(),
  at: z.string(),
});
export const annotationHistorySchema = z.object({ items: z.array(annotationRevisionSchema) });
export type AnnotationHistory = z.infer<typeof annotationHistorySchema>;

/** Where each annotation of the previous version landed in the new one. */
export const carryForwardReportSchema = z.object({
  fromVersionId: objectIdSchema,
  toVersionId: objectIdSchema,
  paragraphs: z.array(
    z.object({
      paragraphKey: z.string(),
      fromNumber: z.string(),
      toNumber: z.string().nullable(),
      annotations: z.array(
        z.object({
          annotationId: objectIdSchema,
          kind: annotationKindSchema,
          excerpt: z.string(),
          disposition: dispositionValueSchema.nullable(),
          status: z.enum(['anchored', 'orphaned']),
          method: anchorMethodSchema.nullable(),
          toParagraphKey: z.string().nullable(),
        }),
      ),
    }),
  ),
});
export type CarryForwardReport = z.infer<typeof carryForwardReportSchema>;

/**
 * Whether the caller follows a thread: replies in it notify them. Its author and everyone who
 * replied follow it until they stop; anyone who reads it may follow it.
 */
export const threadFollowStateSchema = z.object({ following: z.boolean() });
export type ThreadFollowState = z.infer<typeof threadFollowStateSchema>;
