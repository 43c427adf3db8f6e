import { Schema, type Types } from 'mongoose';

/**
 * Who follows one thread (its `_id` is the thread root's): everyone who replied to it or chose to
 * follow it, and those who chose not to (its author included, who otherwise follows it). One
 * document per thread, read by `_id` and rewritten whole under the thread's lock: FerretDB v1
 * reads other filters by scanning the collection and loses concurrent array updates.
 */
export interface ThreadFollowRecord {
  _id: Types.ObjectId;
  followerIds: Types.ObjectId[];
  unfollowedIds: Types.ObjectId[];
}

export const threadFollowSchema = new Schema<ThreadFollowRecord>(
  {
    followerIds: { type: [Schema.Types.ObjectId], default: [] },
    unfollowedIds: { type: [Schema.Types.ObjectId], default: [] },
  },
  { versionKey: false, minimize: false },
);

/** Who a reply in the thread notifies: its author unless they opted out, and its followers. */
export function threadFollowers(
  root: { authorId: Types.ObjectId },
  follows: Pick<ThreadFollowRecord, 'followerIds' | 'unfollowedIds'> | null,
): Types.ObjectId[] {
  const out = new Set((follows?.unfollowedIds ?? []).map((id) => id.toHexString()));
  const ids = new Map<string, Types.ObjectId>();
  for (const id of [root.authorId, ...(follows?.followerIds ?? [])]) {
    if (!out.has(id.toHexString())) ids.set(id.toHexString(), id);
  }
  return [...ids.values()];
}
