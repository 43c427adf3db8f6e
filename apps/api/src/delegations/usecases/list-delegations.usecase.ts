import { Injectable } from '@nestjs/common';
import type { DelegationList } from '@concordia/contracts';
import type { DelegationRecord, Models } from '@concordia/dal';
import { InjectModels } from '../../infra/database.module';
import { toDelegation } from '../delegation.mapper';

@Injectable()
export class ListDelegationsUseCase {
  constructor(@InjectModels() private readonly models: Models) {}

  async execute(): Promise<DelegationList> {
    const delegations = await this.models.delegations
      .find()
      .sort({ region: 1, name: 1 })
      .lean<DelegationRecord[]>()
      .exec();
    return { items: delegations.map(toDelegation) };
  }
}
