import { Injectable, Logger } from '@nestjs/common';
import { type ChangeRoundClosingRequest, ErrorCode, type Round } from '@concordia/contracts';
import { Collections, LockResources, type Models, type RoundRecord } from '@concordia/dal';
import { AuditLogService } from '../../audit/audit-log.service';
import type { Principal } from '../../authz/principal';
import { ConflictError } from '../../errors/domain-errors';
import { InjectModels } from '../../infra/database.module';
import { WriteLock } from '../../infra/write-lock.service';
import { LiveEvents } from '../../realtime/live-events.service';
import { Outbox } from '../../notifications/outbox.service';
import { assertChairOrSecretariat } from '../chair-rules';
import { toRound } from '../round.mapper';
import { closingChangedJobs } from '../round-notifications';
import { assertClosingAhead, assertClosingMovable, assertWindow } from '../round-rules';
import { roundNotFound, RoundScope } from '../round-scope.service';

/**
 * Extends (or brings forward) a round's closing time: its own chair or the secretariat, while the
 * round has not concluded. Participants of an open round are notified; the 24-hour reminder and
 * the automatic close move with it (the worker re-reads the window).
 */
@Injectable()
export class ChangeRoundClosingUseCase {
  private readonly logger = new Logger(ChangeRoundClosingUseCase.name);

  constructor(
    private readonly scope: RoundScope,
    private readonly lock: WriteLock,
    private readonly audit: AuditLogService,
    private readonly live: LiveEvents,
    private readonly outbox: Outbox,
    @InjectModels() private readonly models: Models,
  ) {}

  async execute(principal: Principal, roundId: string, request: ChangeRoundClosingRequest): Promise<Round> {
    const { access, round: scope } = await this.scope.resolve(principal, roundId, 'rounds.change_status');
    assertChairOrSecretariat(access, scope, principal, 'change its closing time');
    const closesAt = new Date(request.closesAt);
    const { before, after } = await this.lock.run(LockResources.processRounds(scope.processId), async () => {
      const round = await this.models.rounds.findById(scope._id).lean<RoundRecord>().exec();
      if (!round) throw roundNotFound();
      assertClosingMovable(round.status);
      assertClosingAhead(closesAt, new Date());
      assertWindow(round.opensAt, closesAt);
      if (closesAt.getTime() === round.closesAt.getTime()) return { before: round, after: round };
      const next: RoundRecord = { ...round, closesAt };
      await this.outbox.stage(
        { collection: Collections.rounds, id: round._id, field: 'closesAt', value: closesAt.toISOString() },
        closingChangedJobs(next, round.closesAt, access.process, principal.userId),
      );
      const { matchedCount } = await this.models.rounds
        .updateOne({ _id: round._id, status: round.status, closesAt: round.closesAt }, { $set: { closesAt } })
        .exec();
      if (matchedCount === 0) throw new ConflictError(ErrorCode.Conflict, 'The round changed meanwhile; try again');
      return { before: round, after: next };
    });
    if (before === after) return toRound(after);
    this.outbox.committed();
    await this.audit.record({
      actor: principal,
      processId: access.processId,
      action: 'round.deadline_changed',
      targetType: 'round',
      targetId: before._id,
      before: { closesAt: before.closesAt.toISOString() },
      after: { closesAt: after.closesAt.toISOString() },
      summary: `Round "${before.name}" closing time ${before.closesAt.toISOString()} -> ${after.closesAt.toISOString()}`,
      context: { round: before.name },
    });
    // Stored already: a failed broadcast must not turn it into an error (clients reload).
    await this.live
      .publish(after._id.toHexString(), [{ kind: 'round' }], {
        type: 'round.closing',
        closesAt: after.closesAt.toISOString(),
      })
      .catch((error: unknown) => this.logger.warn({ err: error, roundId }, 'round.closing not published'));
    return toRound(after);
  }
}
