import { Injectable } from '@nestjs/common';
import type { PositionList } from '@concordia/contracts';
import type { Principal } from '../../authz/principal';
import { PositionRecords } from '../position-records.service';
import { PositionRows } from '../position-rows.service';
import { PositionScope } from '../position-scope.service';

/** The current position of every delegation that has one on a paragraph, by delegation code. */
@Injectable()
export class ListPositionsUseCase {
  constructor(
    private readonly scope: PositionScope,
    private readonly rows: PositionRows,
    private readonly records: PositionRecords,
  ) {}

  async execute(principal: Principal, roundId: string, paragraphKey: string): Promise<PositionList> {
    const { round } = await this.scope.forReading(principal, roundId);
    const cells = await this.rows.ofRound(round._id);
    const items = await this.records.map(await this.records.current(round._id, cells, paragraphKey));
    return { items: items.sort((a, b) => a.delegationCode.localeCompare(b.delegationCode)) };
  }
}
