import { Injectable } from '@nestjs/common';
import { ErrorCode, type Round, type UpdateRoundRequest } from '@concordia/contracts';
import { Collections, LockResources, type Models, type RoundRecord } from '@concordia/dal';
import { Types } from 'mongoose';
import { AuditLogService } from '../../audit/audit-log.service';
import type { Principal } from '../../authz/principal';
import { ConflictError } from '../../errors/domain-errors';
import { InjectModels } from '../../infra/database.module';
import { WriteLock } from '../../infra/write-lock.service';
import { toRound } from '../round.mapper';
import { Outbox } from '../../notifications/outbox.service';
import { reminderJob } from '../round-notifications';
import { RoundReferences } from '../round-references.service';
import { assertEditable, assertWindow } from '../round-rules';
import { roundNotFound, RoundScope } from '../round-scope.service';
import { roundNameTaken } from './create-round.usecase';

/** Changes the settings of a round that has not opened yet. */
@Injectable()
export class UpdateRoundUseCase {
  constructor(
    private readonly scope: RoundScope,
    private readonly references: RoundReferences,
    private readonly lock: WriteLock,
    private readonly audit: AuditLogService,
    private readonly outbox: Outbox,
    @InjectModels() private readonly models: Models,
  ) {}

  async execute(principal: Principal, roundId: string, request: UpdateRoundRequest): Promise<Round> {
    const { access, round: scope } = await this.scope.resolve(principal, roundId, 'rounds.manage');
    const processId = access.processId;
    const { before, after } = await this.lock.run(LockResources.processRounds(processId), async () => {
      const round = await this.models.rounds.findById(scope._id).lean<RoundRecord>().exec();
      if (!round) throw roundNotFound();
      assertEditable(round.status);
      const changes: Partial<RoundRecord> = {};
      if (request.name !== undefined && request.name !== round.name) {
        if (await this.models.rounds.exists({ processId, name: request.name, _id: { $ne: round._id } })) {
          throw roundNameTaken();
        }
        changes.name = request.name;
      }
      if (request.opensAt !== undefined) changes.opensAt = new Date(request.opensAt);
      if (request.closesAt !== undefined) changes.closesAt = new Date(request.closesAt);
      assertWindow(changes.opensAt ?? round.opensAt, changes.closesAt ?? round.closesAt);
      if (request.versionId !== undefined) {
        await this.references.assertVersion(processId, request.versionId);
        changes.versionId = new Types.ObjectId(request.versionId);
      }
      if (request.chairUserId !== undefined) {
        await this.references.assertChair(processId, request.chairUserId);
        changes.chairUserId = new Types.ObjectId(request.chairUserId);
      }
      if (request.delegationIds !== undefined) {
        const ids = [...new Set(request.delegationIds.map((id) => id.toLowerCase()))];
        await this.references.assertDelegations(processId, ids);
        changes.delegationIds = ids.map((id) => new Types.ObjectId(id));
      }
      if (request.timeZone !== undefined) changes.timeZone = request.timeZone;
      if (request.confidentiality !== undefined) changes.confidentiality = request.confidentiality;

      if (changes.closesAt && changes.closesAt.getTime() !== round.closesAt.getTime()) {
        // The reminder follows the window: the worker re-reads it and moves the delayed job.
        await this.outbox.stage(
          { collection: Collections.rounds, id: round._id, field: 'closesAt', value: changes.closesAt.toISOString() },
          [reminderJob(round)],
        );
      }
      const { matchedCount } = await this.models.rounds
        .updateOne({ _id: round._id, status: 'scheduled' }, { $set: changes })
        .exec();
      if (matchedCount === 0) throw new ConflictError(ErrorCode.Conflict, 'The round changed meanwhile; try again');
      return { before: round, after: { ...round, ...changes } };
    });
    this.outbox.committed();
    const [b, a] = [toRound(before), toRound(after)];
    const changed = (Object.keys(a) as (keyof Round)[]).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
    await this.audit.record({
      actor: principal,
      processId,
      action: 'round.updated',
      targetType: 'round',
      targetId: before._id,
      before: Object.fromEntries(changed.map((k) => [k, b[k]])),
      after: Object.fromEntries(changed.map((k) => [k, a[k]])),
      summary: `Round "${a.name}" updated (${changed.join(', ') || 'no change'})`,
      context: { round: a.name, fields: changed },
    });
    return a;
  }
}
