import { Module } from '@nestjs/common';
import { DraftsController } from './drafts.controller';
import { GetVersionUseCase } from './usecases/get-version.usecase';
import { ListDraftsUseCase } from './usecases/list-drafts.usecase';

@Module({
  controllers: [DraftsController],
  providers: [ListDraftsUseCase, GetVersionUseCase],
})
export class DraftsModule {}
