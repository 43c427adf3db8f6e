import { Injectable } from '@nestjs/common';
import type { SilenceProcedureList } from '@concordia/contracts';
import type { Models, SilenceProcedureRecord } from '@concordia/dal';
import type { Principal } from '../../authz/principal';
import { InjectModels } from '../../infra/database.module';
import { RoundScope } from '../../rounds/round-scope.service';
import { toSilenceProcedure } from '../silence.mapper';

/** The round's silence procedures, newest first: every member of the process may follow them. */
@Injectable()
export class ListSilencesUseCase {
  constructor(
    private readonly scope: RoundScope,
    @InjectModels() private readonly models: Models,
  ) {}

  async execute(principal: Principal, roundId: string): Promise<SilenceProcedureList> {
    const { round } = await this.scope.resolve(principal, roundId, 'rounds.read');
    const records = await this.models.silenceProcedures
      .find({ roundId: round._id })
      .sort({ startedAt: -1, _id: -1 })
      .limit(200)
      .lean<SilenceProcedureRecord[]>()
      .exec();
    return { items: records.map(toSilenceProcedure) };
  }
}
