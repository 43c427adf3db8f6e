import type { Connection, MongooseQueryMiddleware, Schema } from 'mongoose';
import { Collections } from './collections';

/**
 * The collections that decide who may do what on every request: who the caller is, whether
 * their session still holds, their membership and role in a process, and a round's state.
 * The API caches them per process; every write through a model of these collections tells the
 * cache (see `onWatchedWrite`), so a cached answer is never used after a change was stored.
 */
export const WATCHED_COLLECTIONS = [
  Collections.users,
  Collections.refreshSessions,
  Collections.processes,
  Collections.memberships,
  Collections.rounds,
] as const;
export type WatchedCollection = (typeof WATCHED_COLLECTIONS)[number];

type WriteListener = (collection: WatchedCollection) => Promise<void>;

/** Per connection: the same schemas serve every connection (several apps run side by side in tests). */
const listeners = new WeakMap<Connection, WriteListener>();

/**
 * Calls `listener` after each stored write through a model of this connection on a watched
 * collection; the write's caller waits for it, so a request that follows sees the change.
 * Writes through `model.collection` (the raw driver: the demo seed) are not seen.
 */
export function onWatchedWrite(connection: Connection, listener: WriteListener): void {
  listeners.set(connection, listener);
}

const QUERY_WRITES: MongooseQueryMiddleware[] = [
  'updateOne',
  'updateMany',
  'replaceOne',
  'findOneAndUpdate',
  'findOneAndReplace',
  'findOneAndDelete',
  'deleteOne',
  'deleteMany',
];

/** Registers the post-write hooks on a watched collection's schema (once per schema). */
export function watchWrites(schema: Schema, collection: WatchedCollection): void {
  const notify = async (connection: Connection | undefined): Promise<void> => {
    const listener = connection ? listeners.get(connection) : undefined;
    if (listener) await listener(collection);
  };
  schema.post(QUERY_WRITES, { document: false, query: true }, async function () {
    await notify(this.model.db);
  });
  // create() and save(), and deleteOne() called on a document.
  schema.post('save', async function () {
    await notify(this.db);
  });
  schema.post('deleteOne', { document: true, query: false }, async function () {
    await notify(this.db);
  });
  schema.post('insertMany', async function () {
    await notify(this.db);
  });
  schema.post('bulkWrite', async function () {
    await notify(this.db);
  });
}
