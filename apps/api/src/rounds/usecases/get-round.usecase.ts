import { Injectable } from '@nestjs/common';
import type { Round } from '@concordia/contracts';
import type { Principal } from '../../authz/principal';
import { toRound } from '../round.mapper';
import { RoundScope } from '../round-scope.service';

@Injectable()
export class GetRoundUseCase {
  constructor(private readonly scope: RoundScope) {}

  async execute(principal: Principal, roundId: string): Promise<Round> {
    const { round } = await this.scope.resolve(principal, roundId, 'rounds.read');
    return toRound(round);
  }
}
