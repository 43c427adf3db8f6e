import { Injectable } from '@nestjs/common';
import type { RoundRecord } from '@concordia/dal';
import type { Types } from 'mongoose';
import type { ProcessAccess } from '../authz/process-access.service';
import type { ProcessAction } from '../authz/policies';
import type { Principal } from '../authz/principal';
import { RoundScope } from '../rounds/round-scope.service';
import { positionsNotVisible } from './position-errors';
import { readsPositions } from './position-visibility';

export interface PositionContext {
  access: ProcessAccess;
  round: RoundRecord;
}

/** The round of a positions read, refused (403) when its confidentiality keeps them from the caller. */
@Injectable()
export class PositionScope {
  constructor(private readonly rounds: RoundScope) {}

  async forReading(
    principal: Principal,
    roundId: string | Types.ObjectId,
    action: ProcessAction = 'positions.read',
  ): Promise<PositionContext> {
    const { access, round } = await this.rounds.resolve(principal, roundId, action);
    if (!readsPositions(access, round)) throw positionsNotVisible();
    return { access, round };
  }
}
