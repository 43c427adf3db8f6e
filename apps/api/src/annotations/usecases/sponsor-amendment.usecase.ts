import { Injectable } from '@nestjs/common';
import { type Annotation, type AuditAction, ErrorCode, roundAcceptsInput } from '@concordia/contracts';
import {
  type AnnotationSponsorRecord,
  Collections,
  type DelegationRecord,
  isDuplicateKeyError,
  type Models,
} from '@concordia/dal';
import { Types } from 'mongoose';
import { AuditLogService } from '../../audit/audit-log.service';
import type { Principal } from '../../authz/principal';
import { BadRequestError, ConflictError, ForbiddenError } from '../../errors/domain-errors';
import { InjectModels } from '../../infra/database.module';
import { annotationWithdrawn, roundNotOpen } from '../annotation-errors';
import { AnnotationEvents } from '../annotation-events.service';
import { AnnotationReader } from '../annotation-reader.service';
import { type AnnotationContext, AnnotationScope } from '../annotation-scope.service';
import { redactFor } from '../annotation-redaction';
import { notify, Outbox } from '../../notifications/outbox.service';
import { PublishedParagraphsCache } from '../../drafts/published-paragraphs.service';
import { threadNoticeFields } from '../annotation-notifications';

/**
 * The head of another delegation co-sponsors an open amendment, or withdraws that support.
 * Each sponsorship is its own document (unique per amendment and delegation), so concurrent
 * sponsors never rewrite the amendment and a double click is a clean ALREADY_SPONSOR.
 */
@Injectable()
export class SponsorAmendmentUseCase {
  constructor(
    private readonly scope: AnnotationScope,
    private readonly reader: AnnotationReader,
    private readonly events: AnnotationEvents,
    private readonly audit: AuditLogService,
    private readonly outbox: Outbox,
    @InjectModels() private readonly models: Models,
    private readonly paragraphs: PublishedParagraphsCache,
  ) {}

  async sponsor(principal: Principal, annotationId: string): Promise<Annotation> {
    const { context, delegationId } = await this.check(principal, annotationId);
    const { record } = context;
    if (record.delegationId?.equals(delegationId)) {
      throw new ForbiddenError('A delegation does not co-sponsor its own amendment');
    }
    const delegation = await this.models.delegations.findById(delegationId).lean<DelegationRecord>().exec();
    const sponsorshipId = new Types.ObjectId();
    await this.outbox.stage({ collection: Collections.annotationSponsors, id: sponsorshipId }, [
      notify('sponsored', {
        ...(await this.onAmendment(principal, context)),
        type: 'amendment.sponsored',
        delegationName: delegation?.name ?? 'unknown delegation',
      }),
    ]);
    try {
      await this.models.annotationSponsors.collection.insertOne({
        _id: sponsorshipId,
        annotationId: record._id,
        processId: record.processId,
        delegationId,
        delegationName: delegation?.name ?? 'unknown delegation',
        userId: new Types.ObjectId(principal.userId),
        at: new Date(),
      });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      throw new ConflictError(ErrorCode.AlreadySponsor, 'Your delegation already co-sponsors this amendment');
    }
    this.outbox.committed();
    return this.after(
      principal,
      context,
      'annotation.sponsored',
      `${delegation?.name ?? 'A delegation'} co-sponsors`,
      delegation?.name,
    );
  }

  async withdrawSupport(principal: Principal, annotationId: string): Promise<Annotation> {
    const { context, delegationId } = await this.check(principal, annotationId);
    const { record } = context;
    const notSponsor = () =>
      new ConflictError(ErrorCode.NotSponsor, 'Your delegation does not co-sponsor this amendment');
    const sponsorship = await this.models.annotationSponsors
      .findOne({ annotationId: record._id, delegationId })
      .lean<AnnotationSponsorRecord>()
      .exec();
    if (!sponsorship) throw notSponsor();
    // A deletion leaves no document to prove it happened: the withdrawal's audit entry, written
    // only once the sponsorship is gone, is the proof. A double click deletes nothing the second
    // time and writes no entry, so the author hears of the withdrawal once.
    const auditId = new Types.ObjectId();
    await this.outbox.stage({ collection: Collections.auditLog, id: auditId }, [
      notify('sponsor-withdrawn', {
        ...(await this.onAmendment(principal, context)),
        type: 'amendment.sponsor_withdrawn',
        delegationName: sponsorship.delegationName,
      }),
    ]);
    const result = await this.models.annotationSponsors.deleteOne({ _id: sponsorship._id }).exec();
    if (result.deletedCount === 0) throw notSponsor();
    const annotation = await this.after(
      principal,
      context,
      'annotation.sponsor_withdrawn',
      'Co-sponsorship withdrawn',
      sponsorship.delegationName,
      auditId,
    );
    this.outbox.committed();
    return annotation;
  }

  /** What a notification about the amendment says of it: where it is, and who acted. */
  private async onAmendment(principal: Principal, { access, round, record }: AnnotationContext) {
    return threadNoticeFields({
      record,
      round,
      process: access.process,
      paragraphNumber: await this.paragraphs.numberOf(record.versionId, record.paragraphKey),
      actor: { userId: principal.userId, name: null },
    });
  }

  private async check(
    principal: Principal,
    annotationId: string,
  ): Promise<{ context: AnnotationContext; delegationId: Types.ObjectId }> {
    const context = await this.scope.annotation(principal, annotationId, 'annotations.sponsor');
    const delegationId = context.access.membership?.delegationId;
    if (!delegationId) throw new ForbiddenError('Only the head of a delegation co-sponsors');
    if (context.record.kind !== 'amendment' || context.record.parentId) {
      throw new BadRequestError(ErrorCode.AmendmentRequired, 'Only amendments have sponsors');
    }
    if (context.record.status === 'withdrawn') throw annotationWithdrawn();
    if (!roundAcceptsInput(context.round)) throw roundNotOpen(context.round);
    return { context, delegationId };
  }

  private async after(
    principal: Principal,
    context: AnnotationContext,
    action: AuditAction,
    summary: string,
    delegation?: string,
    auditId?: Types.ObjectId,
  ): Promise<Annotation> {
    const annotation = await this.reader.one(context.record);
    await this.audit.record({
      actor: principal,
      processId: context.access.processId,
      action,
      targetType: 'annotation',
      targetId: context.record._id,
      after: { sponsors: annotation.sponsors.map((s) => s.delegationId) },
      summary: `${summary} an amendment in round "${context.round.name}"`,
      context: { round: context.round.name, ...(delegation ? { delegation } : {}) },
      ...(auditId ? { id: auditId } : {}),
    });
    await this.events.updated(annotation, context.record);
    return redactFor(annotation, principal.userId);
  }
}
