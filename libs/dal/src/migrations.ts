import type { Connection } from 'mongoose';
import { Collections } from './collections';
import type { Models } from './models';
import type { AnnotationAnchorRecord } from './schemas/annotation-anchor.schema';
import { recordThreadCarries, type ThreadCarryRecord } from './schemas/thread-carry.schema';
import { CARRY_MARK_LEASE_MS, type ThreadCarryMarkRecord } from './schemas/thread-carry-mark.schema';

interface DraftVersionsModel {
  db: Connection;
}

/** The index of the first schema, when `revision` numbered the versions of a draft. */
const LEGACY_VERSION_INDEX = 'draftId_1_revision_1';

/**
 * Brings draft versions written before `sequence` existed up to date, idempotently: `revision`
 * used to number the versions of a draft (and was unique per draft); it is now the edit counter
 * and `sequence` numbers the versions. Runs before the indexes are built, at every start-up.
 */
export async function migrateDraftVersions(models: { draftVersions: DraftVersionsModel }): Promise<void> {
  const versions = models.draftVersions.db.collection(Collections.draftVersions);
  const indexes = await versions.indexes().catch(() => []);
  if (indexes.some((index) => index.name === LEGACY_VERSION_INDEX)) await versions.dropIndex(LEGACY_VERSION_INDEX);
  const legacy = await versions
    .find({ sequence: { $exists: false } }, { projection: { _id: 1, revision: 1 } })
    .toArray();
  for (const doc of legacy) {
    const sequence = typeof doc['revision'] === 'number' ? doc['revision'] : 0;
    await versions.updateOne({ _id: doc._id, sequence: { $exists: false } }, { $set: { sequence, revision: 0 } });
  }
}

/** Names, in `migrationMarks`, the one-time copy of every anchor into `threadCarries`. */
export const THREAD_CARRIES_BACKFILL = 'thread_carries_backfill';

type CarryModels = Pick<Models, 'annotationAnchors' | 'threadCarries' | 'threadCarryMarks' | 'migrationMarks'>;

/**
 * Keeps `threadCarries` a copy of every anchor, at a start-up cost that does not grow with them:
 * - once per database, copies every anchor it lacks (carries made before it existed), reading
 *   both collections whole, then marks that done; interrupted, the next start-up does it again;
 * - at every start-up, copies again the anchors of the carries that left a mark (their copies
 *   failed, or their process died): a lost copy is found without reading the other anchors.
 * Processes starting together may both run it: every write sets a value that is already right.
 */
export async function backfillThreadCarries(models: CarryModels): Promise<void> {
  const done = await models.migrationMarks.findById(THREAD_CARRIES_BACKFILL).select({ _id: 1 }).lean().exec();
  if (!done) {
    await copyMissingAnchors(models);
    await models.migrationMarks
      .updateOne({ _id: THREAD_CARRIES_BACKFILL }, { $set: { doneAt: new Date() } }, { upsert: true })
      .exec();
  }
  await repairMarkedCarries(models);
}

/**
 * Two whole reads, and one write per missing anchor (3.5 ms each): run once per database. (It ran
 * at every start-up before the marks; bench/startup-backfill.bench.ts times it as the baseline.)
 */
export async function copyMissingAnchors(models: Pick<Models, 'annotationAnchors' | 'threadCarries'>): Promise<void> {
  const [anchors, carries] = await Promise.all([
    models.annotationAnchors.find({}).lean<AnnotationAnchorRecord[]>().exec(),
    models.threadCarries.find({}).lean<ThreadCarryRecord[]>().exec(),
  ]);
  const known = new Map(carries.map((c) => [c._id.toHexString(), c.anchors]));
  const missing = anchors.filter((a) => !known.get(a.annotationId.toHexString())?.[a.versionId.toHexString()]);
  await recordThreadCarries(models.threadCarries, missing);
}

/**
 * Copies the anchors of every marked carry (few: marks outlive only failed carries and those
 * running now), each read by `_id`, then removes the marks old enough that their carrier cannot
 * still be writing. An anchor not found was never stored: nothing to copy.
 */
async function repairMarkedCarries(
  models: Pick<Models, 'annotationAnchors' | 'threadCarries' | 'threadCarryMarks'>,
): Promise<void> {
  const marks = await models.threadCarryMarks.find({}).lean<ThreadCarryMarkRecord[]>().exec();
  const anchorIds = new Map(marks.flatMap((m) => m.anchorIds).map((id) => [id.toHexString(), id]));
  for (const id of anchorIds.values()) {
    const anchor = await models.annotationAnchors.findById(id).lean<AnnotationAnchorRecord>().exec();
    if (anchor) await recordThreadCarries(models.threadCarries, [anchor]);
  }
  const leaseEnded = Date.now() - CARRY_MARK_LEASE_MS;
  for (const mark of marks) {
    if (mark._id.getTimestamp().getTime() < leaseEnded)
      await models.threadCarryMarks.deleteOne({ _id: mark._id }).exec();
  }
}
