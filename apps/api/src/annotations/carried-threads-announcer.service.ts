import { Injectable, Logger } from '@nestjs/common';
import type { AnnotationAnchorRecord, AnnotationRecord, DraftVersionRecord, Models } from '@concordia/dal';
import type { Types } from 'mongoose';
import { InjectModels } from '../infra/database.module';
import { AnnotationEvents } from './annotation-events.service';
import { AnnotationReader } from './annotation-reader.service';
import { roundsReading } from './rounds-reading';

/**
 * Threads just carried into a version, sent to the open pages of the rounds that read it, as
 * they sit there (replies with their thread). Without it a reader would see them only on reload,
 * and the home page's kept lists, which move with the rounds' live numbers, would not see them
 * at all. A publication carries before any round can read the new version, so this costs it one
 * query; it matters when a carry that failed is completed later (the carry-forward report).
 */
@Injectable()
export class CarriedThreadsAnnouncer {
  private readonly logger = new Logger(CarriedThreadsAnnouncer.name);

  constructor(
    private readonly reader: AnnotationReader,
    private readonly events: AnnotationEvents,
    @InjectModels() private readonly models: Models,
  ) {}

  /** Never fails the carry: its anchors are stored, and readers get them from the list. */
  async announce(version: Pick<DraftVersionRecord, '_id' | 'processId'>, rootIds: Types.ObjectId[]): Promise<void> {
    try {
      await this.send(version, rootIds);
    } catch (error) {
      this.logger.error({ err: error, versionId: version._id.toHexString() }, 'carried threads not sent live');
    }
  }

  private async send(version: Pick<DraftVersionRecord, '_id' | 'processId'>, rootIds: Types.ObjectId[]) {
    if (rootIds.length === 0) return;
    const rounds = await roundsReading(this.models, version.processId, [{ versionId: version._id }]);
    if (rounds.length === 0) return;
    const [anchors, records] = await Promise.all([
      this.models.annotationAnchors
        .find({ versionId: version._id, annotationId: { $in: rootIds } })
        .lean<AnnotationAnchorRecord[]>()
        .exec(),
      this.models.annotations
        .find({ processId: version.processId, $or: [{ _id: { $in: rootIds } }, { parentId: { $in: rootIds } }] })
        .sort({ createdAt: 1, _id: 1 })
        .lean<AnnotationRecord[]>()
        .exec(),
    ]);
    const annotations = await this.reader.many(records, anchors);
    await Promise.all(
      rounds.flatMap(({ roundId }) =>
        annotations.map((annotation, i) => this.events.carried(roundId, annotation, records[i])),
      ),
    );
  }
}
