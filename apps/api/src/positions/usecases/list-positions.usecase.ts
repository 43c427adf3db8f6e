import { Injectable } from '@nestjs/common';
import type { PositionList } from '@concordia/contracts';
import type { Principal } from '../../authz/principal';
import { latestOf, PositionParagraphs } from '../position-paragraphs.service';
import { PositionRecords } from '../position-records.service';
import { PositionScope } from '../position-scope.service';

/** The current position of every delegation that has one on a paragraph, by delegation code. */
@Injectable()
export class ListPositionsUseCase {
  constructor(
    private readonly scope: PositionScope,
    private readonly paragraphs: PositionParagraphs,
    private readonly records: PositionRecords,
  ) {}

  async execute(principal: Principal, roundId: string, paragraphKey: string): Promise<PositionList> {
    const { round } = await this.scope.forReading(principal, roundId);
    const cells = await this.paragraphs.ofParagraph(round._id, paragraphKey);
    const items = await this.records.map(latestOf(cells));
    return { items: items.sort((a, b) => a.delegationCode.localeCompare(b.delegationCode)) };
  }
}
