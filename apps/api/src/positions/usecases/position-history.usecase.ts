import { Injectable } from '@nestjs/common';
import type { PositionList } from '@concordia/contracts';
import type { Principal } from '../../authz/principal';
import { PositionParagraphs } from '../position-paragraphs.service';
import { PositionRecords } from '../position-records.service';
import { PositionScope } from '../position-scope.service';

/** Every position a delegation has recorded on a paragraph in a round, the first one first. */
@Injectable()
export class PositionHistoryUseCase {
  constructor(
    private readonly scope: PositionScope,
    private readonly paragraphs: PositionParagraphs,
    private readonly records: PositionRecords,
  ) {}

  async execute(
    principal: Principal,
    roundId: string,
    query: { paragraphKey: string; delegationId: string },
  ): Promise<PositionList> {
    const { round } = await this.scope.forReading(principal, roundId);
    const cells = await this.paragraphs.ofParagraph(round._id, query.paragraphKey);
    const records = [...(cells[query.delegationId.toLowerCase()] ?? [])].sort((a, b) => a.seq - b.seq);
    return { items: await this.records.map(records) };
  }
}
