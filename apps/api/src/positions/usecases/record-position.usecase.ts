import { Injectable, Logger } from '@nestjs/common';
import {
  ErrorCode,
  FieldIssueCode,
  type KnownFieldIssue,
  type Position,
  type RecordPositionRequest,
  roundAcceptsInput,
} from '@concordia/contracts';
import {
  type AnnotationRecord,
  type DelegationRecord,
  type DraftVersionRecord,
  LockResources,
  type Models,
  type PositionRecord,
  type RoundRecord,
} from '@concordia/dal';
import { Types } from 'mongoose';
import { viewerOf, visibilityFilter } from '../../annotations/annotation-visibility';
import { AuditLogService } from '../../audit/audit-log.service';
import type { ProcessAccess } from '../../authz/process-access.service';
import type { Principal } from '../../authz/principal';
import { BadRequestError, NotFoundError } from '../../errors/domain-errors';
import { InjectModels } from '../../infra/database.module';
import { WriteLock } from '../../infra/write-lock.service';
import { LiveEvents } from '../../realtime/live-events.service';
import { RoundScope } from '../../rounds/round-scope.service';
import { delegationNotInRound, notOwnDelegation, positionsClosed } from '../position-errors';
import { toPosition } from '../position.mapper';
import { PositionParagraphs } from '../position-paragraphs.service';
import { PositionRows } from '../position-rows.service';
import { positionAudiences } from '../position-visibility';

/**
 * A row's turn is a few small writes; only saves of the same delegation share it (a head saving
 * from two tabs, or twice in a hurry), so waiting longer than the default costs nobody else.
 */
const ROW_WAIT_MS = 20_000;

/**
 * A head of delegation records their delegation's position on a paragraph of an open round.
 * The record is appended to the log and to the delegation's row under the row's write lock: the
 * lock orders concurrent changes of a cell, so the one with the highest seq is the one the row
 * holds (FerretDB would otherwise lose one of two concurrent row updates). Then it is added to
 * its paragraph's document, shared by every delegation, which keeps each delegation's records in
 * seq order and writes concurrent saves together (PositionParagraphs.add), so delegations saving
 * at once never queue behind each other, and the row's lock is not held meanwhile.
 */
@Injectable()
export class RecordPositionUseCase {
  private readonly logger = new Logger(RecordPositionUseCase.name);

  constructor(
    private readonly rounds: RoundScope,
    private readonly lock: WriteLock,
    private readonly live: LiveEvents,
    private readonly audit: AuditLogService,
    private readonly rows: PositionRows,
    private readonly paragraphs: PositionParagraphs,
    @InjectModels() private readonly models: Models,
  ) {}

  async execute(principal: Principal, roundId: string, request: RecordPositionRequest): Promise<Position> {
    const { access, round } = await this.rounds.resolve(principal, roundId, 'positions.record');
    const delegationId = access.membership?.delegationId;
    if (!delegationId || delegationId.toHexString() !== request.delegationId) throw notOwnDelegation();
    if (!round.delegationIds.some((d) => d.equals(delegationId))) throw delegationNotInRound();
    if (!roundAcceptsInput(round)) throw positionsClosed(round);
    const paragraph = await this.paragraph(round, request.paragraphKey);
    const amendmentIds = await this.checkAmendments(access, round, request);

    const record = await this.lock.run(
      LockResources.positionRow(round._id, delegationId),
      () => this.append(round, delegationId, principal, paragraph.key, { ...request, amendmentIds }),
      ROW_WAIT_MS,
    );
    await this.paragraphs.add(record);
    const delegation = await this.models.delegations
      .findById(delegationId)
      .select({ code: 1, name: 1 })
      .lean<Pick<DelegationRecord, 'code' | 'name'>>()
      .exec();
    const position = toPosition(record, delegation ?? undefined);
    await this.audit.record({
      actor: principal,
      processId: access.processId,
      action: 'position.recorded',
      targetType: 'position',
      targetId: record._id,
      after: { roundId, paragraphKey: paragraph.key, delegationId: request.delegationId, value: record.value },
      summary: `${delegation?.code ?? 'A delegation'}: ${record.value} on paragraph ${paragraph.number} in round "${round.name}"`,
      context: {
        round: round.name,
        paragraphs: [paragraph.number],
        ...(delegation ? { delegation: delegation.code } : {}),
      },
    });
    try {
      await this.live.publish(roundId, positionAudiences(round), { type: 'position.recorded', position });
    } catch (error) {
      // Stored already: readers get it on reload; the write itself succeeded.
      this.logger.error({ err: error, positionId: position.id }, 'live event of a position not published');
    }
    return position;
  }

