import { type Model, Schema, type Types } from 'mongoose';
import type { AnnotationAnchorRecord } from './annotation-anchor.schema';

/**
 * The versions a thread was carried into, with its anchor in each: one document per thread,
 * `_id` its root annotation's id. Every live event of a thread (or of a reply in it) looks it up
 * to reach the rounds reading those versions, and FerretDB v1 finds only `_id` equality cheaply:
 * anchors are found by their fields, which reads the whole collection. A copy of the anchor
 * records, which are never changed; written after them, and filled again at start-up from them
 * when a write was lost (found by the mark the carry leaves in `threadCarryMarks`; see
 * `backfillThreadCarries`).
 */
export interface ThreadCarryRecord {
  _id: Types.ObjectId;
  /** Keyed by the hex id of the version carried into. */
  anchors: Record<string, AnnotationAnchorRecord>;
}

export const threadCarrySchema = new Schema<ThreadCarryRecord>(
  { anchors: { type: Schema.Types.Mixed, required: true } },
  { versionKey: false, minimize: false },
);

/**
 * Records anchors, repeating one changing nothing. One update at a time: FerretDB v1 stalls on a
 * bulk of updates to existing documents (measured: 100 in one bulkWrite had not ended after
 * 90 s; one by one, 3.5 ms each).
 */
export async function recordThreadCarries(
  carries: Pick<Model<ThreadCarryRecord, object, object, { id: string }>, 'updateOne'>,
  anchors: readonly AnnotationAnchorRecord[],
): Promise<void> {
  for (const anchor of anchors) {
    await carries
      .updateOne(
        { _id: anchor.annotationId },
        { $set: { [`anchors.${anchor.versionId.toHexString()}`]: anchor } },
        { upsert: true },
      )
      .exec();
  }
}
