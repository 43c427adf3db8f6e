import { Module } from '@nestjs/common';
import { DraftsModule } from '../drafts/drafts.module';
import { ParagraphStatuses } from '../rounds/paragraph-statuses.service';
import { RoundScope } from '../rounds/round-scope.service';
import { SpeakersController } from './speakers.controller';
import { SpeakersStore } from './speakers-store.service';
import { SpeakersUseCase } from './usecases/speakers.usecase';

@Module({
  imports: [DraftsModule],
  controllers: [SpeakersController],
  providers: [RoundScope, ParagraphStatuses, SpeakersStore, SpeakersUseCase],
})
export class SpeakersModule {}
