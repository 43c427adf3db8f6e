import { Injectable, Logger } from '@nestjs/common';
import type { Annotation, StreamEvent } from '@concordia/contracts';
import type { AnnotationRecord } from '@concordia/dal';
import { LiveEvents } from '../realtime/live-events.service';
import { audiencesFor } from './annotation-audiences';
import { redactFor } from './annotation-redaction';

/**
 * Tells the round's readers about a change (a creation possibly before its insert is stored, see
 * `announceCreated`). A failed broadcast is logged rather than turned into an error for a write
 * that succeeded, and readers still get the annotation from the list when they reload.
 */
type Audienced = Pick<AnnotationRecord, 'visibility' | 'audienceDelegationId'>;

/** A creation logged while its insert is on its way (see `AnnotationEvents.announceCreated`). */
export interface Announcement {
  /** Sends the logged event to the round's readers as soon as it is logged. */
  send(): Promise<void>;
  /** The insert failed, or was a retry of one stored before: take the logged event back. */
  retract(): Promise<void>;
}

@Injectable()
export class AnnotationEvents {
  private readonly logger = new Logger(AnnotationEvents.name);

  constructor(private readonly live: LiveEvents) {}

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
    return {
      send: async () => this.live.broadcast(await logged),
      retract: async () => {
        // After the creation, so that the log holds them in that order.
        await logged;
        try {
          await this.live.publish(annotation.roundId, audiences, {
            type: 'annotation.retracted',
            annotationId: annotation.id,
          });
        } catch (error) {
          this.logger.error({ err: error, annotationId: annotation.id }, 'announced annotation not retracted');
        }
      },
    };
  }

  async updated(annotation: Annotation, record: Audienced): Promise<void> {
    await this.send(annotation, record, 'annotation.updated');
  }

  /**
   * Carried into the version another round reads: that round's readers are sent it as it sits
   * there (the annotation's own round publishes its other changes).
   */
  async carried(roundId: string, annotation: Annotation, record: Audienced): Promise<void> {
    await this.send(annotation, record, 'annotation.updated', roundId);
  }

  /** The chair hid or unhid it: readers swap the annotation for a placeholder, or back. */
  async moderated(annotation: Annotation, record: Audienced, hidden: boolean): Promise<void> {
    await this.send(annotation, record, hidden ? 'annotation.hidden' : 'annotation.unhidden');
  }

  private async send(
    annotation: Annotation,
    record: Audienced,
    type: 'annotation.updated' | 'annotation.hidden' | 'annotation.unhidden',
    roundId = annotation.roundId,
  ): Promise<void> {
    const audiences = audiencesFor(record.visibility, record.audienceDelegationId?.toHexString() ?? null);
    try {
      // Streams are shared by many readers: a hidden annotation always travels emptied.
      await this.live.publish(roundId, audiences, { type, annotation: redactFor(annotation, null) });
    } catch (error) {
      this.logger.error({ err: error, annotationId: annotation.id }, 'live event of an annotation not published');
    }
  }
}
