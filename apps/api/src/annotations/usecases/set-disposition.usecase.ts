import { Injectable } from '@nestjs/common';
import { type Annotation, ErrorCode, type SetDispositionRequest, takesDisposition } from '@concordia/contracts';
import { Collections, type Models } from '@concordia/dal';
import { Types } from 'mongoose';
import { AuditLogService } from '../../audit/audit-log.service';
import type { Principal } from '../../authz/principal';
import { BadRequestError } from '../../errors/domain-errors';
import { InjectModels } from '../../infra/database.module';
import { AnnotationEvents } from '../annotation-events.service';
import { AnnotationReader } from '../annotation-reader.service';
import { AnnotationScope } from '../annotation-scope.service';
import { redactFor } from '../annotation-redaction';
import { notify, Outbox } from '../../notifications/outbox.service';
import { PublishedParagraphsCache } from '../../drafts/published-paragraphs.service';
import { threadNoticeFields } from '../annotation-notifications';

/**
 * The secretariat records what became of a comment or amendment, with a reason its authors
 * read. Appended, never overwritten: the latest decision counts and earlier ones stay on file.
 */
@Injectable()
export class SetDispositionUseCase {
  constructor(
    private readonly scope: AnnotationScope,
    private readonly reader: AnnotationReader,
    private readonly events: AnnotationEvents,
    private readonly audit: AuditLogService,
    private readonly outbox: Outbox,
    @InjectModels() private readonly models: Models,
    private readonly paragraphs: PublishedParagraphsCache,
  ) {}

  async execute(principal: Principal, annotationId: string, request: SetDispositionRequest): Promise<Annotation> {
    const { access, round, record } = await this.scope.annotation(principal, annotationId, 'annotations.dispose');
    if (record.parentId) {
      throw new BadRequestError(ErrorCode.OperationInvalid, 'A disposition is recorded on the thread, not on a reply');
    }
    if (!takesDisposition(record.kind)) {
      throw new BadRequestError(
        ErrorCode.NoDispositionForKind,
        `Only comments and amendments take a disposition; this ${record.kind} is answered in its thread`,
      );
    }
    const before = (await this.reader.one(record)).disposition;
    const by = await this.models.users.findById(principal.userId, { name: 1 }).lean<{ name: string }>().exec();
    const dispositionId = new Types.ObjectId();
    await this.outbox.stage({ collection: Collections.annotationDispositions, id: dispositionId }, [
      notify('disposition', {
        type: 'annotation.disposition',
        ...threadNoticeFields({
          record,
          round,
          process: access.process,
          paragraphNumber: await this.paragraphs.numberOf(record.versionId, record.paragraphKey),
          actor: { userId: principal.userId, name: by?.name ?? null },
        }),
        value: request.value,
        reason: request.reason,
      }),
    ]);
    await this.models.annotationDispositions.collection.insertOne({
      _id: dispositionId,
      annotationId: record._id,
      processId: record.processId,
      value: request.value,
      reason: request.reason,
      byUserId: new Types.ObjectId(principal.userId),
      byName: by?.name ?? 'unknown user',
      at: new Date(),
    });
    this.outbox.committed();
    const annotation = await this.reader.one(record);
    await this.audit.record({
      actor: principal,
      processId: access.processId,
      action: 'annotation.disposition_set',
      targetType: 'annotation',
      targetId: record._id,
      before: before ? { value: before.value, reason: before.reason } : null,
      after: { value: request.value, reason: request.reason },
      summary: `Disposition "${request.value.replace(/_/g, ' ')}" recorded in round "${round.name}"`,
      context: { round: round.name },
    });
    await this.events.updated(annotation, record);
    return redactFor(annotation, principal.userId);
  }
}
