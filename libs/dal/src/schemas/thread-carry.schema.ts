import { Schema, type Types } from 'mongoose';
import type { AnnotationAnchorRecord } from './annotation-anchor.schema';

/**
 * The versions a thread was carried into, with its anchor in each: one document per thread,
 * `_id` its root annotation's id. Every live event of a thread (or of a reply in it) looks it up
 * to reach the rounds reading those versions, and FerretDB v1 finds only `_id` equality cheaply:
 * anchors are found by their fields, which reads the whole collection. A copy of the anchor
 * records, which are never changed; written after them, and filled again at start-up from them
 * when a write was lost ({@link backfillThreadCarries}).
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

/** The upsert recording one anchor; repeating it changes nothing. */
export function threadCarryWrite(anchor: AnnotationAnchorRecord) {
  return {
    updateOne: {
      filter: { _id: anchor.annotationId },
      update: { $set: { [`anchors.${anchor.versionId.toHexString()}`]: anchor } },
      upsert: true,
    },
  };
}
