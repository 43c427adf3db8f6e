import { Injectable } from '@nestjs/common';
import { type CreateRoundRequest, ErrorCode, type Round } from '@concordia/contracts';
import { isDuplicateKeyError, LockResources, type Models, type RoundRecord } from '@concordia/dal';
import { Types } from 'mongoose';
import { AuditLogService } from '../../audit/audit-log.service';
import { ProcessAccessService } from '../../authz/process-access.service';
import type { Principal } from '../../authz/principal';
import { ConflictError } from '../../errors/domain-errors';
import { InjectModels } from '../../infra/database.module';
import { WriteLock } from '../../infra/write-lock.service';
import { toRound } from '../round.mapper';
import { RoundReferences } from '../round-references.service';
import { assertWindow } from '../round-rules';

export const roundNameTaken = () =>
  new ConflictError(ErrorCode.Conflict, 'A round with this name already exists in this process');

@Injectable()
export class CreateRoundUseCase {
  constructor(
    private readonly access: ProcessAccessService,
    private readonly references: RoundReferences,
    private readonly lock: WriteLock,
    private readonly audit: AuditLogService,
    @InjectModels() private readonly models: Models,
  ) {}

  async execute(principal: Principal, processId: string, request: CreateRoundRequest): Promise<Round> {
    const access = await this.access.resolve(principal, processId, 'rounds.manage');
    const opensAt = new Date(request.opensAt);
    const closesAt = new Date(request.closesAt);
    assertWindow(opensAt, closesAt);
    const delegationIds = [...new Set(request.delegationIds.map((id) => id.toLowerCase()))];
    const round = await this.lock.run(LockResources.processRounds(access.processId), async () => {
      // Checked under the lock that member changes also take: a chair being removed at this
      // moment is either still a member when the round is stored, or the round is refused.
      await this.references.assertVersion(access.processId, request.versionId);
      await this.references.assertChair(access.processId, request.chairUserId);
      await this.references.assertDelegations(access.processId, delegationIds);
      try {
        const created = await this.models.rounds.create({
          processId: access.processId,
          name: request.name,
          versionId: new Types.ObjectId(request.versionId),
          chairUserId: new Types.ObjectId(request.chairUserId),
          delegationIds: delegationIds.map((id) => new Types.ObjectId(id)),
          opensAt,
          closesAt,
          timeZone: request.timeZone,
          confidentiality: request.confidentiality,
          status: 'scheduled',
        });
        return created.toObject<RoundRecord>();
      } catch (error) {
        if (isDuplicateKeyError(error)) throw roundNameTaken();
        throw error;
      }
    });
    const result = toRound(round);
    await this.audit.record({
      actor: principal,
      processId: access.processId,
      action: 'round.created',
      targetType: 'round',
      targetId: round._id,
      after: result,
      summary: `Round "${round.name}" created`,
      context: { round: round.name },
    });
    return result;
  }
}
