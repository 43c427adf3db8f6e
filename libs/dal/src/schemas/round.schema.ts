import { Schema, type Types } from 'mongoose';
import type { Confidentiality, RoundStatus } from '@concordia/contracts';

export interface RoundRecord {
  _id: Types.ObjectId;
  processId: Types.ObjectId;
  name: string;
  versionId: Types.ObjectId;
  chairUserId: Types.ObjectId;
  delegationIds: Types.ObjectId[];
  opensAt: Date;
  closesAt: Date;
  /** IANA zone the window is expressed in for people (instants are stored in UTC). */
  timeZone: string;
  confidentiality: Confidentiality;
  status: RoundStatus;
  createdAt: Date;
  updatedAt: Date;
}

export const roundSchema = new Schema<RoundRecord>(
  {
    processId: { type: Schema.Types.ObjectId, required: true },
    name: { type: String, required: true },
    versionId: { type: Schema.Types.ObjectId, required: true },
    chairUserId: { type: Schema.Types.ObjectId, required: true },
    delegationIds: { type: [Schema.Types.ObjectId], default: [] },
    opensAt: { type: Date, required: true },
    closesAt: { type: Date, required: true },
    timeZone: { type: String, default: 'UTC' },
    confidentiality: { type: String, required: true, enum: ['delegations', 'observers', 'public'] },
    status: { type: String, required: true, enum: ['scheduled', 'open', 'closed', 'concluded'] },
  },
  { timestamps: true },
);
roundSchema.index({ processId: 1, name: 1 }, { unique: true });
