import { Module } from '@nestjs/common';
import { DraftsModule } from '../drafts/drafts.module';
import { ParagraphStatuses } from './paragraph-statuses.service';
import { RoundController } from './round.controller';
import { RoundReferences } from './round-references.service';
import { RoundScope } from './round-scope.service';
import { RoundsController } from './rounds.controller';
import { ChangeRoundClosingUseCase } from './usecases/change-round-closing.usecase';
import { ChangeRoundStatusUseCase } from './usecases/change-round-status.usecase';
import { CreateRoundUseCase } from './usecases/create-round.usecase';
import { GetRoundUseCase } from './usecases/get-round.usecase';
import { ListParagraphStatusesUseCase } from './usecases/list-paragraph-statuses.usecase';
import { ListRoundsUseCase } from './usecases/list-rounds.usecase';
import { SetParagraphStatusUseCase } from './usecases/set-paragraph-status.usecase';
import { UpdateRoundUseCase } from './usecases/update-round.usecase';

@Module({
  imports: [DraftsModule],
  controllers: [RoundsController, RoundController],
  providers: [
    RoundScope,
    RoundReferences,
    ParagraphStatuses,
    ListRoundsUseCase,
    CreateRoundUseCase,
    GetRoundUseCase,
    UpdateRoundUseCase,
    ChangeRoundStatusUseCase,
    ChangeRoundClosingUseCase,
    ListParagraphStatusesUseCase,
    SetParagraphStatusUseCase,
  ],
  exports: [ParagraphStatuses],
})
export class RoundsModule {}
