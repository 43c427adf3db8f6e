import { Schema, type Types } from 'mongoose';

/**
 * One emailed "choose a new password" link. Its `_id` is the sha256 (hex) of the link's token, so
 * the link is found by `_id` (the only lookup FerretDB makes cheap) and a database read reveals no
 * usable link. Using the link deletes it (a single-document delete: two uses cannot both succeed),
 * and every other link of the account with it. FerretDB v1 has no TTL indexes: the worker purges
 * expired links with the expired sessions.
 */
export interface PasswordResetRecord {
  _id: string;
  userId: Types.ObjectId;
  expiresAt: Date;
  createdAt: Date;
}

export const passwordResetSchema = new Schema<PasswordResetRecord>(
  {
    _id: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    expiresAt: { type: Date, required: true },
  },
  { timestamps: { createdAt: true, updatedAt: false } },
);
passwordResetSchema.index({ userId: 1 });
passwordResetSchema.index({ expiresAt: 1 });
