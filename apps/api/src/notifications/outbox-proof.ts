import type { NotificationOutboxRecord } from '@concordia/dal';
import type { Connection } from 'mongoose';

/** A stored value as the string an outbox proof names (dates in ISO form). */
export function proofValue(value: unknown): string | null {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

/** Ids of the records whose change is visible: its document exists (with the named field value). */
export async function provenRecords(
  connection: Connection,
  records: readonly Pick<NotificationOutboxRecord, '_id' | 'commit'>[],
): Promise<Set<string>> {
  const byCollection = new Map<string, Pick<NotificationOutboxRecord, '_id' | 'commit'>[]>();
  for (const record of records) {
    const list = byCollection.get(record.commit.collection) ?? [];
    list.push(record);
    byCollection.set(record.commit.collection, list);
  }
  const proven = new Set<string>();
  for (const [collection, list] of byCollection) {
    const projection: Record<string, 1> = { _id: 1 };
    for (const record of list) if (record.commit.field) projection[record.commit.field] = 1;
    const docs = await connection
      .collection(collection)
      .find({ _id: { $in: list.map((r) => r.commit.id) } }, { projection })
      .toArray();
    const found = new Map<string, Record<string, unknown>>(docs.map((doc) => [String(doc._id), doc]));
    for (const record of list) {
      const doc = found.get(record.commit.id.toHexString());
      if (!doc) continue;
      if (record.commit.field && proofValue(doc[record.commit.field]) !== record.commit.value) continue;
      proven.add(record._id.toHexString());
    }
  }
  return proven;
}
