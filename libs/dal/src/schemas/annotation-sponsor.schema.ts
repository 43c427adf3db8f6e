import { Schema, type Types } from 'mongoose';

/**
 * A delegation's co-sponsorship of an amendment: one document per (annotation, delegation),
 * inserted to sponsor and deleted to withdraw support, so the unique index alone settles races
 * and the amendment's own document is never rewritten.
 */
export interface AnnotationSponsorRecord {
  _id: Types.ObjectId;
  annotationId: Types.ObjectId;
  processId: Types.ObjectId;
  delegationId: Types.ObjectId;
  delegationName: string;
  userId: Types.ObjectId;
  at: Date;
}

export const annotationSponsorSchema = new Schema<AnnotationSponsorRecord>(
  {
    annotationId: { type: Schema.Types.ObjectId, required: true },
    processId: { type: Schema.Types.ObjectId, required: true },
    delegationId: { type: Schema.Types.ObjectId, required: true },
    delegationName: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);
annotationSponsorSchema.index({ annotationId: 1, delegationId: 1 }, { unique: true });
