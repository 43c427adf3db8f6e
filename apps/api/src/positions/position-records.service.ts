import { Injectable } from '@nestjs/common';
import type { Position } from '@concordia/contracts';
import type { DelegationRecord, Models, PositionRecord } from '@concordia/dal';
import type { Types } from 'mongoose';
import { InjectModels } from '../infra/database.module';
import { type DelegationLabel, toPosition } from './position.mapper';

/** Position records with their delegation's code and name. */
@Injectable()
export class PositionRecords {
  constructor(@InjectModels() private readonly models: Models) {}

  async map(records: readonly PositionRecord[]): Promise<Position[]> {
    const ids = [...new Set(records.map((r) => r.delegationId.toHexString()))];
    const labels = await this.labels(ids);
    return records.map((r) => toPosition(r, labels.get(r.delegationId.toHexString())));
  }

  async labels(ids: readonly (string | Types.ObjectId)[]): Promise<Map<string, DelegationLabel>> {
    if (ids.length === 0) return new Map();
    const found = await this.models.delegations
      .find({ _id: { $in: ids } })
      .select({ code: 1, name: 1 })
      .lean<Pick<DelegationRecord, '_id' | 'code' | 'name'>[]>()
      .exec();
    return new Map(found.map((d) => [d._id.toHexString(), { code: d.code, name: d.name }]));
  }
}
