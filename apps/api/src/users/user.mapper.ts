import type { User } from '@concordia/contracts';
import type { UserRecord } from '@concordia/dal';

/** A lock that has run out is no lock: the next sign-in clears it. */
const activeLock = (lockedUntil: Date | null | undefined, now: Date): string | null =>
  lockedUntil instanceof Date && lockedUntil > now ? lockedUntil.toISOString() : null;

export function toUser(record: UserRecord, now = new Date()): User {
  return {
    id: record._id.toHexString(),
    email: record.email,
    name: record.name,
    language: record.language,
    timeZone: record.timeZone,
    platformRoles: [...record.platformRoles],
    disabled: record.disabled,
    lockedUntil: activeLock(record.lockedUntil, now),
    createdAt: record.createdAt.toISOString(),
  };
}
