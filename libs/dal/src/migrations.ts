import type { Connection } from 'mongoose';
import { Collections } from './collections';
import type { Models } from './models';
import type { AnnotationAnchorRecord } from './schemas/annotation-anchor.schema';
import { recordThreadCarries, type ThreadCarryRecord } from './schemas/thread-carry.schema';

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

/**
 * Records in `threadCarries` every anchor it lacks: those of carries made before it existed, and
 * any whose copy was lost after the anchor was stored. Two reads at start-up, and writes only for
 * what is missing (the first start-up after the index came writes one per anchor, 3.5 ms each), so running it at every start-up is harmless.
 */
export async function backfillThreadCarries(
  models: Pick<Models, 'annotationAnchors' | 'threadCarries'>,
): Promise<void> {
  const [anchors, carries] = await Promise.all([
    models.annotationAnchors.find({}).lean<AnnotationAnchorRecord[]>().exec(),
    models.threadCarries.find({}).lean<ThreadCarryRecord[]>().exec(),
  ]);
  const known = new Map(carries.map((c) => [c._id.toHexString(), c.anchors]));
  const missing = anchors.filter((a) => !known.get(a.annotationId.toHexString())?.[a.versionId.toHexString()]);
  await recordThreadCarries(models.threadCarries, missing);
}
