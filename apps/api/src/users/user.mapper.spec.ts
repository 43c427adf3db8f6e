import type { UserRecord } from '@concordia/dal';
import { Types } from 'mongoose';
import { toUser } from './user.mapper';

const record = (lockedUntil: Date | null): UserRecord =>
  ({
    _id: new Types.ObjectId(),
    email: 'ana@example.test',
    name: 'Ana',
    language: 'en',
    timeZone: 'UTC',
    platformRoles: [],
    disabled: false,
    lockedUntil,
    createdAt: new Date('2026-01-01T00:00:00Z'),
  }) as unknown as UserRecord;

describe('toUser', () => {
  const now = new Date('2026-11-27T10:00:00Z');

  it('says until when an account is locked, for the admin to unlock it', () => {
    expect(toUser(record(new Date('2026-11-27T10:15:00Z')), now).lockedUntil).toBe('2026-11-27T10:15:00.000Z');
  });

  it('shows no lock when none was set or the lock has run out', () => {
    expect(toUser(record(null), now).lockedUntil).toBeNull();
    expect(toUser(record(new Date('2026-11-27T09:59:59Z')), now).lockedUntil).toBeNull();
  });
});
