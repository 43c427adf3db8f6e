import { Schema, type Types } from 'mongoose';
import type { ProcessRole } from '@concordia/contracts';

/**
 * A user's single role inside one process. The delegation rules (which roles need one, which
 * kinds of delegation a role accepts) are enforced by the API before insert; the unique index
 * keeps one membership per user and process even under concurrent requests.
 */
export interface MembershipRecord {
  _id: Types.ObjectId;
  processId: Types.ObjectId;
  userId: Types.ObjectId;
  role: ProcessRole;
  delegationId: Types.ObjectId | null;
  createdAt: Date;
  updatedAt: Date;
}

export const membershipSchema = new Schema<MembershipRecord>(
  {
    processId: { type: Schema.Types.ObjectId, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    role: {
      type: String,
      required: true,
      enum: ['secretariat', 'chair', 'head_of_delegation', 'delegate', 'observer'],
    },
    delegationId: { type: Schema.Types.ObjectId, default: null },
  },
  { timestamps: true },
);
membershipSchema.index({ processId: 1, userId: 1 }, { unique: true });
membershipSchema.index({ userId: 1 });
