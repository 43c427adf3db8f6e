import { Schema, type Types } from 'mongoose';

export interface DraftRecord {
  _id: Types.ObjectId;
  processId: Types.ObjectId;
  title: string;
  createdAt: Date;
  updatedAt: Date;
}

export const draftSchema = new Schema<DraftRecord>(
  {
    processId: { type: Schema.Types.ObjectId, required: true },
    title: { type: String, required: true },
  },
  { timestamps: true },
);
draftSchema.index({ processId: 1, title: 1 }, { unique: true });
