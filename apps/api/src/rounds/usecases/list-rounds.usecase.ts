import { Injectable } from '@nestjs/common';
import type { RoundList } from '@concordia/contracts';
import type { Models, RoundRecord } from '@concordia/dal';
import { ProcessAccessService } from '../../authz/process-access.service';
import type { Principal } from '../../authz/principal';
import { InjectModels } from '../../infra/database.module';
import { toRound } from '../round.mapper';

@Injectable()
export class ListRoundsUseCase {
  constructor(
    private readonly access: ProcessAccessService,
    @InjectModels() private readonly models: Models,
  ) {}

  async execute(principal: Principal, processId: string): Promise<RoundList> {
    const access = await this.access.resolve(principal, processId, 'rounds.read');
    const rounds = await this.models.rounds
      .find({ processId: access.processId })
      .sort({ opensAt: 1 })
      .lean<RoundRecord[]>()
      .exec();
    return { items: rounds.map(toRound) };
  }
}
