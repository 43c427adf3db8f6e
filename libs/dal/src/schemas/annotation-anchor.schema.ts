import { Schema, type Types } from 'mongoose';
import type { AnchorMethod } from '@concordia/contracts';
import { type SelectorsRecord, selectorsSchema } from './annotation.schema';

/**
 * Where an annotation landed in a later version of its draft, found by re-anchoring when that
 * version was published. One record per (annotation, version), inserted once and never
 * changed: the original anchor stays on the annotation, and an orphan is recorded, not dropped.
 */
export interface AnnotationAnchorRecord {
  _id: Types.ObjectId;
  annotationId: Types.ObjectId;
  processId: Types.ObjectId;
  draftId: Types.ObjectId;
  versionId: Types.ObjectId;
  /** The version the annotation was carried from. */
  fromVersionId: Types.ObjectId;
  status: 'anchored' | 'orphaned';
  method: AnchorMethod | null;
  paragraphKey: string;
  selectors: SelectorsRecord | null;
  createdAt: Date;
}

export const annotationAnchorSchema = new Schema<AnnotationAnchorRecord>(
  {
    annotationId: { type: Schema.Types.ObjectId, required: true },
    processId: { type: Schema.Types.ObjectId, required: true },
    draftId: { type: Schema.Types.ObjectId, required: true },
    versionId: { type: Schema.Types.ObjectId, required: true },
    fromVersionId: { type: Schema.Types.ObjectId, required: true },
    status: { type: String, required: true, enum: ['anchored', 'orphaned'] },
    method: { type: String, default: null, enum: ['original', 'exact', 'quote', 'fuzzy', 'paragraph', null] },
    paragraphKey: { type: String, required: true },
    selectors: { type: selectorsSchema, default: null },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);
annotationAnchorSchema.index({ annotationId: 1, versionId: 1 }, { unique: true });
annotationAnchorSchema.index({ versionId: 1, paragraphKey: 1 });
