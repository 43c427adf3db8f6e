import type { Types } from 'mongoose';

/**
 * Whether a version of the draft was published after the import was matched: its matches were
 * made against an older text, so accepting it would give keys of the wrong version.
 */
export const matchedAgainstOlder = (
  record: { baseVersionId: Types.ObjectId | null },
  latestPublished: { _id: Types.ObjectId } | null,
): boolean => String(latestPublished?._id ?? null) !== String(record.baseVersionId ?? null);
