import { Injectable } from '@nestjs/common';
import type { DraftVersionRecord, Models, ParagraphRecord } from '@concordia/dal';
import type { Types } from 'mongoose';
import { InjectModels } from '../infra/database.module';

export interface PublishedParagraphs {
  draftId: Types.ObjectId;
  versionId: Types.ObjectId;
  byKey: ReadonlyMap<string, ParagraphRecord>;
}

type VersionFields = Pick<DraftVersionRecord, '_id' | 'draftId' | 'status' | 'sections'>;

/** Versions kept in memory; a round annotates one version, so a handful covers every open round. */
const CAPACITY = 16;

/**
 * The paragraphs of published versions, kept in memory: a published version never changes, and
 * every annotation written in a round checks its paragraph, so loading the whole version
 * (hundreds of kilobytes for a long text) on each write was the most expensive part of it.
 * Working versions are never cached: they change with every edit.
 */
@Injectable()
export class PublishedParagraphsCache {
  private readonly versions = new Map<string, Promise<PublishedParagraphs | null>>();

  constructor(@InjectModels() private readonly models: Models) {}

  /** null when the version does not exist or is not published. */
  get(versionId: Types.ObjectId): Promise<PublishedParagraphs | null> {
    const id = versionId.toHexString();
    const cached = this.versions.get(id);
    if (cached) {
      // Least recently used goes first: re-inserting moves this one to the end.
      this.versions.delete(id);
      this.versions.set(id, cached);
      return cached;
    }
    const loading = this.load(versionId);
    this.versions.set(id, loading);
    // Concurrent writers share one load; a failed or unpublished load is not kept.
    loading.then(
      (found) => (found ? this.evictBeyondCapacity() : this.versions.delete(id)),
      () => this.versions.delete(id),
    );
    return loading;
  }

  /** The number readers know a paragraph by ("7."), or null when it is not in that version. */
  async numberOf(versionId: Types.ObjectId, key: string): Promise<string | null> {
    return (await this.get(versionId))?.byKey.get(key)?.number ?? null;
  }

  private async load(versionId: Types.ObjectId): Promise<PublishedParagraphs | null> {
    const version = await this.models.draftVersions
      .findById(versionId)
      .select({ draftId: 1, status: 1, sections: 1 })
      .lean<VersionFields>()
      .exec();
    if (!version || version.status !== 'published') return null;
    const byKey = new Map(version.sections.flatMap((s) => s.paragraphs).map((p) => [p.key, p] as const));
    return { draftId: version.draftId, versionId: version._id, byKey };
  }

  private evictBeyondCapacity(): void {
    for (const id of this.versions.keys()) {
      if (this.versions.size <= CAPACITY) return;
      this.versions.delete(id);
    }
  }
}
