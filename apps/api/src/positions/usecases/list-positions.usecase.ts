import { Injectable } from '@nestjs/common';
import type { PositionList } from '@concordia/contracts';
import type { Models, PositionRecord, PositionRowRecord } from '@concordia/dal';
import type { Types } from 'mongoose';
import type { Principal } from '../../authz/principal';
import { InjectModels } from '../../infra/database.module';
import { PositionRecords } from '../position-records.service';
import { PositionScope } from '../position-scope.service';

/** The current position of every delegation that has one on a paragraph, by delegation code. */
@Injectable()
export class ListPositionsUseCase {
  constructor(
    private readonly scope: PositionScope,
    private readonly records: PositionRecords,
    @InjectModels() private readonly models: Models,
  ) {}

  async execute(principal: Principal, roundId: string, paragraphKey: string): Promise<PositionList> {
    const { round } = await this.scope.forReading(principal, roundId);
    // The rows name the latest record of each cell, so "latest" is what the writer decided.
    const rows = await this.models.positionRows
      .find({ roundId: round._id })
      .select({ _id: 0, cells: 1 })
      .lean<Pick<PositionRowRecord, 'cells'>[]>()
      .exec();
    const ids: Types.ObjectId[] = rows.flatMap((r) => {
      const cell = r.cells?.[paragraphKey];
      return cell ? [cell.positionId] : [];
    });
    const found = ids.length
      ? await this.models.positions
          .find({ _id: { $in: ids } })
          .lean<PositionRecord[]>()
          .exec()
      : [];
    const items = await this.records.map(found);
    return { items: items.sort((a, b) => a.delegationCode.localeCompare(b.delegationCode)) };
  }
}
