import type { Delegation } from '@concordia/contracts';
import type { DelegationRecord } from '@concordia/dal';

export function toDelegation(record: DelegationRecord): Delegation {
  return {
    id: record._id.toHexString(),
    name: record.name,
    code: record.code,
    kind: record.kind,
    region: record.region,
  };
}
