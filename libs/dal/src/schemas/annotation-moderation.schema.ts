import { Schema, type Types } from 'mongoose';

/**
 * The chair's hiding of one annotation: a document exists while it is hidden (unhiding deletes
 * it; the audit log keeps the history). Kept apart from the annotation, which only its author
 * writes, so a moderation never races an edit on the same document.
 */
export interface AnnotationModerationRecord {
  _id: Types.ObjectId;
  annotationId: Types.ObjectId;
  roundId: Types.ObjectId;
  processId: Types.ObjectId;
  reason: string;
  byUserId: Types.ObjectId;
  byName: string;
  at: Date;
}

export const annotationModerationSchema = new Schema<AnnotationModerationRecord>(
  {
    annotationId: { type: Schema.Types.ObjectId, required: true },
    roundId: { type: Schema.Types.ObjectId, required: true },
    processId: { type: Schema.Types.ObjectId, required: true },
    reason: { type: String, required: true },
    byUserId: { type: Schema.Types.ObjectId, required: true },
    byName: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);
annotationModerationSchema.index({ annotationId: 1 }, { unique: true });
annotationModerationSchema.index({ roundId: 1 });
