import { Schema, type Types } from 'mongoose';
import type { ProcessRole } from '@concordia/contracts';

export interface InvitationRecord {
  _id: Types.ObjectId;
  email: string;
  processId: Types.ObjectId;
  role: ProcessRole;
  delegationId: Types.ObjectId | null;
  /** sha256 (hex) of the token: the token itself is shown once and never stored. */
  tokenHash: string;
  /** Hashes of the links a resend replaced, so an old link can say why it no longer works. */
  replacedTokenHashes: string[];
  expiresAt: Date;
  /** Set once, by a conditional update on `acceptedAt: null`, so only one accept can win. */
  acceptedAt: Date | null;
  acceptedBy: Types.ObjectId | null;
  /** Withdrawn by the secretariat: the link stops working (set only while not accepted). */
  revokedAt: Date | null;
  revokedBy: Types.ObjectId | null;
  /** How many times the link was issued (1 at creation, +1 per resend): each send's email is claimed once. */
  sends: number;
  createdBy: Types.ObjectId;
  createdAt: Date;
  updatedAt: Date;
}

export const invitationSchema = new Schema<InvitationRecord>(
  {
    email: { type: String, required: true },
    processId: { type: Schema.Types.ObjectId, required: true },
    role: {
      type: String,
      required: true,
      enum: ['secretariat', 'chair', 'head_of_delegation', 'delegate', 'observer'],
    },
    delegationId: { type: Schema.Types.ObjectId, default: null },
    tokenHash: { type: String, required: true },
    replacedTokenHashes: { type: [String], default: [] },
    expiresAt: { type: Date, required: true },
    acceptedAt: { type: Date, default: null },
    acceptedBy: { type: Schema.Types.ObjectId, default: null },
    revokedAt: { type: Date, default: null },
    revokedBy: { type: Schema.Types.ObjectId, default: null },
    sends: { type: Number, default: 1 },
    createdBy: { type: Schema.Types.ObjectId, required: true },
  },
  { timestamps: true },
);
invitationSchema.index({ tokenHash: 1 }, { unique: true });
invitationSchema.index({ processId: 1, createdAt: -1 });
invitationSchema.index({ replacedTokenHashes: 1 });
