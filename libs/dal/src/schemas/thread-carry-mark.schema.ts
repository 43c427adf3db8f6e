import { Schema, type Types } from 'mongoose';

/**
 * A carry whose copies in `threadCarries` may be missing: written before the carry stores its
 * anchors, removed by the carrier once their copies are written. A mark left behind (the copy
 * failed, or the process died) tells the next start-up which anchors to copy again, so start-up
 * need not read every anchor to find the few a lost write left out.
 *
 * One mark per carry attempt, not one per version: the publication and a carry-forward report
 * (or two API processes) may carry into the same version at once, and a shared mark would be
 * removed by the first to finish while the other's copies could still fail.
 */
export interface ThreadCarryMarkRecord {
  /** Its creation time is when the carry began (see `CARRY_MARK_LEASE_MS`). */
  _id: Types.ObjectId;
  /** The version carried into. */
  versionId: Types.ObjectId;
  /**
   * The anchors this carry stores, by `_id`: the repair reads them one by one, the only lookup
   * FerretDB v1 does without reading the whole collection. Those another carrier stored first
   * are not found under these ids; that carrier's own mark covers them.
   */
  anchorIds: Types.ObjectId[];
}

export const threadCarryMarkSchema = new Schema<ThreadCarryMarkRecord>(
  {
    versionId: { type: Schema.Types.ObjectId, required: true },
    anchorIds: { type: [Schema.Types.ObjectId], required: true },
  },
  { versionKey: false },
);

/**
 * How long a carry may still be running elsewhere. Start-up copies the anchors of every marked
 * version, but removes only marks older than this: a younger one may belong to a carry still
 * writing (another API process), whose own failure must stay repairable. The longest carries
 * (thousands of threads at 3.5 ms a copy) take under a minute.
 */
export const CARRY_MARK_LEASE_MS = 60 * 60 * 1000;
