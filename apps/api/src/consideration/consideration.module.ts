import { Module } from '@nestjs/common';
import { DraftsModule } from '../drafts/drafts.module';
import { ParagraphStatuses } from '../rounds/paragraph-statuses.service';
import { RoundScope } from '../rounds/round-scope.service';
import { ConsiderationController } from './consideration.controller';
import { ConsiderationStore } from './consideration-store.service';
import { ConsiderationUseCase } from './usecases/consideration.usecase';

@Module({
  imports: [DraftsModule],
  controllers: [ConsiderationController],
  providers: [RoundScope, ParagraphStatuses, ConsiderationStore, ConsiderationUseCase],
  exports: [ConsiderationStore],
})
export class ConsiderationModule {}
