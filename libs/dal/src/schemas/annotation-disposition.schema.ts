import { Schema, type Types } from 'mongoose';
import type { DispositionValue } from '@concordia/contracts';

/**
 * The secretariat's disposition of an annotation. Append-only: each decision is a new record
 * and the latest one counts, so earlier decisions remain on file.
 */
export interface AnnotationDispositionRecord {
  _id: Types.ObjectId;
  annotationId: Types.ObjectId;
  processId: Types.ObjectId;
  value: DispositionValue;
  reason: string;
  byUserId: Types.ObjectId;
  byName: string;
  at: Date;
}

export const annotationDispositionSchema = new Schema<AnnotationDispositionRecord>(
  {
    annotationId: { type: Schema.Types.ObjectId, required: true },
    processId: { type: Schema.Types.ObjectId, required: true },
    value: { type: String, required: true, enum: ['accepted', 'partly_accepted', 'not_retained'] },
    reason: { type: String, required: true },
    byUserId: { type: Schema.Types.ObjectId, required: true },
    byName: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);
annotationDispositionSchema.index({ annotationId: 1, at: 1 });
