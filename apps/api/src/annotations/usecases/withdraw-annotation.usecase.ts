import { Injectable } from '@nestjs/common';
import { roundAcceptsInput, type Annotation } from '@concordia/contracts';
import { type AnnotationRecord, LockResources, type Models } from '@concordia/dal';
import { AuditLogService } from '../../audit/audit-log.service';
import type { Principal } from '../../authz/principal';
import { InjectModels } from '../../infra/database.module';
import { WriteLock } from '../../infra/write-lock.service';
import { annotationNotFound, roundNotOpen } from '../annotation-errors';
import { AnnotationEvents } from '../annotation-events.service';
import { AnnotationReader } from '../annotation-reader.service';
import { AnnotationScope } from '../annotation-scope.service';
import { assertAuthor } from './edit-annotation.usecase';

/**
 * The author withdraws their annotation: it stays, text and all, marked withdrawn (nobody
 * deletes words once said). Withdrawing twice answers with the withdrawn annotation.
 */
@Injectable()
export class WithdrawAnnotationUseCase {
  constructor(
    private readonly scope: AnnotationScope,
    private readonly reader: AnnotationReader,
    private readonly events: AnnotationEvents,
    private readonly audit: AuditLogService,
    private readonly lock: WriteLock,
    @InjectModels() private readonly models: Models,
  ) {}

  async execute(principal: Principal, annotationId: string): Promise<Annotation> {
    const context = await this.scope.annotation(principal, annotationId, 'annotations.write');
    assertAuthor(context, principal);
    if (context.record.status === 'withdrawn') return this.reader.one(context.record);
    if (!roundAcceptsInput(context.round)) throw roundNotOpen(context.round);
    const { record, changed } = await this.lock.run(LockResources.annotation(context.record._id), async () => {
      const current = await this.models.annotations.findById(context.record._id).lean<AnnotationRecord>().exec();
      if (!current) throw annotationNotFound();
      if (current.status === 'withdrawn') return { record: current, changed: false };
      // Its time, for readers whose last visit came before: "withdrawn since your last visit".
      const withdrawnAt = new Date();
      await this.models.annotations
        .updateOne({ _id: current._id }, { $set: { status: 'withdrawn', withdrawnAt } })
        .exec();
      return { record: { ...current, status: 'withdrawn' as const, withdrawnAt }, changed: true };
    });
    const annotation = await this.reader.one(record);
    if (!changed) return annotation;
    await this.audit.record({
      actor: principal,
      processId: context.access.processId,
      action: 'annotation.withdrawn',
      targetType: 'annotation',
      targetId: record._id,
      before: { status: 'open' },
      after: { status: 'withdrawn' },
      summary: `Annotation withdrawn by its author in round "${context.round.name}"`,
      context: { round: context.round.name },
    });
    await this.events.updated(annotation, record);
    return annotation;
  }
}
