import { Schema, type Types } from 'mongoose';

export interface ProcessRecord {
  _id: Types.ObjectId;
  /** Unique: the natural key of a process (used by the demo seed and shown in lists). */
  title: string;
  description: string;
  createdBy: Types.ObjectId | null;
  createdAt: Date;
  updatedAt: Date;
}

export const processSchema = new Schema<ProcessRecord>(
  {
    title: { type: String, required: true },
    description: { type: String, default: '' },
    createdBy: { type: Schema.Types.ObjectId, default: null },
  },
  { timestamps: true },
);
processSchema.index({ title: 1 }, { unique: true });
