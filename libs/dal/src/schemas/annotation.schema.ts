import { Schema, type Types } from 'mongoose';
import type { AmendmentOperation, AnnotationKind, AnnotationVisibility } from '@concordia/contracts';

export interface SelectorsRecord {
  quote: { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string };
  position: { type: 'TextPositionSelector'; start: number; end: number };
}

export interface AmendmentRecord {
  operation: AmendmentOperation;
  text: string;
}

/**
 * One comment, question, reservation or amendment (a thread's root), or a reply (parentId set).
 *
 * The anchor stored here is the original one, in the version the round was held on; anchors in
 * later versions are separate append-only records (annotation_anchors), never overwrites.
 *
 * Only the author changes this document (edit, withdraw), always under the annotation's write
 * lock. Everything others add — sponsors, dispositions — lives in its own collection, so no
 * shared document is ever read-modified-written by two people (FerretDB v1 would lose one).
 */
export interface AnnotationRecord {
  _id: Types.ObjectId;
  /** The client's own id of its create request: (authorId, clientId) is unique. */
  clientId: string;
  /** Fingerprint of the create request, to tell a retry from a different request reusing the id. */
  requestHash: string;
  processId: Types.ObjectId;
  roundId: Types.ObjectId;
  draftId: Types.ObjectId;
  versionId: Types.ObjectId;
  parentId: Types.ObjectId | null;
  kind: AnnotationKind;
  visibility: AnnotationVisibility;
  body: string;
  amendment: AmendmentRecord | null;
  /** The first words, never changed: the start of the history. */
  originalBody: string;
  originalAmendment: AmendmentRecord | null;
  paragraphKey: string;
  selectors: SelectorsRecord | null;
  authorId: Types.ObjectId;
  authorName: string;
  delegationId: Types.ObjectId | null;
  delegationName: string | null;
  mentions: Types.ObjectId[];
  /**
   * Who reads a thread that is not round-visible: the delegation of the thread's root author
   * (for every annotation of the thread, so the secretariat's reply to a delegation's note
   * reaches that delegation) and the root author themself.
   */
  audienceDelegationId: Types.ObjectId | null;
  threadAuthorId: Types.ObjectId;
  status: 'open' | 'withdrawn';
  editedAt: Date | null;
  /** When its author withdrew it; absent on annotations withdrawn before the time was kept. */
  withdrawnAt?: Date | null;
  createdAt: Date;
}

export const selectorsSchema = new Schema<SelectorsRecord>(
  {
    quote: {
      type: { type: String, required: true, enum: ['TextQuoteSelector'] },
      exact: { type: String, required: true },
      prefix: { type: String, default: '' },
      suffix: { type: String, default: '' },
    },
    position: {
      type: { type: String, required: true, enum: ['TextPositionSelector'] },
      start: { type: Number, required: true },
      end: { type: Number, required: true },
    },
  },
  { _id: false },
);

export const amendmentRecordSchema = new Schema<AmendmentRecord>(
  {
    operation: { type: String, required: true, enum: ['replace', 'insert', 'delete', 'new_paragraph'] },
    text: { type: String, default: '' },
  },
  { _id: false },
);

export const annotationSchema = new Schema<AnnotationRecord>(
  {
    clientId: { type: String, required: true },
    requestHash: { type: String, required: true },
    processId: { type: Schema.Types.ObjectId, required: true },
    roundId: { type: Schema.Types.ObjectId, required: true },
    draftId: { type: Schema.Types.ObjectId, required: true },
    versionId: { type: Schema.Types.ObjectId, required: true },
    parentId: { type: Schema.Types.ObjectId, default: null },
    kind: { type: String, required: true, enum: ['comment', 'question', 'amendment', 'reservation'] },
    visibility: { type: String, required: true, enum: ['round', 'delegation', 'secretariat'] },
    body: { type: String, default: '' },
    amendment: { type: amendmentRecordSchema, default: null },
    originalBody: { type: String, default: '' },
    originalAmendment: { type: amendmentRecordSchema, default: null },
    paragraphKey: { type: String, required: true },
    selectors: { type: selectorsSchema, default: null },
    authorId: { type: Schema.Types.ObjectId, required: true },
    authorName: { type: String, required: true },
    delegationId: { type: Schema.Types.ObjectId, default: null },
    delegationName: { type: String, default: null },
    mentions: { type: [Schema.Types.ObjectId], default: [] },
    audienceDelegationId: { type: Schema.Types.ObjectId, default: null },
    threadAuthorId: { type: Schema.Types.ObjectId, required: true },
    status: { type: String, required: true, enum: ['open', 'withdrawn'], default: 'open' },
    editedAt: { type: Date, default: null },
    withdrawnAt: { type: Date, default: null },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);
// Idempotent creation: a retried request finds the first one instead of creating a twin.
annotationSchema.index({ authorId: 1, clientId: 1 }, { unique: true });
annotationSchema.index({ roundId: 1, createdAt: 1 });
annotationSchema.index({ versionId: 1, status: 1 });
annotationSchema.index({ parentId: 1 });
