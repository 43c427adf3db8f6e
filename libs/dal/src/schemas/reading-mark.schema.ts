import { Schema, type Types } from 'mongoose';

/**
 * When a user last opened a round's reading page. One document per (user, round) whose `_id` is
 * built from both ({@link readingMarkId}): FerretDB v1 finds only `_id` equality cheaply, so the
 * mark is read and replaced by `_id`, never looked up by its fields.
 */
export interface ReadingMarkRecord {
  _id: string;
  userId: Types.ObjectId;
  roundId: Types.ObjectId;
  /** The visit that set `mark`: the same visit asking again gets the same `previousMark`. */
  visitId: string;
  previousMark: Date | null;
  mark: Date;
}

export const readingMarkSchema = new Schema<ReadingMarkRecord>(
  {
    _id: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    roundId: { type: Schema.Types.ObjectId, required: true },
    visitId: { type: String, required: true },
    previousMark: { type: Date, default: null },
    mark: { type: Date, required: true },
  },
  { versionKey: false },
);

export const readingMarkId = (userId: { toString(): string }, roundId: { toString(): string }): string =>
  `${userId.toString()}:${roundId.toString()}`;
