import { Injectable } from '@nestjs/common';
import type { Annotation } from '@concordia/contracts';
import type { AnnotationAnchorRecord, AnnotationRecord, Models, RoundRecord } from '@concordia/dal';
import type { Types } from 'mongoose';
import type { ProcessAccess } from '../authz/process-access.service';
import { InjectModels } from '../infra/database.module';
import { AnnotationReader } from './annotation-reader.service';
import { redactFor } from './annotation-redaction';
import { viewerOf, visibilityFilter } from './annotation-visibility';

export interface RoundListOptions {
  paragraphKey?: string;
  includeOrphaned: boolean;
  /** Only the threads started in this round, not those carried into its version from earlier ones. */
  startedHere?: boolean;
}

/**
 * The annotations of a round, as one caller may see them. It takes the caller's ProcessAccess,
 * and the visibility rules are part of every query, so there is no way to list without them.
 *
 * A round shows what is anchored to its version: the threads started in the round, and the
 * threads carried into this version from earlier ones (at their anchor here). Orphans — carried
 * threads whose text could not be found — are listed on request, never dropped.
 */
@Injectable()
export class RoundAnnotations {
  constructor(
    private readonly reader: AnnotationReader,
    @InjectModels() private readonly models: Models,
  ) {}

  async list(access: ProcessAccess, round: RoundRecord, options: RoundListOptions): Promise<Annotation[]> {
    const annotations = await this.collect(access.processId, round, visibilityFilter(viewerOf(access)), options);
    const chair = round.chairUserId.equals(access.principal.userId);
    return annotations.map((a) => redactFor(a, access.principal.userId, { seesReason: chair }));
  }

  /**
   * What anyone reads of a public round: its round-visible threads, orphans included, not yet
   * redacted (the public mapping empties what the chair hid).
   */
  listPublic(round: RoundRecord): Promise<Annotation[]> {
    return this.collect(round.processId, round, { visibility: 'round' }, { includeOrphaned: true });
  }

  private async collect(
    processId: Types.ObjectId,
    round: RoundRecord,
    visible: object,
    options: RoundListOptions,
  ): Promise<Annotation[]> {
    const byKey = options.paragraphKey === undefined ? {} : { paragraphKey: options.paragraphKey };
    const anchors = options.startedHere
      ? []
      : await this.models.annotationAnchors
          .find({
            processId,
            versionId: round.versionId,
            ...byKey,
            ...(options.includeOrphaned ? {} : { status: 'anchored' }),
          })
          .lean<AnnotationAnchorRecord[]>()
          .exec();
    const roots = await this.models.annotations
      .find({
        $and: [
          { processId, parentId: null },
          visible,
          { $or: [{ roundId: round._id, ...byKey }, { _id: { $in: anchors.map((a) => a.annotationId) } }] },
        ],
      })
      .sort({ createdAt: 1, _id: 1 })
      .lean<AnnotationRecord[]>()
      .exec();
    const replies = await this.repliesTo(
      processId,
      roots.map((r) => r._id),
      visible,
    );
    return this.reader.many([...roots, ...replies], anchors);
  }

  private repliesTo(
    processId: Types.ObjectId,
    rootIds: Types.ObjectId[],
    visible: object,
  ): Promise<AnnotationRecord[]> {
    if (rootIds.length === 0) return Promise.resolve([]);
    return this.models.annotations
      .find({ $and: [{ processId, parentId: { $in: rootIds } }, visible] })
      .sort({ createdAt: 1, _id: 1 })
      .lean<AnnotationRecord[]>()
      .exec();
  }
}
