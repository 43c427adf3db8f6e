import { Injectable, Logger } from '@nestjs/common';
import { ErrorCode, type ParagraphStatusEntry, type SetParagraphStatusRequest } from '@concordia/contracts';
import { isDuplicateKeyError, type Models, type ParagraphStatusRecord } from '@concordia/dal';
import { Types } from 'mongoose';
import { AuditLogService } from '../../audit/audit-log.service';
import type { Principal } from '../../authz/principal';
import { ConflictError, ForbiddenError, NotFoundError } from '../../errors/domain-errors';
import { InjectModels } from '../../infra/database.module';
import { LiveEvents } from '../../realtime/live-events.service';
import { ParagraphStatuses } from '../paragraph-statuses.service';
import { RoundScope } from '../round-scope.service';

/** The chair of the round records where the negotiation of one paragraph stands. */
@Injectable()
export class SetParagraphStatusUseCase {
  private readonly logger = new Logger(SetParagraphStatusUseCase.name);

  constructor(
    private readonly scope: RoundScope,
    private readonly statuses: ParagraphStatuses,
    private readonly audit: AuditLogService,
    private readonly live: LiveEvents,
    @InjectModels() private readonly models: Models,
  ) {}

  async execute(
    principal: Principal,
    roundId: string,
    key: string,
    request: SetParagraphStatusRequest,
  ): Promise<ParagraphStatusEntry> {
    const { access, round } = await this.scope.resolve(principal, roundId, 'rounds.set_paragraph_status');
    if (!round.chairUserId.equals(principal.userId)) {
      throw new ForbiddenError('Only the chair of this round can set paragraph status');
    }
    if (round.status === 'concluded') {
      throw new ConflictError(ErrorCode.RoundNotEditable, 'The round is concluded; its paragraph statuses are final');
    }
    if (!(await this.statuses.keysOf(round)).includes(key)) {
      throw new NotFoundError(`The round's version has no paragraph ${key}`, ErrorCode.ParagraphNotFound);
    }
    const filter = { roundId: round._id, key };
    const previous = await this.models.paragraphStatuses.findOne(filter).lean<ParagraphStatusRecord>().exec();
    const fields = {
      processId: round.processId,
      status: request.status,
      updatedAt: new Date(),
      updatedBy: new Types.ObjectId(principal.userId),
    };
    try {
      await this.models.paragraphStatuses.updateOne(filter, { $set: fields }, { upsert: true }).exec();
    } catch (error) {
      // Two first-time upserts raced on the unique (round, key) index: the loser updates.
      if (!isDuplicateKeyError(error)) throw error;
      await this.models.paragraphStatuses.updateOne(filter, { $set: fields }).exec();
    }
    await this.audit.record({
      actor: principal,
      processId: access.processId,
      action: 'paragraph.status_set',
      targetType: 'paragraph',
      targetId: key,
      before: { roundId: round._id.toHexString(), status: previous?.status ?? 'open' },
      after: { roundId: round._id.toHexString(), status: request.status },
      summary: `Paragraph ${key} ${request.status.replace(/_/g, ' ')} in round "${round.name}"`,
      context: { round: round.name, paragraphs: [await this.statuses.numberOf(round, key)] },
    });
    // The status is stored; a failed broadcast must not turn it into an error (clients reload).
    await this.live
      .publish(round._id.toHexString(), [{ kind: 'round' }], {
        type: 'paragraph.status',
        paragraphKey: key,
        status: request.status,
      })
      .catch((error: unknown) => this.logger.warn({ err: error, roundId }, 'paragraph.status not published'));
    return {
      key,
      status: request.status,
      updatedAt: fields.updatedAt.toISOString(),
      updatedBy: principal.userId,
    };
  }
}
