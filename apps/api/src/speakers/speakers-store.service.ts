import { Injectable, Logger } from '@nestjs/common';
import type { SpeakersList } from '@concordia/contracts';
import {
  Collections,
  isDuplicateKeyError,
  LockResources,
  type Models,
  type SpeakersListRecord,
  type SpeakerTurnLogRecord,
} from '@concordia/dal';
import { Types } from 'mongoose';
import { InjectModels } from '../infra/database.module';
import { WriteLock } from '../infra/write-lock.service';
import { Outbox, type OutboxJob } from '../notifications/outbox.service';
import { LiveEvents } from '../realtime/live-events.service';
import { toSpeakersList } from './speakers.mapper';
import { emptySpeakers, endedTurn, type SpeakersState } from './speakers-rules';

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

  /** The round's finished turns, oldest first. */
  turns(roundId: Types.ObjectId): Promise<SpeakerTurnLogRecord[]> {
    return this.models.speakerTurns.find({ roundId }).sort({ givenAt: 1 }).lean<SpeakerTurnLogRecord[]>().exec();
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
      const before = current
        ? { ...current, speakingTimeMinutes: current.speakingTimeMinutes ?? null }
        : emptySpeakers();
      const next = transform(before);
      const _id = current?._id ?? new Types.ObjectId();
      const record = {
        roundId,
        queue: next.queue,
        floor: next.floor,
        lastTurn: next.lastTurn,
        speakingTimeMinutes: next.speakingTimeMinutes,
        revision: (current?.revision ?? 0) + 1,
      };
      // Before the list: a turn is on the record once it left the floor, even if the list write fails.
      const ended = endedTurn(before, next);
      if (ended) await this.recordTurn(roundId, ended, next.speakingTimeMinutes);
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

  /**
   * Append-only, one per request (its id is unique): a change retried after a failed list write
   * ends the same turn again, and then its record takes the later end.
   */
  private async recordTurn(
    roundId: Types.ObjectId,
    turn: NonNullable<ReturnType<typeof endedTurn>>,
    speakingTimeMinutes: number | null,
  ): Promise<void> {
    const record: Omit<SpeakerTurnLogRecord, '_id'> = {
      roundId,
      entryId: turn.id,
      delegationId: turn.delegationId,
      delegationName: turn.delegationName,
      paragraphKey: turn.paragraphKey,
      givenAt: turn.givenAt,
      endedAt: turn.endedAt,
      speakingTimeMinutes,
      givenBy: turn.givenBy ?? null,
      endedBy: turn.endedBy ?? null,
    };
    try {
      await this.models.speakerTurns.collection.insertOne({ _id: new Types.ObjectId(), ...record });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      await this.models.speakerTurns.collection.replaceOne({ entryId: turn.id }, record);
    }
  }

  private load(roundId: Types.ObjectId): Promise<SpeakersListRecord | null> {
    return this.models.speakersLists.findOne({ roundId }).lean<SpeakersListRecord>().exec();
  }
}
