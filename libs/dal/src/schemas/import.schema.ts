import { Schema, type Types } from 'mongoose';
import type { ImportFormat, ImportPreview, ImportStatus, ImportWarning } from '@concordia/contracts';

/**
 * A warning as stored: coded, or the English sentence releases before the codes wrote. Readers
 * turn both into codes with readImportWarning (@concordia/drafting).
 */
export type StoredImportWarning = ImportWarning | string;

/** A preview as stored, its warnings possibly written by an older release. */
export type StoredImportPreview = Omit<ImportPreview, 'warnings'> & { warnings: StoredImportWarning[] };

/** The structured document as the parser produced it, kept until the import is accepted. */
export interface ParsedDocumentRecord {
  sections: { heading: string; paragraphs: { number: string; text: string; explicitNumber: boolean }[] }[];
  warnings: StoredImportWarning[];
}

/**
 * One uploaded document on its way to becoming a working version: queued, parsed and matched by
 * the worker (each step a single-document update), then accepted or discarded by a person.
 * The bytes live apart in `import_files`, so polling the status never loads them.
 */
export interface ImportRecord {
  _id: Types.ObjectId;
  processId: Types.ObjectId;
  draftId: Types.ObjectId;
  fileName: string;
  format: ImportFormat;
  sizeBytes: number;
  status: ImportStatus;
  /** 0..100 */
  progress: number;
  error: { code: string; message: string } | null;
  /** The published version the paragraphs were matched against (null when there was none). */
  baseVersionId: Types.ObjectId | null;
  parsed: ParsedDocumentRecord | null;
  preview: StoredImportPreview | null;
  /** The working version that received the text, once accepted. */
  versionId: Types.ObjectId | null;
  /**
   * The hand corrections saved during the review, replaced whole at each save. A list, not an
   * object keyed by paragraph index: field names made of digits are best kept out of documents.
   * Absent from imports stored before reviews were saved.
   */
  corrections?: { index: number; key: string | null }[];
  createdBy: Types.ObjectId;
  createdAt: Date;
  updatedAt: Date;
}

export const importSchema = new Schema<ImportRecord>(
  {
    processId: { type: Schema.Types.ObjectId, required: true },
    draftId: { type: Schema.Types.ObjectId, required: true },
    fileName: { type: String, required: true },
    format: { type: String, required: true, enum: ['docx', 'markdown', 'text'] },
    sizeBytes: { type: Number, required: true },
    status: {
      type: String,
      required: true,
      enum: ['queued', 'parsing', 'matching', 'ready', 'failed', 'accepted', 'discarded'],
    },
    progress: { type: Number, default: 0 },
    error: { type: Schema.Types.Mixed, default: null },
    baseVersionId: { type: Schema.Types.ObjectId, default: null },
    parsed: { type: Schema.Types.Mixed, default: null },
    preview: { type: Schema.Types.Mixed, default: null },
    versionId: { type: Schema.Types.ObjectId, default: null },
    corrections: { type: Schema.Types.Mixed, default: () => [] },
    createdBy: { type: Schema.Types.ObjectId, required: true },
  },
  { timestamps: true, minimize: false },
);
importSchema.index({ draftId: 1, createdAt: -1 });

/** The uploaded bytes (at most IMPORT_MAX_BYTES), keyed by the import's id. */
export interface ImportFileRecord {
  _id: Types.ObjectId;
  data: Buffer;
  createdAt: Date;
}

export const importFileSchema = new Schema<ImportFileRecord>(
  {
    data: { type: Buffer, required: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);
