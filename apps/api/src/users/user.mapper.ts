import type { User } from '@concordia/contracts';
import type { UserRecord } from '@concordia/dal';

export function toUser(record: UserRecord): User {
  return {
    id: record._id.toHexString(),
    email: record.email,
    name: record.name,
    language: record.language,
    timeZone: record.timeZone,
    platformRoles: [...record.platformRoles],
    disabled: record.disabled,
    createdAt: record.createdAt.toISOString(),
  };
}
