import { Injectable } from '@nestjs/common';
import type { Models, RoundRecord } from '@concordia/dal';
import type { Types } from 'mongoose';
import { hiding, type ProcessAccess, ProcessAccessService } from '../authz/process-access.service';
import type { ProcessAction } from '../authz/policies';
import type { Principal } from '../authz/principal';
import { NotFoundError } from '../errors/domain-errors';
import { InjectModels } from '../infra/database.module';

export const roundNotFound = () => new NotFoundError('Round not found');

/** Loads a round together with the caller's access to its process (non-members: 404). */
@Injectable()
export class RoundScope {
  constructor(
    private readonly access: ProcessAccessService,
    @InjectModels() private readonly models: Models,
  ) {}

  async resolve(
    principal: Principal,
    roundId: string | Types.ObjectId,
    action: ProcessAction,
  ): Promise<{ access: ProcessAccess; round: RoundRecord }> {
    const round = await this.models.rounds.findById(roundId).lean<RoundRecord>().exec();
    if (!round) throw roundNotFound();
    const access = await this.access.resolve(principal, round.processId, action).catch(hiding(roundNotFound));
    return { access, round };
  }
}
