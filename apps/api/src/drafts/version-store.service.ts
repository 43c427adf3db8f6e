import { Injectable } from '@nestjs/common';
import {
  type AppliedAmendmentRecord,
  type DraftRecord,
  type DraftVersionRecord,
  type Models,
  type SectionRecord,
  WORKING_VERSION_LABEL,
} from '@concordia/dal';
import type { Types } from 'mongoose';
import { InjectModels } from '../infra/database.module';
import { toDraftVersion } from './draft.mapper';
import { VersionStaleError, versionNotFound, versionPublished } from './version-errors';

/**
 * Reads and writes draft versions. Writes to a working version are conditional on its status
 * and revision; callers hold the draft's write lock around the read-check-write (see WriteLock).
 */
@Injectable()
export class VersionStore {
  constructor(@InjectModels() private readonly models: Models) {}

  async load(id: Types.ObjectId | string): Promise<DraftVersionRecord> {
    const version = await this.models.draftVersions.findById(id).lean<DraftVersionRecord>().exec();
    if (!version) throw versionNotFound();
    return version;
  }

  working(draftId: Types.ObjectId): Promise<DraftVersionRecord | null> {
    return this.models.draftVersions.findOne({ draftId, status: 'working' }).lean<DraftVersionRecord>().exec();
  }

  latestPublished(draftId: Types.ObjectId): Promise<DraftVersionRecord | null> {
    return this.models.draftVersions
      .findOne({ draftId, status: 'published' })
      .sort({ sequence: -1 })
      .lean<DraftVersionRecord>()
      .exec();
  }

  /** 409 VERSION_PUBLISHED for a published version, 409 VERSION_STALE when the revision moved on. */
  assertEditable(version: DraftVersionRecord, revision: number): void {
    if (version.status === 'published') throw versionPublished();
    if (version.revision !== revision) throw new VersionStaleError(toDraftVersion(version));
  }

  /**
   * Replaces the sections of a working version at its current revision and bumps the revision.
   * With `applications`, the version's applied amendments are replaced in the same update: the
   * text and what it applies are one write (conditional on the revision, so of two concurrent
   * applications only one can land).
   */
  async replaceSections(
    version: DraftVersionRecord,
    sections: SectionRecord[],
    applications?: AppliedAmendmentRecord[],
  ): Promise<DraftVersionRecord> {
    const now = new Date();
    const { matchedCount } = await this.models.draftVersions
      .updateOne(
        { _id: version._id, status: 'working', revision: version.revision },
        { $set: { sections, updatedAt: now, ...(applications ? { applications } : {}) }, $inc: { revision: 1 } },
        { timestamps: false },
      )
      .exec();
    if (matchedCount === 0) throw await this.conflictFor(version._id);
    return {
      ...version,
      sections,
      revision: version.revision + 1,
      updatedAt: now,
      ...(applications ? { applications } : {}),
    };
  }

  /**
   * Freezes a working version at its current revision under a label, with the note circulated
   * with it and the applied amendments it is published with (those whose effect is in its text).
   */
  async publish(
    version: DraftVersionRecord,
    label: string,
    note: string | null,
    applications: AppliedAmendmentRecord[],
  ): Promise<DraftVersionRecord> {
    const publishedAt = new Date();
    const { matchedCount } = await this.models.draftVersions
      .updateOne(
        { _id: version._id, status: 'working', revision: version.revision },
        { $set: { status: 'published', label, note, publishedAt, updatedAt: publishedAt, applications } },
        { timestamps: false },
      )
      .exec();
    if (matchedCount === 0) throw await this.conflictFor(version._id);
    return { ...version, status: 'published', label, note, publishedAt, updatedAt: publishedAt, applications };
  }

  /**
   * Creates the draft's working version at the given sequence. The unique (draftId, sequence)
   * index refuses a second one, whoever races to create it.
   */
  async createWorking(
    draft: Pick<DraftRecord, '_id' | 'processId'>,
    sequence: number,
    sections: SectionRecord[],
  ): Promise<DraftVersionRecord> {
    const created = await this.models.draftVersions.create({
      draftId: draft._id,
      processId: draft.processId,
      label: WORKING_VERSION_LABEL,
      status: 'working',
      sequence,
      revision: 0,
      publishedAt: null,
      sections,
      applications: [],
    });
    return created.toObject<DraftVersionRecord>();
  }

  /**
   * The draft's working version; recreated from the latest published one if a crash between
   * publishing and creating the next working version left the draft without one.
   */
  async workingOrRecreate(draft: Pick<DraftRecord, '_id' | 'processId'>): Promise<DraftVersionRecord> {
    const working = await this.working(draft._id);
    if (working) return working;
    const latest = await this.latestPublished(draft._id);
    return this.createWorking(draft, latest ? latest.sequence + 1 : 0, latest?.sections ?? []);
  }

  private async conflictFor(id: Types.ObjectId): Promise<Error> {
    const current = await this.load(id);
    return current.status === 'published' ? versionPublished() : new VersionStaleError(toDraftVersion(current));
  }
}
