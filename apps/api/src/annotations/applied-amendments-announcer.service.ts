import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { AnnotationRecord, DraftVersionRecord, Models } from '@concordia/dal';
import { type PublishedVersion, VersionPublishedHooks } from '../drafts/version-published.hooks';
import { InjectModels } from '../infra/database.module';
import { AnnotationEvents } from './annotation-events.service';
import { AnnotationReader } from './annotation-reader.service';

/**
 * When a version is published, the amendments applied to it become "Applied in <label>" for
 * their readers: each is sent again as updated, to the audience its visibility allows, so an
 * open reading page shows it without a reload.
 */
@Injectable()
export class AppliedAmendmentsAnnouncer implements OnModuleInit {
  constructor(
    private readonly hooks: VersionPublishedHooks,
    private readonly reader: AnnotationReader,
    private readonly events: AnnotationEvents,
    @InjectModels() private readonly models: Models,
  ) {}

  onModuleInit(): void {
    this.hooks.subscribe((published) => this.announce(published));
  }

  private async announce(published: PublishedVersion): Promise<void> {
    // The version as published carries the applications it kept.
    const version = await this.models.draftVersions
      .findById(published.versionId)
      .select({ applications: 1 })
      .lean<Pick<DraftVersionRecord, '_id' | 'applications'>>()
      .exec();
    const applications = version?.applications ?? [];
    if (applications.length === 0) return;
    const records = await this.models.annotations
      .find({ _id: { $in: applications.map((a) => a.annotationId) } })
      .lean<AnnotationRecord[]>()
      .exec();
    const annotations = await this.reader.many(records);
    await Promise.all(annotations.map((annotation, i) => this.events.updated(annotation, records[i])));
  }
}
