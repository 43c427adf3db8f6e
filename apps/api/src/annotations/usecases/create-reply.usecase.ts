import { Injectable, Logger } from '@nestjs/common';
import { roundAcceptsInput, type CreateReplyRequest } from '@concordia/contracts';
import { AuditLogService } from '../../audit/audit-log.service';
import type { Principal } from '../../authz/principal';
import { annotationNotFound, annotationWithdrawn, roundNotOpen } from '../annotation-errors';
import { AnnotationCreator } from '../annotation-creator.service';
import { AnnotationReader } from '../annotation-reader.service';
import { AnnotationScope } from '../annotation-scope.service';
import { AnnotationWriter } from '../annotation-writer.service';
import { cleanContent } from '../annotation-content';
import { fingerprint } from '../request-fingerprint';
import { ThreadFollows } from '../thread-follows.service';
import { PublishedParagraphsCache } from '../../drafts/published-paragraphs.service';
import type { CreateResult } from './create-annotation.usecase';

/**
 * A reply joins the thread of an annotation: its parent is always the thread's root (threads
 * are flat), and it takes the root's round, anchor and visibility, so it is seen by exactly
 * those who see the root.
 */
@Injectable()
export class CreateReplyUseCase {
  private readonly logger = new Logger(CreateReplyUseCase.name);

  constructor(
    private readonly scope: AnnotationScope,
    private readonly writer: AnnotationWriter,
    private readonly reader: AnnotationReader,
    private readonly creator: AnnotationCreator,
    private readonly audit: AuditLogService,
    private readonly follows: ThreadFollows,
    private readonly paragraphs: PublishedParagraphsCache,
  ) {}

  async execute(principal: Principal, annotationId: string, request: CreateReplyRequest): Promise<CreateResult> {
    const target = await this.scope.annotation(principal, annotationId, 'annotations.write');
    const { access, round } = target;
    const root = target.record.parentId ? await this.scope.findVisible(access, target.record.parentId) : target.record;
    if (!root) throw annotationNotFound();
    const requestHash = fingerprint({ parentId: root._id.toHexString(), body: request.body });
    const refusal = !roundAcceptsInput(round)
      ? roundNotOpen(round)
      : root.status === 'withdrawn'
        ? annotationWithdrawn()
        : null;
    if (refusal) {
      // A retry is answered even if the round closed or the thread was withdrawn since.
      const previous = await this.writer.previous(access, request.clientId, requestHash);
      if (previous) return { annotation: await this.reader.one(previous), created: false };
      throw refusal;
    }
    const { body } = cleanContent('comment', request.body, null);
    const paragraphNumber = await this.paragraphs.numberOf(root.versionId, root.paragraphKey);
    const { annotation, record, created } = await this.creator.create(
      access,
      round,
      root,
      {
        clientId: request.clientId,
        requestHash,
        processId: root.processId,
        roundId: root.roundId,
        draftId: root.draftId,
        versionId: root.versionId,
        parentId: root._id,
        kind: 'comment',
        visibility: root.visibility,
        body,
        amendment: null,
        originalBody: body,
        originalAmendment: null,
        paragraphKey: root.paragraphKey,
        selectors: root.selectors,
      },
      paragraphNumber,
    );
    if (!created) return { annotation, created };
    await Promise.all([
      // Replying follows the thread, so later replies notify this author too. The reply is
      // stored already: without Redis (the follow's lock) it still succeeds, unfollowed.
      this.follows
        .follow(root, principal.userId)
        .catch((error: unknown) => this.logger.warn({ err: error, threadId: root._id }, 'replier not made a follower')),
      this.audit.record({
        actor: principal,
        processId: access.processId,
        action: 'annotation.replied',
        targetType: 'annotation',
        targetId: record._id,
        after: { parentId: root._id.toHexString(), visibility: record.visibility },
        summary: `Reply in a thread on paragraph ${paragraphNumber ?? root.paragraphKey} in round "${round.name}"`,
        context: { round: round.name, paragraphs: [paragraphNumber ?? root.paragraphKey] },
      }),
    ]);
    return { annotation, created };
  }
}
