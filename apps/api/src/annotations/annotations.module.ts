import { Module } from '@nestjs/common';
import { DelegationsModule } from '../delegations/delegations.module';
import { DraftsModule } from '../drafts/drafts.module';
import { AnnotationEvents } from './annotation-events.service';
import { AppliedAmendmentsAnnouncer } from './applied-amendments-announcer.service';
import { AnnotationReader } from './annotation-reader.service';
import { RoundScope } from '../rounds/round-scope.service';
import { AnnotationScope } from './annotation-scope.service';
import { AnnotationCreator } from './annotation-creator.service';
import { AnnotationWriter } from './annotation-writer.service';
import { ClientIdSightings } from './client-id-sightings.service';
import { AnnotationsController } from './annotations.controller';
import { CarriedThreadsAnnouncer } from './carried-threads-announcer.service';
import { CarryForwardController } from './carry-forward.controller';
import { ModerationController } from './moderation.controller';
import { ModerateAnnotationUseCase } from './usecases/moderate-annotation.usecase';
import { Reanchorer } from './reanchorer.service';
import { RoundAnnotations } from './round-annotations.service';
import { RoundAnnotationsController } from './round-annotations.controller';
import { CarryForwardReportUseCase } from './usecases/carry-forward-report.usecase';
import { CreateAnnotationUseCase } from './usecases/create-annotation.usecase';
import { CreateReplyUseCase } from './usecases/create-reply.usecase';
import { FollowThreadUseCase } from './usecases/follow-thread.usecase';
import { ThreadFollows } from './thread-follows.service';
import { EditAnnotationUseCase } from './usecases/edit-annotation.usecase';
import { GetAnnotationHistoryUseCase } from './usecases/get-annotation-history.usecase';
import { ListRoundAnnotationsUseCase } from './usecases/list-round-annotations.usecase';
import { SetDispositionUseCase } from './usecases/set-disposition.usecase';
import { SponsorAmendmentUseCase } from './usecases/sponsor-amendment.usecase';
import { WithdrawAnnotationUseCase } from './usecases/withdraw-annotation.usecase';
import { ListWorkingAmendmentsUseCase } from './usecases/list-working-amendments.usecase';
import { WorkingAmendmentsController } from './working-amendments.controller';

@Module({
  imports: [DraftsModule, DelegationsModule],
  controllers: [
    AnnotationsController,
    RoundAnnotationsController,
    CarryForwardController,
    ModerationController,
    WorkingAmendmentsController,
  ],
  providers: [
    // The same stateless round loader the rounds module uses, without importing that module.
    RoundScope,
    AnnotationScope,
    AnnotationReader,
    AnnotationWriter,
    AnnotationCreator,
    AnnotationEvents,
    AppliedAmendmentsAnnouncer,
    ClientIdSightings,
    RoundAnnotations,
    Reanchorer,
    CarriedThreadsAnnouncer,
    CreateAnnotationUseCase,
    CreateReplyUseCase,
    FollowThreadUseCase,
    ThreadFollows,
    EditAnnotationUseCase,
    WithdrawAnnotationUseCase,
    GetAnnotationHistoryUseCase,
    SponsorAmendmentUseCase,
    SetDispositionUseCase,
    ListRoundAnnotationsUseCase,
    CarryForwardReportUseCase,
    ModerateAnnotationUseCase,
    ListWorkingAmendmentsUseCase,
  ],
  // The positions' compilation reads a round's annotations through the same scope and list.
  exports: [AnnotationScope, RoundAnnotations],
})
export class AnnotationsModule {}
