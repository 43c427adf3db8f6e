import { Injectable, Logger } from '@nestjs/common';
import type { Annotation, RoundEvent, StreamEvent } from '@concordia/contracts';
import type { AnnotationRecord, Models, ThreadCarryRecord } from '@concordia/dal';
import { InjectModels } from '../infra/database.module';
import { type Audience, LiveEvents } from '../realtime/live-events.service';
import { audiencesFor } from './annotation-audiences';
import { carriedAnchor } from './annotation.mapper';
import { redactFor } from './annotation-redaction';
import { roundsReading } from './rounds-reading';

/**
 * Tells the round's readers about a change (a creation possibly before its insert is stored, see
 * `announceCreated`), and the readers of the rounds on the later versions its thread was carried
 * into, where it sits there. A failed broadcast is logged rather than turned into an error for a
 * write that succeeded, and readers still get the annotation from the list when they reload.
 */
type Audienced = Pick<
  AnnotationRecord,
  '_id' | 'parentId' | 'processId' | 'roundId' | 'visibility' | 'audienceDelegationId'
>;

/** Another round reading a version the thread was carried into, and the annotation as it sits there. */
interface Elsewhere {
  roundId: string;
  annotation: Annotation;
}

type AnnotationEvent = Extract<
  RoundEvent,
  {
    type:
      | 'annotation.created'
      | 'annotation.updated'
      | 'annotation.hidden'
      | 'annotation.unhidden'
      | 'annotation.retracted';
  }
>;

/** A creation logged while its insert is on its way (see `AnnotationEvents.announceCreated`). */
export interface Announcement {
  /** Sends the logged event to the round's readers as soon as it is logged, and to the rounds it was carried into. */
  send(): Promise<void>;
  /** The insert failed, or was a retry of one stored before: take the logged event back. */
  retract(): Promise<void>;
}

@Injectable()
export class AnnotationEvents {
  private readonly logger = new Logger(AnnotationEvents.name);

  constructor(
    private readonly live: LiveEvents,
    @InjectModels() private readonly models: Models,
  ) {}

  /**
   * Logs the creation of an annotation whose insert has not been stored yet, so that the two
   * round trips (Redis, database) overlap; nothing is sent before `send`, which the creator calls
   * before the insert is stored for a first posting. Readers may thus see it early, hence
   * `retract` when the insert does not store it. If the process dies between the two, the log
   * keeps a creation that a reader would show until its next reload; the order the other way
   * round loses the live event of a stored annotation instead.
   */
  announceCreated(annotation: Annotation, record: Audienced): Announcement {
    const audiences = audiencesFor(record.visibility, record.audienceDelegationId?.toHexString() ?? null);
    const logged = this.live
      .append(annotation.roundId, audiences, { type: 'annotation.created', annotation: redactFor(annotation, null) })
      .catch((error: unknown): StreamEvent[] => {
        this.logger.error({ err: error, annotationId: annotation.id }, 'live event of an annotation not logged');
        return [];
      });
    // A new thread has been carried nowhere yet: only a reply looks its thread up.
    const elsewhere = record.parentId ? this.elsewhere(annotation, record) : Promise.resolve([]);
    let sentElsewhere: Promise<Elsewhere[]> = Promise.resolve([]);
    return {
      send: async () => {
        sentElsewhere = elsewhere.then(async (others) => {
          await Promise.all(
            others.map((other) =>
              this.publish(other.roundId, audiences, { type: 'annotation.created', annotation: other.annotation }),
            ),
          );
          return others;
        });
        this.live.broadcast(await logged);
        await sentElsewhere;
      },
      retract: async () => {
        // After the creation, so that the log holds them in that order.
        const [, others] = await Promise.all([logged, sentElsewhere]);
        const retracted = { type: 'annotation.retracted' as const, annotationId: annotation.id };
        const rounds = [annotation.roundId, ...others.map((other) => other.roundId)];
        await Promise.all(rounds.map((roundId) => this.publish(roundId, audiences, retracted)));
      },
    };
  }

  async updated(annotation: Annotation, record: Audienced): Promise<void> {
    await this.send(annotation, record, 'annotation.updated');
  }

  /**
   * Carried into the version another round reads: that round's readers are sent it as it sits
   * there (its later changes reach them through `threadCarries`, see `elsewhere`).
   */
  async carried(roundId: string, annotation: Annotation, record: Audienced): Promise<void> {
    const audiences = audiencesFor(record.visibility, record.audienceDelegationId?.toHexString() ?? null);
    await this.publish(roundId, audiences, { type: 'annotation.updated', annotation: redactFor(annotation, null) });
  }

  /** The chair hid or unhid it: readers swap the annotation for a placeholder, or back. */
  async moderated(annotation: Annotation, record: Audienced, hidden: boolean): Promise<void> {
    await this.send(annotation, record, hidden ? 'annotation.hidden' : 'annotation.unhidden');
  }

  private async send(
    annotation: Annotation,
    record: Audienced,
    type: 'annotation.updated' | 'annotation.hidden' | 'annotation.unhidden',
  ): Promise<void> {
    const audiences = audiencesFor(record.visibility, record.audienceDelegationId?.toHexString() ?? null);
    const others = this.elsewhere(annotation, record);
    // Streams are shared by many readers: a hidden annotation always travels emptied.
    await this.publish(annotation.roundId, audiences, { type, annotation: redactFor(annotation, null) });
    await Promise.all(
      (await others).map((other) => this.publish(other.roundId, audiences, { type, annotation: other.annotation })),
    );
  }

  private async publish(roundId: string, audiences: readonly Audience[], event: AnnotationEvent): Promise<void> {
    try {
      await this.live.publish(roundId, audiences, event);
    } catch (error) {
      const annotationId = 'annotation' in event ? event.annotation.id : event.annotationId;
      this.logger.error({ err: error, annotationId, roundId }, 'live event of an annotation not published');
    }
  }

  /**
   * The other rounds reading a version the thread was carried into, with the annotation (redacted)
   * as it sits there. An annotation whose thread was never carried costs one `_id` lookup that
   * finds nothing; a carried one, one more read of the process's rounds. Never throws: the write
   * it follows succeeded.
   */
  private async elsewhere(annotation: Annotation, record: Audienced): Promise<Elsewhere[]> {
    try {
      const carry = await this.models.threadCarries
        .findById(record.parentId ?? record._id)
        .lean<ThreadCarryRecord>()
        .exec();
      const anchors = carry ? Object.values(carry.anchors) : [];
      const rounds = await roundsReading(this.models, record.processId, anchors, record.roundId);
      const redacted = redactFor(annotation, null);
      return rounds.map(({ roundId, read }) => ({ roundId, annotation: { ...redacted, anchor: carriedAnchor(read) } }));
    } catch (error) {
      this.logger.error({ err: error, annotationId: annotation.id }, 'rounds the thread was carried into not found');
      return [];
    }
  }
}
