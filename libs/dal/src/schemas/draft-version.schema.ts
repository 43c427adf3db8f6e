import { Schema, type Types } from 'mongoose';
import type { ApplicationTrace, VersionStatus } from '@concordia/contracts';

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
 * An amendment applied to this version, written in the same update as the text it changed, so
 * the text and the claim that it applies the amendment cannot part on a crash. `trace` is what
 * the application did (ApplicationTrace): whether it still holds is
 * read from the text, and publishing keeps only the applications that still hold.
 */
export interface AppliedAmendmentRecord {
  annotationId: Types.ObjectId;
  /** Null for an application recorded before traces were kept: taken as holding, undone by hand. */
  trace: ApplicationTrace | null;
  byUserId: Types.ObjectId;
  at: Date;
  /** The revision the application produced. */
  revision: number;
}

/** Label of the one unpublished version of a draft until publishing names it. */
export const WORKING_VERSION_LABEL = 'Working version';

/**
 * One version of a draft. A published version is immutable; its sections are embedded because
 * a version is always read whole and FerretDB v1 cannot join.
 *
 * A draft's versions are numbered by `sequence` (0, 1, 2, ...; unique per draft): every version
 * but the last is published, and the last is the draft's one working version. The unique index
 * on (draftId, sequence) is what keeps a second working version from ever being created.
 */
export interface DraftVersionRecord {
  _id: Types.ObjectId;
  draftId: Types.ObjectId;
  /** Denormalised so process scope can be checked from the version alone. */
  processId: Types.ObjectId;
  label: string;
  status: VersionStatus;
  /** Position of the version in its draft: 0 for the first, then 1, 2, ... */
  sequence: number;
  /**
   * Edit counter for optimistic concurrency: 0 when the version is created, +1 on every change.
   * Every edit names the revision it was made on; a stale one is refused.
   */
  revision: number;
  publishedAt: Date | null;
  /** The secretariat's note circulated with the published version; absent when none was written. */
  note?: string | null;
  sections: SectionRecord[];
  /**
   * The amendments applied to it (see AppliedAmendmentRecord); absent on versions written before
   * they were kept here, whose applications only the amendment_applications index knows.
   */
  applications?: AppliedAmendmentRecord[];
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
    // A document may start with paragraphs before any heading: that section has no heading.
    heading: { type: String, default: '' },
    paragraphs: { type: [paragraphSchema], default: [] },
  },
  { _id: false },
);

const appliedAmendmentSchema = new Schema<AppliedAmendmentRecord>(
  {
    annotationId: { type: Schema.Types.ObjectId, required: true },
    // Mixed: a trace's fields depend on its kind, and it is only ever read whole.
    trace: { type: Schema.Types.Mixed, default: null },
    byUserId: { type: Schema.Types.ObjectId, required: true },
    at: { type: Date, required: true },
    revision: { type: Number, required: true },
  },
  { _id: false },
);

export const draftVersionSchema = new Schema<DraftVersionRecord>(
  {
    draftId: { type: Schema.Types.ObjectId, required: true },
    processId: { type: Schema.Types.ObjectId, required: true },
    label: { type: String, required: true },
    status: { type: String, required: true, enum: ['working', 'published'] },
    sequence: { type: Number, required: true, min: 0 },
    revision: { type: Number, required: true, min: 0, default: 0 },
    publishedAt: { type: Date, default: null },
    note: { type: String, default: null },
    sections: { type: [sectionSchema], default: [] },
    applications: { type: [appliedAmendmentSchema], default: undefined },
  },
  { timestamps: true },
);
draftVersionSchema.index({ draftId: 1, sequence: 1 }, { unique: true });
// Published labels are unique per draft; checked by the publish use case under the draft's
// write lock (FerretDB does not report unique violations raised by an update as duplicates).
draftVersionSchema.index({ draftId: 1, label: 1 });
