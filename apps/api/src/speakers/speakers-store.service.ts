import { Injectable, Logger } from '@nestjs/common';
import type { SpeakersList } from '@concordia/contracts';
import { Collections, LockResources, type Models, type SpeakersListRecord } from '@concordia/dal';
import { Types } from 'mongoose';
import { InjectModels } from '../infra/database.module';
import { WriteLock } from '../infra/write-lock.service';
import { Outbox, type OutboxJob } from '../notifications/outbox.service';
import { LiveEvents } from '../realtime/live-events.service';
import { toSpeakersList } from './speakers.mapper';
import { emptySpeakers, type SpeakersState } from './speakers-rules';

/**
 * The speakers' list of a round, in MongoDB so it survives API restarts and is shared by every
 * API process. Each change reads, transforms and rewrites the whole document under the round's
 * speakers lock (FerretDB v1 loses concurrent updates), then everyone in the round gets the new
 * list live.
 */
@Injectable()
export class SpeakersStore {
  private readonly logger = new Logger(SpeakersStore.name);

  constructor(
    private readonly lock: WriteLock,
    private readonly live: LiveEvents,
    private readonly outbox: Outbox,
    @InjectModels() private readonly models: Models,
  ) {}

  async read(roundId: Types.ObjectId): Promise<SpeakersList> {
    const record = await this.load(roundId);
    return toSpeakersList(record ?? { roundId, ...emptySpeakers(), revision: 0 });
  }

  /**
   * `notifications` names the jobs the change causes (from the list before and after it); they
   * are staged with the list's new revision as proof, so a failed write notifies nobody.
   */
  async change(
    roundId: Types.ObjectId,
    transform: (state: SpeakersState) => SpeakersState,
    notifications: (before: SpeakersState, after: SpeakersState) => OutboxJob[] = () => [],
  ): Promise<SpeakersList> {
    const list = await this.lock.run(LockResources.speakers(roundId), async () => {
      const current = await this.load(roundId);
      const before = current ?? emptySpeakers();
      const next = transform(before);
      const _id = current?._id ?? new Types.ObjectId();
      const record = {
        roundId,
        queue: next.queue,
        floor: next.floor,
        lastTurn: next.lastTurn,
        revision: (current?.revision ?? 0) + 1,
      };
      await this.outbox.stage(
        { collection: Collections.speakersLists, id: _id, field: 'revision', value: String(record.revision) },
        notifications(before, next),
      );
      if (current) {
        await this.models.speakersLists.collection.replaceOne({ _id: current._id }, record);
      } else {
        // A plain insert: an upsert would drop the empty queue on FerretDB v1.
        await this.models.speakersLists.collection.insertOne({ _id, ...record });
      }
      return toSpeakersList(record);
    });
    this.outbox.committed();
    await this.live
      .publish(roundId.toHexString(), [{ kind: 'round' }], { type: 'speakers.updated', speakers: list })
      .catch((error: unknown) => this.logger.warn({ err: error, roundId }, 'speakers.updated not published'));
    return list;
  }

  private load(roundId: Types.ObjectId): Promise<SpeakersListRecord | null> {
    return this.models.speakersLists.findOne({ roundId }).lean<SpeakersListRecord>().exec();
  }
}
