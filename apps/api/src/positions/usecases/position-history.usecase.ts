import { Injectable } from '@nestjs/common';
import type { PositionList } from '@concordia/contracts';
import type { Models, PositionRecord } from '@concordia/dal';
import { Types } from 'mongoose';
import type { Principal } from '../../authz/principal';
import { InjectModels } from '../../infra/database.module';
import { PositionRecords } from '../position-records.service';
import { PositionScope } from '../position-scope.service';

/** Every position a delegation has recorded on a paragraph in a round, the first one first. */
@Injectable()
export class PositionHistoryUseCase {
  constructor(
    private readonly scope: PositionScope,
    private readonly records: PositionRecords,
    @InjectModels() private readonly models: Models,
  ) {}

  async execute(
    principal: Principal,
    roundId: string,
    query: { paragraphKey: string; delegationId: string },
  ): Promise<PositionList> {
    const { round } = await this.scope.forReading(principal, roundId);
    const found = await this.models.positions
      .find({
        roundId: round._id,
        paragraphKey: query.paragraphKey,
        delegationId: new Types.ObjectId(query.delegationId),
      })
      .sort({ seq: 1 })
      .lean<PositionRecord[]>()
      .exec();
    return { items: await this.records.map(found) };
  }
}
