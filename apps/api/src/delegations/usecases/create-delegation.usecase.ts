import { Injectable } from '@nestjs/common';
import { ErrorCode, type CreateDelegationRequest, type Delegation } from '@concordia/contracts';
import { isDuplicateKeyError, type Models } from '@concordia/dal';
import { ConflictError } from '../../errors/domain-errors';
import { InjectModels } from '../../infra/database.module';
import { toDelegation } from '../delegation.mapper';

@Injectable()
export class CreateDelegationUseCase {
  constructor(@InjectModels() private readonly models: Models) {}

  async execute(request: CreateDelegationRequest): Promise<Delegation> {
    try {
      const created = await this.models.delegations.create(request);
      return toDelegation(created.toObject());
    } catch (error) {
      if (isDuplicateKeyError(error)) {
        throw new ConflictError(ErrorCode.DelegationCodeTaken, `A delegation with code ${request.code} already exists`);
      }
      throw error;
    }
  }
}
