import { Injectable } from '@nestjs/common';
import { type Annotation, ErrorCode, type HideAnnotationRequest } from '@concordia/contracts';
import { isDuplicateKeyError, LockResources, type Models } from '@concordia/dal';
import { Types } from 'mongoose';
import { AuditLogService } from '../../audit/audit-log.service';
import type { Principal } from '../../authz/principal';
import { ConflictError } from '../../errors/domain-errors';
import { InjectModels } from '../../infra/database.module';
import { WriteLock } from '../../infra/write-lock.service';
import { assertRoundChair } from '../../rounds/chair-rules';
import { AnnotationEvents } from '../annotation-events.service';
import { AnnotationReader } from '../annotation-reader.service';
import { redactFor } from '../annotation-redaction';
import { AnnotationScope } from '../annotation-scope.service';

/**
 * The round's chair hides an abusive annotation with a reason, or shows it again. The author
 * keeps reading their words and the reason; everyone else gets a placeholder in every list and
 * live event. Both acts are in the audit log, with the reason.
 */
@Injectable()
export class ModerateAnnotationUseCase {
  constructor(
    private readonly scope: AnnotationScope,
    private readonly reader: AnnotationReader,
    private readonly events: AnnotationEvents,
    private readonly lock: WriteLock,
    private readonly audit: AuditLogService,
    @InjectModels() private readonly models: Models,
  ) {}

  async hide(principal: Principal, annotationId: string, request: HideAnnotationRequest): Promise<Annotation> {
    const { access, round, record } = await this.scope.annotation(principal, annotationId, 'annotations.moderate');
    assertRoundChair(round, principal);
    await this.lock.run(LockResources.moderation(record._id), async () => {
      const already = await this.models.annotationModerations.exists({ annotationId: record._id }).exec();
      if (already) throw alreadyHidden();
      try {
        await this.models.annotationModerations.collection.insertOne({
          annotationId: record._id,
          roundId: record.roundId,
          processId: record.processId,
          reason: request.reason,
          byUserId: new Types.ObjectId(principal.userId),
          byName: principal.name,
          at: new Date(),
        });
      } catch (error) {
        throw isDuplicateKeyError(error) ? alreadyHidden() : error;
      }
    });
    await this.audit.record({
      actor: principal,
      processId: access.processId,
      action: 'annotation.hidden',
      targetType: 'annotation',
      targetId: record._id,
      before: { hidden: false },
      after: { hidden: true, reason: request.reason },
      summary: `Annotation by ${record.authorName} hidden by the chair in round "${round.name}"`,
      context: { round: round.name, person: record.authorName },
    });
    const annotation = await this.reader.one(record);
    await this.events.moderated(annotation, record, true);
    return redactFor(annotation, principal.userId, { seesReason: true });
  }

  async unhide(principal: Principal, annotationId: string): Promise<Annotation> {
    const { access, round, record } = await this.scope.annotation(principal, annotationId, 'annotations.moderate');
    assertRoundChair(round, principal);
    const reason = await this.lock.run(LockResources.moderation(record._id), async () => {
      const current = await this.models.annotationModerations
        .findOne({ annotationId: record._id })
        .lean<{ reason: string }>()
        .exec();
      if (!current) throw new ConflictError(ErrorCode.AnnotationNotHidden, 'This annotation is not hidden');
      await this.models.annotationModerations.deleteOne({ annotationId: record._id }).exec();
      // The hiding leaves no trace once deleted: this dated record tells returning readers.
      await this.models.annotationRestorations.collection.insertOne({
        annotationId: record._id,
        roundId: record.roundId,
        byUserId: new Types.ObjectId(principal.userId),
        at: new Date(),
      });
      return current.reason;
    });
    await this.audit.record({
      actor: principal,
      processId: access.processId,
      action: 'annotation.unhidden',
      targetType: 'annotation',
      targetId: record._id,
      before: { hidden: true, reason },
      after: { hidden: false },
      summary: `Annotation by ${record.authorName} shown again by the chair in round "${round.name}"`,
      context: { round: round.name, person: record.authorName },
    });
    const annotation = await this.reader.one(record);
    await this.events.moderated(annotation, record, false);
    return annotation;
  }
}

const alreadyHidden = () => new ConflictError(ErrorCode.AnnotationAlreadyHidden, 'This annotation is already hidden');
