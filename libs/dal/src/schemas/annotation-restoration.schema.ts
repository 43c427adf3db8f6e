import { Schema, type Types } from 'mongoose';

/**
 * The chair showing a hidden annotation again. Append-only: unhiding deletes the moderation
 * document, so this is what tells a returning reader the annotation changed while they were
 * away (and who did it: the chair's own act is not news to the chair).
 */
export interface AnnotationRestorationRecord {
  _id: Types.ObjectId;
  annotationId: Types.ObjectId;
  roundId: Types.ObjectId;
  byUserId: Types.ObjectId;
  at: Date;
}

export const annotationRestorationSchema = new Schema<AnnotationRestorationRecord>(
  {
    annotationId: { type: Schema.Types.ObjectId, required: true },
    roundId: { type: Schema.Types.ObjectId, required: true },
    byUserId: { type: Schema.Types.ObjectId, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);
annotationRestorationSchema.index({ annotationId: 1, at: 1 });
