import { Injectable, Logger } from '@nestjs/common';
import type { ChangeRoundStatusRequest, Round } from '@concordia/contracts';
import { ErrorCode } from '@concordia/contracts';
import { Collections, LockResources, type Models, type RoundRecord } from '@concordia/dal';
import { AuditLogService } from '../../audit/audit-log.service';
import type { Principal } from '../../authz/principal';
import { BadRequestError, ConflictError } from '../../errors/domain-errors';
import { InjectModels } from '../../infra/database.module';
import { WriteLock } from '../../infra/write-lock.service';
import { LiveEvents } from '../../realtime/live-events.service';
import { toRound } from '../round.mapper';
import { Outbox } from '../../notifications/outbox.service';
import { roundStatusJobs } from '../round-notifications';
import { assertChairOrSecretariat } from '../chair-rules';
import { assertTransition, openingClosesAt } from '../round-rules';
import { roundNotFound, RoundScope } from '../round-scope.service';

/**
 * Opens, closes, reopens or concludes a round: its own chair or the secretariat. Opening needs a
 * closing time still ahead: the request may set a new one (409 ROUND_DEADLINE_PASSED otherwise).
 */
@Injectable()
export class ChangeRoundStatusUseCase {
  private readonly logger = new Logger(ChangeRoundStatusUseCase.name);

  constructor(
    private readonly scope: RoundScope,
    private readonly lock: WriteLock,
    private readonly audit: AuditLogService,
    private readonly live: LiveEvents,
    private readonly outbox: Outbox,
    @InjectModels() private readonly models: Models,
  ) {}

  async execute(principal: Principal, roundId: string, request: ChangeRoundStatusRequest): Promise<Round> {
    const { access, round: scope } = await this.scope.resolve(principal, roundId, 'rounds.change_status');
    assertChairOrSecretariat(access, scope, principal, 'change its status');
    if (request.closesAt !== undefined && request.status !== 'open') {
      throw new BadRequestError(ErrorCode.ValidationFailed, 'A new closing time goes only with opening the round', [
        { path: 'closesAt', code: ErrorCode.ValidationFailed, message: 'only with status "open"' },
      ]);
    }
    const { before, after } = await this.lock.run(LockResources.processRounds(scope.processId), async () => {
      const round = await this.models.rounds.findById(scope._id).lean<RoundRecord>().exec();
      if (!round) throw roundNotFound();
      assertTransition(round.status, request.status);
      const closesAt =
        request.status === 'open'
          ? openingClosesAt(round, request.closesAt === undefined ? null : new Date(request.closesAt), new Date())
          : round.closesAt;
      const next: RoundRecord = { ...round, status: request.status, closesAt };
      await this.outbox.stage(
        { collection: Collections.rounds, id: round._id, field: 'status', value: request.status },
        roundStatusJobs(next, access.process, request.status, principal.userId),
      );
      const { matchedCount } = await this.models.rounds
        .updateOne(
          { _id: round._id, status: round.status, closesAt: round.closesAt },
          { $set: { status: request.status, closesAt } },
        )
        .exec();
      if (matchedCount === 0) throw new ConflictError(ErrorCode.Conflict, 'The round changed meanwhile; try again');
      return { before: round, after: next };
    });
    this.outbox.committed();
    const moved = after.closesAt.getTime() !== before.closesAt.getTime();
    const closing = (round: RoundRecord) => (moved ? { closesAt: round.closesAt.toISOString() } : {});
    await this.audit.record({
      actor: principal,
      processId: access.processId,
      action: 'round.status_changed',
      targetType: 'round',
      targetId: before._id,
      before: { status: before.status, ...closing(before) },
      after: { status: after.status, ...closing(after) },
      summary: `Round "${before.name}" ${before.status} -> ${after.status}`,
      context: { round: before.name },
    });
    // The change is stored; a failed broadcast must not turn it into an error (clients reload).
    await this.live
      .publish(after._id.toHexString(), [{ kind: 'round' }], { type: 'round.status', status: after.status })
      .catch((error: unknown) => this.logger.warn({ err: error, roundId }, 'round.status not published'));
    return toRound(after);
  }
}
