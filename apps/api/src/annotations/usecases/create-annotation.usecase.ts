import { Injectable } from '@nestjs/common';
import {
  type Annotation,
  type CreateAnnotationRequest,
  ErrorCode,
  FieldIssueCode,
  roundAcceptsInput,
} from '@concordia/contracts';
import { selectorsMatch } from '@concordia/anchoring';
import { AuditLogService } from '../../audit/audit-log.service';
import type { Principal } from '../../authz/principal';
import { PublishedParagraphsCache } from '../../drafts/published-paragraphs.service';
import { BadRequestError, NotFoundError } from '../../errors/domain-errors';
import { cleanContent } from '../annotation-content';
import { roundNotOpen } from '../annotation-errors';
import { AnnotationCreator } from '../annotation-creator.service';
import { AnnotationReader } from '../annotation-reader.service';
import { AnnotationScope } from '../annotation-scope.service';
import { AnnotationWriter } from '../annotation-writer.service';
import { fingerprint } from '../request-fingerprint';

export interface CreateResult {
  annotation: Annotation;
  created: boolean;
}

/**
 * A participant annotates a paragraph (or a span of it) of the round's version. This is the
 * write every delegate makes all day, so it is kept to few round trips (measured in
 * bench/README.md): access, then the insert with its live event logged beside it, then the
 * audit entry once readers have been sent the event.
 */
@Injectable()
export class CreateAnnotationUseCase {
  constructor(
    private readonly scope: AnnotationScope,
    private readonly writer: AnnotationWriter,
    private readonly reader: AnnotationReader,
    private readonly creator: AnnotationCreator,
    private readonly audit: AuditLogService,
    private readonly paragraphs: PublishedParagraphsCache,
  ) {}

  async execute(principal: Principal, request: CreateAnnotationRequest): Promise<CreateResult> {
    const { access, round } = await this.scope.round(principal, request.roundId, 'annotations.write');
    const { clientId, ...content } = request;
    const requestHash = fingerprint({ parentId: null, ...content });
    if (!roundAcceptsInput(round)) {
      // A retry is answered even if the round has closed since the first attempt.
      const previous = await this.writer.previous(access, clientId, requestHash);
      if (previous) return { annotation: await this.reader.one(previous), created: false };
      throw roundNotOpen(round);
    }
    const version = await this.paragraphs.get(round.versionId);
    const paragraph = version?.byKey.get(request.paragraphKey);
    if (!version || !paragraph) {
      throw new NotFoundError(
        `The round's version has no paragraph ${request.paragraphKey}`,
        ErrorCode.ParagraphNotFound,
      );
    }
    if (request.selectors && !selectorsMatch(paragraph.text, request.selectors)) {
      throw new BadRequestError(ErrorCode.SelectorMismatch, 'The selected span does not match the paragraph text', [
        {
          path: 'selectors',
          code: ErrorCode.SelectorMismatch,
          message: 'must quote the paragraph text at the given position',
        },
      ]);
    }
    if (request.visibility === 'delegation' && !access.membership?.delegationId) {
      throw new BadRequestError(ErrorCode.DelegationRequired, 'Only a delegation can keep an internal note', [
        { path: 'visibility', code: FieldIssueCode.DelegationOnly, message: 'delegation needs a delegation' },
      ]);
    }
    const { body, amendment } = cleanContent(request.kind, request.body, request.amendment);
    // Inserted without a lookup first: the unique (author, clientId) index tells a retry apart.
    const { annotation, record, created } = await this.creator.create(
      access,
      round,
      null,
      {
        clientId,
        requestHash,
        processId: round.processId,
        roundId: round._id,
        draftId: version.draftId,
        versionId: version.versionId,
        parentId: null,
        kind: request.kind,
        visibility: request.visibility,
        body,
        amendment,
        originalBody: body,
        originalAmendment: amendment,
        paragraphKey: paragraph.key,
        selectors: request.selectors,
      },
      paragraph.number,
    );
    if (!created) return { annotation, created };
    await this.audit.record({
      actor: principal,
      processId: access.processId,
      action: 'annotation.created',
      targetType: 'annotation',
      targetId: record._id,
      after: {
        roundId: annotation.roundId,
        paragraphKey: paragraph.key,
        kind: record.kind,
        visibility: record.visibility,
      },
      summary: `${record.kind} on paragraph ${paragraph.number} in round "${round.name}"`,
      context: { round: round.name, paragraphs: [paragraph.number] },
    });
    return { annotation, created };
  }
}
