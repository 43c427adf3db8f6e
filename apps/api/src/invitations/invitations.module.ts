import { Module } from '@nestjs/common';
import { ProcessesModule } from '../processes/processes.module';
import { InvitationDescriber } from './invitation-describer.service';
import { InvitationEmailQueue } from './invitation-email-queue.service';
import { InvitationIssuer } from './invitation-issuer.service';
import { InvitationTokens } from './invitation-tokens.service';
import { InvitationsController } from './invitations.controller';
import { ManagedInvitations } from './managed-invitations.service';
import { AcceptInvitationUseCase } from './usecases/accept-invitation.usecase';
import { CreateInvitationUseCase } from './usecases/create-invitation.usecase';
import { InviteBatchUseCase } from './usecases/invite-batch.usecase';
import { ListInvitationsUseCase } from './usecases/list-invitations.usecase';
import { PreviewInvitationUseCase } from './usecases/preview-invitation.usecase';
import { ResendInvitationUseCase } from './usecases/resend-invitation.usecase';
import { RevokeInvitationUseCase } from './usecases/revoke-invitation.usecase';

@Module({
  imports: [ProcessesModule],
  controllers: [InvitationsController],
  providers: [
    InvitationDescriber,
    InvitationTokens,
    CreateInvitationUseCase,
    ListInvitationsUseCase,
    PreviewInvitationUseCase,
    AcceptInvitationUseCase,
    InvitationEmailQueue,
    ManagedInvitations,
    RevokeInvitationUseCase,
    ResendInvitationUseCase,
    InvitationIssuer,
    InviteBatchUseCase,
  ],
})
export class InvitationsModule {}
