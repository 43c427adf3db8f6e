import { Module } from '@nestjs/common';
import { AnnotationsModule } from '../annotations/annotations.module';
import { PositionRows } from '../positions/position-rows.service';
import { RoundScope } from '../rounds/round-scope.service';
import { RoundsModule } from '../rounds/rounds.module';
import { AgendaController } from './agenda.controller';
import { DelegationProposals } from './delegation-proposals.service';
import { UndisposedThreads } from './undisposed-threads.service';
import { RoundAgendaUseCase } from './usecases/round-agenda.usecase';

/** The home page's "Waiting for you": a read across the round's instruments. */
@Module({
  imports: [AnnotationsModule, RoundsModule],
  controllers: [AgendaController],
  // Stateless readers, provided here as the silence and positions modules do.
  providers: [RoundScope, PositionRows, DelegationProposals, UndisposedThreads, RoundAgendaUseCase],
})
export class AgendaModule {}
