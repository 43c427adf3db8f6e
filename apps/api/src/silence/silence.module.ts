import { Module } from '@nestjs/common';
import { DraftsModule } from '../drafts/drafts.module';
import { RoundScope } from '../rounds/round-scope.service';
import { SilenceController } from './silence.controller';
import { SilenceDeadlines } from './silence-deadlines.service';
import { SilenceEvents } from './silence-events.service';
import { SilenceScope } from './silence-scope.service';
import { BreakSilenceUseCase } from './usecases/break-silence.usecase';
import { ChangeSilenceUseCase } from './usecases/change-silence.usecase';
import { ListSilencesUseCase } from './usecases/list-silences.usecase';
import { StartSilenceUseCase } from './usecases/start-silence.usecase';

/** Silence procedures: the API side; the worker concludes them at their deadline. */
@Module({
  imports: [DraftsModule],
  controllers: [SilenceController],
  providers: [
    // The same stateless round helper the rounds module uses, without importing that module.
    RoundScope,
    SilenceScope,
    SilenceDeadlines,
    SilenceEvents,
    StartSilenceUseCase,
    ListSilencesUseCase,
    BreakSilenceUseCase,
    ChangeSilenceUseCase,
  ],
})
export class SilenceModule {}
