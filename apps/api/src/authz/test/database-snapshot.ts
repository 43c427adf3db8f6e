import { type Connection, mongo } from 'mongoose';

/**
 * Collections that change without a request: the outbox relay settles what the set-up staged.
 * A refused request cannot write there: the outbox is written only by the use cases it refuses.
 */
const MOVING = new Set(['notification_outbox']);

/** Every document of every collection, by collection, to tell whether anything was written. */
export async function snapshotDatabase(connection: Connection): Promise<Map<string, string>> {
  const db = connection.db;
  if (!db) throw new Error('not connected');
  const names = (await db.listCollections({}, { nameOnly: true }).toArray())
    .map((c) => c.name)
    .filter((name) => !MOVING.has(name))
    .sort();
  const snapshot = new Map<string, string>();
  for (const name of names) {
    const docs = await db.collection(name).find().sort({ _id: 1 }).toArray();
    snapshot.set(name, mongo.BSON.EJSON.stringify(docs, { relaxed: false }));
  }
  return snapshot;
}
