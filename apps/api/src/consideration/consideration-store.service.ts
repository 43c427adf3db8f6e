import { Injectable, Logger } from '@nestjs/common';
import type { Consideration } from '@concordia/contracts';
import { type ConsiderationRecord, type FloorActor, LockResources, type Models } from '@concordia/dal';
import type { Types } from 'mongoose';
import { InjectModels } from '../infra/database.module';
import { WriteLock } from '../infra/write-lock.service';
import { LiveEvents } from '../realtime/live-events.service';
import { toConsideration } from './consideration.mapper';

/**
 * The paragraph under consideration of each round, one document per round keyed by the round's
 * id. A change reads the revision and rewrites the document under the round's consideration
 * lock (FerretDB v1 loses concurrent read-modify-writes), and is published before the lock is
 * released: the round's stream then carries the changes in the order they were stored, so the
 * last event anyone sees is the stored state.
 */
@Injectable()
export class ConsiderationStore {
  private readonly logger = new Logger(ConsiderationStore.name);

  constructor(
    private readonly lock: WriteLock,
    private readonly live: LiveEvents,
    @InjectModels() private readonly models: Models,
  ) {}

  async read(roundId: Types.ObjectId): Promise<Consideration> {
    return toConsideration(roundId, await this.load(roundId));
  }

  async set(roundId: Types.ObjectId, paragraphKey: string | null, by: FloorActor): Promise<Consideration> {
    return this.lock.run(LockResources.consideration(roundId), async () => {
      const current = await this.load(roundId);
      const record: ConsiderationRecord = {
        _id: roundId,
        paragraphKey,
        changedAt: new Date(),
        changedBy: by,
        revision: (current?.revision ?? 0) + 1,
      };
      if (current) await this.models.considerations.collection.replaceOne({ _id: roundId }, record);
      else await this.models.considerations.collection.insertOne(record);
      const consideration = toConsideration(roundId, record);
      // Stored is stored: readers who miss the event get it on their next load.
      await this.live
        .publish(roundId.toHexString(), [{ kind: 'round' }], { type: 'paragraph.considered', consideration })
        .catch((error: unknown) => this.logger.warn({ err: error, roundId }, 'paragraph.considered not published'));
      return consideration;
    });
  }

  private load(roundId: Types.ObjectId): Promise<ConsiderationRecord | null> {
    return this.models.considerations.findById(roundId).lean<ConsiderationRecord>().exec();
  }
}
