import { Schema, type Types } from 'mongoose';
import type { ParagraphStatus } from '@concordia/contracts';

/**
 * The negotiation status of one paragraph in one round: one document per (round, key), written
 * by an upsert, so no positional array update is ever needed (FerretDB v1 has none). A paragraph
 * without a document is `open`; the history of changes is in the audit log.
 */
export interface ParagraphStatusRecord {
  _id: Types.ObjectId;
  roundId: Types.ObjectId;
  processId: Types.ObjectId;
  key: string;
  status: ParagraphStatus;
  updatedAt: Date;
  updatedBy: Types.ObjectId;
}

export const paragraphStatusSchema = new Schema<ParagraphStatusRecord>(
  {
    roundId: { type: Schema.Types.ObjectId, required: true },
    processId: { type: Schema.Types.ObjectId, required: true },
    key: { type: String, required: true },
    status: { type: String, required: true, enum: ['open', 'bracketed', 'agreed_ad_referendum', 'agreed'] },
    updatedAt: { type: Date, required: true },
    updatedBy: { type: Schema.Types.ObjectId, required: true },
  },
  { versionKey: false },
);
paragraphStatusSchema.index({ roundId: 1, key: 1 }, { unique: true });
