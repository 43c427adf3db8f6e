import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { reanchor, type ReanchorInput } from '@concordia/anchoring';
import {
  type AnnotationAnchorRecord,
  type AnnotationRecord,
  type DraftVersionRecord,
  isDuplicateKeyError,
  type Models,
  recordThreadCarries,
} from '@concordia/dal';
import { Types } from 'mongoose';
import { VersionPublishedHooks, type PublishedVersion } from '../drafts/version-published.hooks';
import { InjectModels } from '../infra/database.module';
import { CarriedThreadsAnnouncer } from './carried-threads-announcer.service';

type VersionText = Pick<DraftVersionRecord, '_id' | 'processId' | 'draftId' | 'sequence' | 'sections'>;

/** A thread anchored in a version (an open one, unless asked by id): where it sits there. */
interface Placed {
  record: AnnotationRecord;
  paragraphKey: string;
  selectors: AnnotationRecord['selectors'];
  /** Lost in an earlier version: it stays an orphan, listed in every later one. */
  orphaned: boolean;
}

/**
 * Carries every open thread of a version into a later one when it is published. Each result is
 * a new anchor record for (annotation, new version): the original anchor is never touched, and
 * an annotation that cannot be found is recorded as orphaned. Inserting is idempotent (unique
 * on annotation and version), so carrying again — after a failure, or from the carry-forward
 * report — only fills what is missing. What it places is sent live to the rounds reading the
 * new version.
 */
@Injectable()
export class Reanchorer implements OnModuleInit {
  private readonly logger = new Logger(Reanchorer.name);

  constructor(
    private readonly hooks: VersionPublishedHooks,
    private readonly announcer: CarriedThreadsAnnouncer,
    @InjectModels() private readonly models: Models,
  ) {}

  onModuleInit(): void {
    this.hooks.subscribe((published) => this.onPublished(published));
  }

  private async onPublished(published: PublishedVersion): Promise<void> {
    if (published.sequence === 0) return;
    const [from, to] = await Promise.all([
      this.version({ draftId: published.draftId, sequence: published.sequence - 1 }),
      this.version({ _id: published.versionId }),
    ]);
    if (from && to && from.publishedAt !== null) await this.carry(from, to);
  }

  version(filter: Record<string, unknown>): Promise<(VersionText & { publishedAt: Date | null }) | null> {
    return this.models.draftVersions
      .findOne(filter)
      .select({ processId: 1, draftId: 1, sequence: 1, sections: 1, publishedAt: 1 })
      .lean<VersionText & { publishedAt: Date | null }>()
      .exec();
  }

  /** Open threads anchored in `from`, placed in `to` unless already there. */
  async carry(from: VersionText, to: VersionText): Promise<void> {
    const placed = await this.placedIn(from);
    const done = await this.models.annotationAnchors
      .find({ versionId: to._id, annotationId: { $in: placed.map((p) => p.record._id) } })
      .select({ annotationId: 1 })
      .lean<Pick<AnnotationAnchorRecord, 'annotationId'>[]>()
      .exec();
    const skip = new Set(done.map((d) => d.annotationId.toHexString()));
    const pending = placed.filter((p) => !skip.has(p.record._id.toHexString()));
    if (pending.length === 0) return;
    const live = pending.filter((p) => !p.orphaned);
    const inputs: ReanchorInput[] = live.map((p) => ({
      id: p.record._id.toHexString(),
      paragraphKey: p.paragraphKey,
      selectors: p.selectors,
    }));
    const found = new Map(reanchor(inputs, from.sections, to.sections).map((o) => [o.id, o]));
    const now = new Date();
    const documents = pending.map((source): AnnotationAnchorRecord => {
      const outcome = found.get(source.record._id.toHexString()) ?? {
        status: 'orphaned' as const,
        method: null,
        paragraphKey: null,
        selectors: null,
      };
      return {
        _id: new Types.ObjectId(),
        annotationId: source.record._id,
        processId: to.processId,
        draftId: to.draftId,
        versionId: to._id,
        fromVersionId: from._id,
        status: outcome.status,
        method: outcome.method,
        // An orphan stays listed under the paragraph it was on, with the words it was on: its
        // readers must still see what it commented on, and an amendment what it replaces.
        paragraphKey: outcome.paragraphKey ?? source.paragraphKey,
        selectors: outcome.status === 'orphaned' ? source.selectors : outcome.selectors,
        createdAt: now,
      };
    });
    // Before any anchor is stored: if their copies are then lost, the next start-up finds them by it.
    const mark = await this.models.threadCarryMarks.create({
      versionId: to._id,
      anchorIds: documents.map((d) => d._id),
    });
    let stored = documents;
    try {
      await this.models.annotationAnchors.collection.insertMany(documents, { ordered: false });
    } catch (error) {
      // Another carrier (a concurrent report) placed some first: theirs stand, the rest went in.
      const refused = duplicateIndexes(error, documents.length);
      if (!refused) throw error;
      // Only what went in is copied: a copy of a refused anchor would replace the stored one's.
      stored = documents.filter((_, index) => !refused.has(index));
    }
    await this.recordCarries(stored, mark._id);
    // Those another carrier placed first are sent twice: readers apply an annotation again harmlessly.
    await this.announcer.announce(
      to,
      pending.map((p) => p.record._id),
    );
  }

