import { Schema, type Types } from 'mongoose';

/**
 * An amendment applied to a working version by the secretariat. Append-only and apart from the
 * annotation (never a read-modify-write of the amendment's own document): one record per
 * (annotation, version), the unique index refusing a second application to the same version.
 * Undoing the change in the editor is an ordinary edit and leaves the record in place.
 */
export interface AmendmentApplicationRecord {
  _id: Types.ObjectId;
  annotationId: Types.ObjectId;
  processId: Types.ObjectId;
  draftId: Types.ObjectId;
  versionId: Types.ObjectId;
  /** The paragraph changed (for new_paragraph: the one the new paragraph follows). */
  paragraphKey: string;
  /** The working version's revision the application produced. */
  revision: number;
  byUserId: Types.ObjectId;
  at: Date;
}

export const amendmentApplicationSchema = new Schema<AmendmentApplicationRecord>(
  {
    annotationId: { type: Schema.Types.ObjectId, required: true },
    processId: { type: Schema.Types.ObjectId, required: true },
    draftId: { type: Schema.Types.ObjectId, required: true },
    versionId: { type: Schema.Types.ObjectId, required: true },
    paragraphKey: { type: String, required: true },
    revision: { type: Number, required: true },
    byUserId: { type: Schema.Types.ObjectId, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);
amendmentApplicationSchema.index({ annotationId: 1, versionId: 1 }, { unique: true });
amendmentApplicationSchema.index({ versionId: 1 });
