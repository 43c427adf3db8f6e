import { Schema, type Types } from 'mongoose';
import type { DelegationKind } from '@concordia/contracts';

export interface DelegationRecord {
  _id: Types.ObjectId;
  name: string;
  /** Upper-case short code, unique platform-wide (e.g. "MEX"). */
  code: string;
  kind: DelegationKind;
  region: string;
  createdAt: Date;
  updatedAt: Date;
}

export const delegationSchema = new Schema<DelegationRecord>(
  {
    name: { type: String, required: true },
    code: { type: String, required: true },
    kind: {
      type: String,
      required: true,
      enum: ['member_state', 'intergovernmental_organisation', 'regional_organisation', 'ngo', 'expert'],
    },
    region: { type: String, required: true },
  },
  { timestamps: true },
);
delegationSchema.index({ code: 1 }, { unique: true });
