import { Schema, type Types } from 'mongoose';
import type { Language, PlatformRole } from '@concordia/contracts';

export interface UserRecord {
  _id: Types.ObjectId;
  /** Stored lower-cased and trimmed (the contracts normalise it) so the unique index is exact. */
  email: string;
  name: string;
  /** argon2id encoded hash (algorithm, parameters and salt included). */
  passwordHash: string;
  platformRoles: PlatformRole[];
  language: Language;
  timeZone: string;
  disabled: boolean;
  /** Consecutive failed logins; only ever changed with atomic operators ($inc / $set). */
  lockedUntil: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export const userSchema = new Schema<UserRecord>(
  {
    email: { type: String, required: true },
    name: { type: String, required: true },
    passwordHash: { type: String, required: true },
    platformRoles: { type: [String], enum: ['admin', 'secretariat'], default: [] },
    language: { type: String, enum: ['en', 'fr', 'es'], default: 'en' },
    timeZone: { type: String, default: 'UTC' },
    disabled: { type: Boolean, default: false },
    lockedUntil: { type: Date, default: null },
  },
  { timestamps: true },
);
userSchema.index({ email: 1 }, { unique: true });