  private async paragraph(round: RoundRecord, key: string) {
    const version = await this.models.draftVersions
      .findById(round.versionId)
      .select({ sections: 1 })
      .lean<Pick<DraftVersionRecord, 'sections'>>()
      .exec();
    const paragraph = version?.sections.flatMap((s) => s.paragraphs).find((p) => p.key === key);
    if (!paragraph) {
      throw new NotFoundError(`The round's version has no paragraph ${key}`, ErrorCode.ParagraphNotFound);
    }
    return paragraph;
  }

  /**
   * Linked amendments must be open amendments (thread roots) on this paragraph in this round
   * that the head can read; anything else is named in the issues.
   */
  private async checkAmendments(
    access: ProcessAccess,
    round: RoundRecord,
    request: RecordPositionRequest,
  ): Promise<Types.ObjectId[]> {
    const ids = [...new Set(request.amendmentIds)];
    if (request.value === 'support_with_amendments' && ids.length === 0) {
      throw new BadRequestError(ErrorCode.PositionAmendmentsRequired, 'Support with amendments names the amendments', [
        {
          path: 'amendmentIds',
          code: ErrorCode.PositionAmendmentsRequired,
          message: 'link at least one amendment of this paragraph',
        },
      ]);
    }
    if (request.value !== 'support_with_amendments' && ids.length > 0) {
      throw new BadRequestError(ErrorCode.PositionAmendmentInvalid, 'Only support with amendments links amendments', [
        { path: 'amendmentIds', code: FieldIssueCode.MustBeEmpty, message: `must be empty for ${request.value}` },
      ]);
    }
    if (ids.length === 0) return [];
    const found = await this.models.annotations
      .find({
        $and: [
          {
            _id: { $in: ids.map((id) => new Types.ObjectId(id)) },
            roundId: round._id,
            paragraphKey: request.paragraphKey,
            kind: 'amendment',
            parentId: null,
            status: 'open',
          },
          visibilityFilter(viewerOf(access)),
        ],
      })
      .select({ _id: 1 })
      .lean<Pick<AnnotationRecord, '_id'>[]>()
      .exec();
    const valid = new Set(found.map((a) => a._id.toHexString()));
    const issues: KnownFieldIssue[] = request.amendmentIds
      .map((id, index) => ({ id, index }))
      .filter(({ id }) => !valid.has(id))
      .map(({ index }) => ({
        path: `amendmentIds.${index}`,
        code: ErrorCode.PositionAmendmentInvalid,
        message: 'is not an open amendment of this paragraph in this round',
      }));
    if (issues.length > 0) {
      throw new BadRequestError(
        ErrorCode.PositionAmendmentInvalid,
        'A linked amendment is not an amendment of this paragraph in this round',
        issues,
      );
    }
    return ids.map((id) => new Types.ObjectId(id));
  }

  /** Runs under the row's lock: the next seq of the cell, the log entry, the row, then its stamp. */
  private async append(
    round: RoundRecord,
    delegationId: Types.ObjectId,
    principal: Principal,
    paragraphKey: string,
    request: Omit<RecordPositionRequest, 'amendmentIds'> & { amendmentIds: Types.ObjectId[] },
  ): Promise<PositionRecord> {
    const cells = await this.rows.ofDelegation(round._id, delegationId);
    const seq = (cells?.get(paragraphKey)?.seq ?? 0) + 1;
    const record: PositionRecord = {
      _id: new Types.ObjectId(),
      processId: round.processId,
      roundId: round._id,
      paragraphKey,
      delegationId,
      value: request.value,
      statement: request.statement,
      amendmentIds: request.amendmentIds,
      authorId: new Types.ObjectId(principal.userId),
      authorName: principal.name,
      seq,
      recordedAt: new Date(),
    };
    await this.models.positions.collection.insertOne(record);
    const next = new Map(cells ?? []);
    next.set(paragraphKey, { value: record.value, seq });
    await this.rows.save(round._id, delegationId, next, cells !== null);
    // After the row, and never failing the save: should it fail, the position stands (and reaches the
    // paragraph, the live stream and the notifications) and is only missing from "since your last visit".
    await this.rows
      .stamp(round._id, delegationId, paragraphKey, { value: record.value, seq, at: record.recordedAt.getTime() })
      .catch((error: unknown) =>
        this.logger.error(
          { err: error, positionId: record._id.toHexString() },
          'position not stamped for "since your last visit"',
        ),
      );
    return record;
  }
}
