import { Injectable, Logger } from '@nestjs/common';
import type { Annotation } from '@concordia/contracts';
import type { AnnotationRecord } from '@concordia/dal';
import { LiveEvents } from '../realtime/live-events.service';
import { audiencesFor } from './annotation-audiences';
import { redactFor } from './annotation-redaction';

/**
 * Tells the round's readers about a stored change. The change is already saved when this runs:
 * a failed broadcast is logged rather than turned into an error for a write that succeeded, and
 * readers still get the annotation from the list when they reload.
 */
type Audienced = Pick<AnnotationRecord, 'visibility' | 'audienceDelegationId'>;

@Injectable()
export class AnnotationEvents {
  private readonly logger = new Logger(AnnotationEvents.name);

  constructor(private readonly live: LiveEvents) {}

  async created(annotation: Annotation, record: Audienced): Promise<void> {
    await this.send(annotation, record, 'annotation.created');
  }

  async updated(annotation: Annotation, record: Audienced): Promise<void> {
    await this.send(annotation, record, 'annotation.updated');
  }

  /** The chair hid or unhid it: readers swap the annotation for a placeholder, or back. */
  async moderated(annotation: Annotation, record: Audienced, hidden: boolean): Promise<void> {
    await this.send(annotation, record, hidden ? 'annotation.hidden' : 'annotation.unhidden');
  }

  private async send(
    annotation: Annotation,
    record: Audienced,
    type: 'annotation.created' | 'annotation.updated' | 'annotation.hidden' | 'annotation.unhidden',
  ): Promise<void> {
    const audiences = audiencesFor(record.visibility, record.audienceDelegationId?.toHexString() ?? null);
    try {
      // Streams are shared by many readers: a hidden annotation always travels emptied.
      await this.live.publish(annotation.roundId, audiences, { type, annotation: redactFor(annotation, null) });
    } catch (error) {
      this.logger.error({ err: error, annotationId: annotation.id }, 'live event of an annotation not published');
    }
  }
}
