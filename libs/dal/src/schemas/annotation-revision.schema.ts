import { Schema, type Types } from 'mongoose';
import { type AmendmentRecord, amendmentRecordSchema } from './annotation.schema';

/**
 * One edit of an annotation by its author: the text as it became. Append-only; together with
 * the annotation's original text it is the annotation's history.
 */
export interface AnnotationRevisionRecord {
  _id: Types.ObjectId;
  annotationId: Types.ObjectId;
  body: string;
  amendment: AmendmentRecord | null;
  at: Date;
}

export const annotationRevisionSchema = new Schema<AnnotationRevisionRecord>(
  {
    annotationId: { type: Schema.Types.ObjectId, required: true },
    body: { type: String, default: '' },
    amendment: { type: amendmentRecordSchema, default: null },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);
annotationRevisionSchema.index({ annotationId: 1, at: 1 });
