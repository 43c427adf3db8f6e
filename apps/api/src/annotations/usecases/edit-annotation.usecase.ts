import { Injectable } from '@nestjs/common';
import { type Annotation, type EditAnnotationRequest, ErrorCode, roundAcceptsInput } from '@concordia/contracts';
import { type AnnotationRecord, LockResources, type Models } from '@concordia/dal';
import { AuditLogService } from '../../audit/audit-log.service';
import type { Principal } from '../../authz/principal';
import { ForbiddenError } from '../../errors/domain-errors';
import { InjectModels } from '../../infra/database.module';
import { WriteLock } from '../../infra/write-lock.service';
import { cleanContent } from '../annotation-content';
import { annotationNotFound, annotationWithdrawn, roundNotOpen } from '../annotation-errors';
import { AnnotationEvents } from '../annotation-events.service';
import { amendmentOf } from '../annotation.mapper';
import { AnnotationReader } from '../annotation-reader.service';
import { type AnnotationContext, AnnotationScope } from '../annotation-scope.service';

export const assertAuthor = (context: AnnotationContext, principal: Principal): void => {
  if (!context.record.authorId.equals(principal.userId)) {
    throw new ForbiddenError('Only the author can change these words', ErrorCode.NotAuthor);
  }
};

/**
 * The author rewrites their annotation while the round is open. Each edit is appended to the
 * revisions (the original text stays on the annotation), so the history is never lost.
 */
@Injectable()
export class EditAnnotationUseCase {
  constructor(
    private readonly scope: AnnotationScope,
    private readonly reader: AnnotationReader,
    private readonly events: AnnotationEvents,
    private readonly audit: AuditLogService,
    private readonly lock: WriteLock,
    @InjectModels() private readonly models: Models,
  ) {}

  async execute(principal: Principal, annotationId: string, request: EditAnnotationRequest): Promise<Annotation> {
    const context = await this.scope.annotation(principal, annotationId, 'annotations.write');
    assertAuthor(context, principal);
    if (!roundAcceptsInput(context.round)) throw roundNotOpen(context.round);
    const { record } = context;
    const amendment = request.amendment === undefined ? amendmentOf(record.amendment) : request.amendment;
    const content = cleanContent(record.kind, request.body, amendment);

    const { before, after } = await this.lock.run(LockResources.annotation(record._id), async () => {
      const current = await this.models.annotations.findById(record._id).lean<AnnotationRecord>().exec();
      if (!current) throw annotationNotFound();
      if (current.status === 'withdrawn') throw annotationWithdrawn();
      const at = new Date();
      await this.models.annotationRevisions.collection.insertOne({
        annotationId: current._id,
        body: content.body,
        amendment: content.amendment,
        at,
      });
      await this.models.annotations
        .updateOne({ _id: current._id }, { $set: { body: content.body, amendment: content.amendment, editedAt: at } })
        .exec();
      return { before: current, after: { ...current, ...content, editedAt: at } };
    });
    const annotation = await this.reader.one(after);
    await this.audit.record({
      actor: principal,
      processId: context.access.processId,
      action: 'annotation.edited',
      targetType: 'annotation',
      targetId: record._id,
      before: { body: before.body, amendment: before.amendment },
      after: { body: after.body, amendment: after.amendment },
      summary: `Annotation edited by its author in round "${context.round.name}"`,
      context: { round: context.round.name },
    });
    await this.events.updated(annotation, after);
    return annotation;
  }
}
