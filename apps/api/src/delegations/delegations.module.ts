import { Module } from '@nestjs/common';
import { DelegationNames } from './delegation-names.service';
import { DelegationsController } from './delegations.controller';
import { CreateDelegationUseCase } from './usecases/create-delegation.usecase';
import { ListDelegationsUseCase } from './usecases/list-delegations.usecase';

@Module({
  controllers: [DelegationsController],
  providers: [ListDelegationsUseCase, CreateDelegationUseCase, DelegationNames],
  exports: [DelegationNames],
})
export class DelegationsModule {}
