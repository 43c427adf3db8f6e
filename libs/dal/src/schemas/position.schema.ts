import { Schema, type Types } from 'mongoose';
import type { PositionValue } from '@concordia/contracts';

const POSITION_VALUES: PositionValue[] = [
  'support',
  'support_with_amendments',
  'reservation',
  'objection',
  'no_position',
];

/**
 * One recorded position, append-only: never updated nor deleted. A change is a new record with
 * the next `seq` of its cell (round, paragraph, delegation); the latest is mirrored into the
 * delegation's row (position_rows) for the matrices.
 */
export interface PositionRecord {
  _id: Types.ObjectId;
  processId: Types.ObjectId;
  roundId: Types.ObjectId;
  paragraphKey: string;
  delegationId: Types.ObjectId;
  value: PositionValue;
  statement: string;
  amendmentIds: Types.ObjectId[];
  authorId: Types.ObjectId;
  authorName: string;
  seq: number;
  recordedAt: Date;
}

export const positionSchema = new Schema<PositionRecord>(
  {
    processId: { type: Schema.Types.ObjectId, required: true },
    roundId: { type: Schema.Types.ObjectId, required: true },
    paragraphKey: { type: String, required: true },
    delegationId: { type: Schema.Types.ObjectId, required: true },
    value: { type: String, required: true, enum: POSITION_VALUES },
    statement: { type: String, default: '' },
    amendmentIds: { type: [Schema.Types.ObjectId], default: [] },
    authorId: { type: Schema.Types.ObjectId, required: true },
    authorName: { type: String, required: true },
    seq: { type: Number, required: true },
    recordedAt: { type: Date, required: true },
  },
  { versionKey: false },
);
// One record per step of a cell's history: a second writer of the same step fails loudly.
positionSchema.index({ roundId: 1, paragraphKey: 1, delegationId: 1, seq: 1 }, { unique: true });

/** The latest position of one cell, as held in its delegation's row. */
export interface PositionCellRecord {
  value: PositionValue;
  seq: number;
  positionId: Types.ObjectId;
}

/**
 * The current positions of one delegation in one round: `cells[paragraphKey]`. One small
 * document per (round, delegation) instead of one per cell, because reading 58,000 one-cell
 * documents from FerretDB costs far more than reading 193 rows of 300 cells (measured in
 * bench/positions.bench.ts). Only the position writer changes a row, always under the row's
 * write lock, so the read-modify-write of a cell is never lost.
 */
export interface PositionRowRecord {
  _id: Types.ObjectId;
  processId: Types.ObjectId;
  roundId: Types.ObjectId;
  delegationId: Types.ObjectId;
  cells: Record<string, PositionCellRecord>;
  /** Just the values of `cells`, the only part the matrices read. */
  values: Record<string, PositionValue>;
  updatedAt: Date;
}

export const positionRowSchema = new Schema<PositionRowRecord>(
  {
    processId: { type: Schema.Types.ObjectId, required: true },
    roundId: { type: Schema.Types.ObjectId, required: true },
    delegationId: { type: Schema.Types.ObjectId, required: true },
    // Written with the driver ($set on `cells.<key>`); mongoose only reads it.
    cells: { type: Schema.Types.Mixed, default: {} },
    values: { type: Schema.Types.Mixed, default: {} },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false, minimize: false },
);
positionRowSchema.index({ roundId: 1, delegationId: 1 }, { unique: true });
positionRowSchema.index({ processId: 1 });
