import type { Process } from '@concordia/contracts';
import type { ProcessRecord } from '@concordia/dal';

export function toProcess(record: ProcessRecord): Process {
  return {
    id: record._id.toHexString(),
    title: record.title,
    description: record.description,
    createdAt: record.createdAt.toISOString(),
  };
}
