import { Injectable } from '@nestjs/common';
import type { ParagraphStatusList } from '@concordia/contracts';
import type { Principal } from '../../authz/principal';
import { ParagraphStatuses } from '../paragraph-statuses.service';
import { RoundScope } from '../round-scope.service';

@Injectable()
export class ListParagraphStatusesUseCase {
  constructor(
    private readonly scope: RoundScope,
    private readonly statuses: ParagraphStatuses,
  ) {}

  async execute(principal: Principal, roundId: string): Promise<ParagraphStatusList> {
    const { round } = await this.scope.resolve(principal, roundId, 'rounds.read');
    return { items: await this.statuses.list(round) };
  }
}