  /**
   * Lets later changes of these threads reach the rounds reading `to` live, then removes the
   * carry's mark. Never fails the carry: the anchors are stored, and while the mark stays the
   * next start-up copies them again.
   */
  private async recordCarries(anchors: AnnotationAnchorRecord[], markId: Types.ObjectId): Promise<void> {
    try {
      await recordThreadCarries(this.models.threadCarries, anchors);
      await this.models.threadCarryMarks.deleteOne({ _id: markId }).exec();
    } catch (error) {
      this.logger.error({ err: error, versionId: anchors[0]?.versionId.toHexString() }, 'carried threads not indexed');
    }
  }

  /** Open threads in a version: started there, or carried into it (orphans stay orphans). */
  async placedIn(version: Pick<VersionText, '_id' | 'processId'>): Promise<Placed[]> {
    const carried = await this.models.annotationAnchors
      .find({ versionId: version._id })
      .lean<AnnotationAnchorRecord[]>()
      .exec();
    const carriedById = new Map(carried.map((a) => [a.annotationId.toHexString(), a]));
    const records = await this.models.annotations
      .find({
        processId: version.processId,
        parentId: null,
        status: 'open',
        $or: [{ versionId: version._id }, { _id: { $in: carried.map((a) => a.annotationId) } }],
      })
      .sort({ createdAt: 1, _id: 1 })
      .lean<AnnotationRecord[]>()
      .exec();
    return records.map((record) => placement(record, version._id, carriedById.get(record._id.toHexString())));
  }

  /**
   * Where some threads sit in a version, whatever their status (a withdrawn amendment still
   * applied to the working version is shown there); those never in it are left out.
   */
  async placedAmong(version: Pick<VersionText, '_id'>, ids: readonly Types.ObjectId[]): Promise<Placed[]> {
    if (ids.length === 0) return [];
    const [records, carried] = await Promise.all([
      this.models.annotations
        .find({ _id: { $in: ids }, parentId: null })
        .sort({ createdAt: 1, _id: 1 })
        .lean<AnnotationRecord[]>()
        .exec(),
      this.models.annotationAnchors
        .find({ versionId: version._id, annotationId: { $in: ids } })
        .lean<AnnotationAnchorRecord[]>()
        .exec(),
    ]);
    const carriedById = new Map(carried.map((a) => [a.annotationId.toHexString(), a]));
    return records.flatMap((record) => {
      const anchor = carriedById.get(record._id.toHexString());
      return anchor || record.versionId.equals(version._id) ? [placement(record, version._id, anchor)] : [];
    });
  }
}

/** Where it was started, unless it was carried into the version by re-anchoring. */
function placement(
  record: AnnotationRecord,
  versionId: Types.ObjectId,
  anchor: AnnotationAnchorRecord | undefined,
): Placed {
  if (!anchor || record.versionId.equals(versionId)) {
    return { record, paragraphKey: record.paragraphKey, selectors: record.selectors, orphaned: false };
  }
  return {
    record,
    paragraphKey: anchor.paragraphKey,
    selectors: anchor.selectors,
    orphaned: anchor.status === 'orphaned',
  };
}

/**
 * The positions of the documents an unordered insertMany refused as duplicates, or null when it
 * failed otherwise (only duplicates mean another carrier got there first).
 */
function duplicateIndexes(error: unknown, inserted: number): Set<number> | null {
  const writeErrors = typeof error === 'object' && error !== null && 'writeErrors' in error ? error.writeErrors : null;
  if (!Array.isArray(writeErrors)) return inserted === 1 && isDuplicateKeyError(error) ? new Set([0]) : null;
  const indexes = new Set<number>();
  for (const writeError of writeErrors as unknown[]) {
    if (!isDuplicateKeyError(writeError)) return null;
    const index =
      typeof writeError === 'object' && writeError !== null && 'index' in writeError ? writeError.index : null;
    if (typeof index !== 'number') return null;
    indexes.add(index);
  }
  return indexes;
}
