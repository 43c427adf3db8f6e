import { Schema, type Types } from 'mongoose';

/**
 * Index of the amendments applied to published versions, so that an annotation's "Applied in"
 * is found without reading every version. Derived: the truth is the version's own
 * `applications` (written with its text). Publishing writes the entries of the applications it
 * keeps *before* freezing the version, so a published version's entries are never missing;
 * readers keep only the entries their version confirms, so an entry left by an interrupted or
 * repeated publication, or by an older release, claims nothing. One per (annotation, version).
 */
export interface AmendmentApplicationRecord {
  _id: Types.ObjectId;
  annotationId: Types.ObjectId;
  processId: Types.ObjectId;
  draftId: Types.ObjectId;
  versionId: Types.ObjectId;
  /** The paragraph changed (for new_paragraph: the one the new paragraph follows). */
  paragraphKey: string;
  /** The version's revision the application produced. */
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
