import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { LoginResponseDto } from '../auth/auth.dtos';
import { setRefreshCookie } from '../auth/refresh-cookie';
import { AuthorizeInProcess, Public } from '../authz/access.decorators';
import { CostlyRoute, SignInRateLimit } from '../rate-limits/rate-limit.decorators';
import { CurrentPrincipal } from '../authz/current-principal.decorator';
import type { Principal } from '../authz/principal';
import { ApiDefaultError, ApiErrors } from '../common/api-errors.decorator';
import { ObjectIdPipe } from '../common/object-id.pipe';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import {
  AcceptInvitationRequestDto,
  CreatedInvitationDto,
  CreateInvitationRequestDto,
  InvitationBatchRequestDto,
  InvitationBatchResponseDto,
  InvitationDto,
  InvitationListDto,
  ListInvitationsQueryDto,
  ResendInvitationRequestDto,
} from './invitations.dtos';
import { AcceptInvitationUseCase } from './usecases/accept-invitation.usecase';
import { CreateInvitationUseCase } from './usecases/create-invitation.usecase';
import { InviteBatchUseCase } from './usecases/invite-batch.usecase';
import { ListInvitationsUseCase } from './usecases/list-invitations.usecase';
import { PreviewInvitationUseCase } from './usecases/preview-invitation.usecase';
import { ResendInvitationUseCase } from './usecases/resend-invitation.usecase';
import { RevokeInvitationUseCase } from './usecases/revoke-invitation.usecase';

@ApiTags('invitations')
@ApiDefaultError()
@Controller('invitations')
export class InvitationsController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly createInvitation: CreateInvitationUseCase,
    private readonly listInvitations: ListInvitationsUseCase,
    private readonly previewInvitation: PreviewInvitationUseCase,
    private readonly acceptInvitation: AcceptInvitationUseCase,
    private readonly revokeInvitation: RevokeInvitationUseCase,
    private readonly resendInvitation: ResendInvitationUseCase,
    private readonly inviteBatch: InviteBatchUseCase,
  ) {}

  @Post()
  @AuthorizeInProcess('invitations.manage')
  @ApiOperation({ summary: 'Invite someone to a process; the token is returned only here' })
  @ZodResponse({ status: 201, type: CreatedInvitationDto })
  @ApiErrors(400, 409)
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateInvitationRequestDto) {
    return this.createInvitation.execute(principal, body);
  }

  @Post('batch')
  @HttpCode(200)
  @AuthorizeInProcess('invitations.manage')
  @CostlyRoute()
  @ApiOperation({
    summary: 'Invite everyone on a sheet (up to 500 rows), or with dryRun say row by row what would happen',
    description:
      'Each row stands alone: a refused row carries its code (INVALID_EMAIL, ROW_REPEATED, ROLE_UNKNOWN, DELEGATION_UNKNOWN, DELEGATION_REQUIRED, DELEGATION_NOT_ALLOWED, LANGUAGE_UNKNOWN, MEMBERSHIP_EXISTS, INVITATION_PENDING) and the others are invited. Sending the same sheet again invites nobody twice.',
  })
  @ZodResponse({ status: 200, type: InvitationBatchResponseDto })
  @ApiErrors(400)
  batch(@CurrentPrincipal() principal: Principal, @Body() body: InvitationBatchRequestDto) {
    return this.inviteBatch.execute(principal, body);
  }

  @Get()
  @AuthorizeInProcess('invitations.manage')
  @ZodResponse({ status: 200, type: InvitationListDto })
  @ApiErrors(400)
  list(@CurrentPrincipal() principal: Principal, @Query() query: ListInvitationsQueryDto) {
    return this.listInvitations.execute(principal, query.processId);
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @AuthorizeInProcess('invitations.manage')
  @ApiOperation({ summary: 'Withdraw a pending invitation: its link stops working' })
  @ZodResponse({ status: 200, type: InvitationDto })
  @ApiErrors(400, 409)
  revoke(@CurrentPrincipal() principal: Principal, @Param('id', ObjectIdPipe) id: string) {
    return this.revokeInvitation.execute(principal, id);
  }

  @Post(':id/resend')
  @HttpCode(200)
  @AuthorizeInProcess('invitations.manage')
  @ApiOperation({ summary: 'A new link and expiry (the old link stops working), emailed again' })
  @ZodResponse({ status: 200, type: CreatedInvitationDto })
  @ApiErrors(400, 409)
  resend(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ObjectIdPipe) id: string,
    @Body() body: ResendInvitationRequestDto,
  ) {
    return this.resendInvitation.execute(principal, id, body);
  }

  @Get(':token')
  @Public()
  @ApiOperation({ summary: 'What an invitation link invites to' })
  @ApiParam({ name: 'token', type: String })
  @ZodResponse({ status: 200, type: InvitationDto })
  @ApiErrors(404, 409, 410, 429)
  preview(@Param('token') token: string) {
    return this.previewInvitation.execute(token);
  }

  @Post(':token/accept')
  @Public()
  @SignInRateLimit()
  @ApiOperation({ summary: 'Accept: creates the account if needed, joins the process, signs in' })
  @ApiParam({ name: 'token', type: String })
  @ZodResponse({ status: 200, type: LoginResponseDto })
  @ApiErrors(400, 401, 404, 409, 410, 423, 429)
  async accept(
    @Param('token') token: string,
    @Body() body: AcceptInvitationRequestDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    const issued = await this.acceptInvitation.execute(token, body);
    setRefreshCookie(res, this.config, issued.refresh.token, issued.refresh.expiresAt);
    return issued.body;
  }
}
