import { Schema, type Types } from 'mongoose';

/**
 * One refresh token. Tokens of one login form a family (familyId, which is also the `sid`
 * claim of access tokens): each refresh marks the presented token rotated and issues a new
 * one in the same family. Presenting a rotated token again means it was stolen or replayed,
 * and revokes the whole family (unless it was rotated within REFRESH_GRACE_SECONDS: see
 * RefreshSessionService in the API). FerretDB v1 has no TTL indexes: the worker purges expired rows.
 */
export interface RefreshSessionRecord {
  _id: Types.ObjectId;
  familyId: Types.ObjectId;
  userId: Types.ObjectId;
  /** sha256 (hex) of the opaque token sent in the cookie. */
  tokenHash: string;
  expiresAt: Date;
  rotatedAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export const refreshSessionSchema = new Schema<RefreshSessionRecord>(
  {
    familyId: { type: Schema.Types.ObjectId, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    tokenHash: { type: String, required: true },
    expiresAt: { type: Date, required: true },
    rotatedAt: { type: Date, default: null },
    revokedAt: { type: Date, default: null },
  },
  { timestamps: true },
);
refreshSessionSchema.index({ tokenHash: 1 }, { unique: true });
refreshSessionSchema.index({ familyId: 1 });
refreshSessionSchema.index({ userId: 1 });
refreshSessionSchema.index({ expiresAt: 1 });
