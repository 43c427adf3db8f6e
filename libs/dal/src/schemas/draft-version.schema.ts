import { Schema, type Types } from 'mongoose';
import type { VersionStatus } from '@concordia/contracts';

export interface ParagraphRecord {
  /** Stable across versions: annotations and positions follow the key, not the number. */
  key: string;
  number: string;
  text: string;
}

export interface SectionRecord {
  key: string;
  heading: string;
  paragraphs: ParagraphRecord[];
}

/**
 * One version of a draft. A published version is immutable; its sections are embedded because
 * a version is always read whole and FerretDB v1 cannot join.
 */
export interface DraftVersionRecord {
  _id: Types.ObjectId;
  draftId: Types.ObjectId;
  /** Denormalised so process scope can be checked from the version alone. */
  processId: Types.ObjectId;
  label: string;
  status: VersionStatus;
  /** 0 for the zero draft, then 1, 2, ... ; unique per draft. */
  revision: number;
  publishedAt: Date | null;
  sections: SectionRecord[];
  createdAt: Date;
  updatedAt: Date;
}

const paragraphSchema = new Schema<ParagraphRecord>(
  {
    key: { type: String, required: true },
    number: { type: String, required: true },
    text: { type: String, required: true },
  },
  { _id: false },
);

const sectionSchema = new Schema<SectionRecord>(
  {
    key: { type: String, required: true },
    heading: { type: String, required: true },
    paragraphs: { type: [paragraphSchema], default: [] },
  },
  { _id: false },
);

export const draftVersionSchema = new Schema<DraftVersionRecord>(
  {
    draftId: { type: Schema.Types.ObjectId, required: true },
    processId: { type: Schema.Types.ObjectId, required: true },
    label: { type: String, required: true },
    status: { type: String, required: true, enum: ['working', 'published'] },
    revision: { type: Number, required: true, min: 0 },
    publishedAt: { type: Date, default: null },
    sections: { type: [sectionSchema], default: [] },
  },
  { timestamps: true },
);
draftVersionSchema.index({ draftId: 1, revision: 1 }, { unique: true });
