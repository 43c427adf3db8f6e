import { Injectable } from '@nestjs/common';
import type { Annotation } from '@concordia/contracts';
import type { AnnotationRecord, RoundRecord } from '@concordia/dal';
import { AccessSpeculation } from '../auth/access-speculation.service';
import type { ProcessAccess } from '../authz/process-access.service';
import { Outbox } from '../notifications/outbox.service';
import { annotationProof, newAnnotationEvents } from './annotation-notifications';
import { AnnotationEvents } from './annotation-events.service';
import { AnnotationReader } from './annotation-reader.service';
import { AnnotationWriter, type Inserted, type NewAnnotation, type ThreadRoot } from './annotation-writer.service';
import { ClientIdSightings } from './client-id-sightings.service';

export interface Created {
  annotation: Annotation;
  record: AnnotationRecord;
  /** false when this was a retry answered with the annotation created the first time. */
  created: boolean;
}

/**
 * Stores a new annotation or reply with the record of its notifications, and tells the round's
 * readers. This is the write every delegate makes all day: its live event is logged in Redis and
 * sent while the insert is on its way to the database, so readers do not wait for the slower
 * round trip (bench/README.md, live delivery). An insert that fails, or turns out to be a retry,
 * is followed by `annotation.retracted`; readers then drop what they were shown.
 */
@Injectable()
export class AnnotationCreator {
  constructor(
    private readonly writer: AnnotationWriter,
    private readonly reader: AnnotationReader,
    private readonly events: AnnotationEvents,
    private readonly outbox: Outbox,
    private readonly speculation: AccessSpeculation,
    private readonly sightings: ClientIdSightings,
  ) {}

  async create(
    access: ProcessAccess,
    round: RoundRecord,
    root: ThreadRoot,
    fields: NewAnnotation,
    paragraphNumber: string | null,
  ): Promise<Created> {
    const document = await this.writer.prepare(access, round, root, fields);
    // The first write of the request: access read on the last known counters is confirmed first.
    await this.speculation.confirmBeforeWriting(access.principal);
    // The outbox record is written first, so the annotation never exists without it.
    const staged = await this.outbox.stage(
      annotationProof(document),
      newAnnotationEvents(document, round, access.process, paragraphNumber),
    );
    const annotation = this.reader.fresh(document);
    const firstPosting = this.sightings.first(document.authorId.toHexString(), document.clientId);
    const announcement = this.events.announceCreated(annotation, document);
    // A first posting is sent to the round as soon as it is logged, while its insert is on its
    // way; a retry only once the insert tells whether it is new (the answer always waits for it).
    const sentEarly = firstPosting.then(async (first) => {
      if (first) await announcement.send();
      return first;
    });
    let stored: Inserted;
    try {
      stored = await this.writer.store(access, document);
    } catch (error) {
      await sentEarly;
      await announcement.retract();
      throw error;
    }
    if (!stored.created) {
      await sentEarly;
      const [first] = await Promise.all([this.reader.one(stored.record), announcement.retract()]);
      return { annotation: first, record: stored.record, created: false };
    }
    // A plain comment notifies nobody: no relay pass (a scan of the outbox) for it.
    if (staged) this.outbox.committed();
    if (!(await sentEarly)) await announcement.send();
    return { annotation, record: document, created: true };
  }
}
