import { Body, Controller, Delete, Get, Param, Patch, Post, Put, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ANNOTATION_BODY_MAX } from '@concordia/contracts';
import type { Response } from 'express';
import { ZodResponse } from 'nestjs-zod';
import { AccessSpeculation } from '../auth/access-speculation.service';
import { AuthorizeInProcess, SpeculativeAccess } from '../authz/access.decorators';
import type { AuthenticatedRequest } from '../authz/access.guard';
import { CurrentPrincipal } from '../authz/current-principal.decorator';
import type { Principal } from '../authz/principal';
import { ApiDefaultError, ApiErrors } from '../common/api-errors.decorator';
import { ObjectIdPipe } from '../common/object-id.pipe';
import {
  AnnotationDto,
  AnnotationHistoryDto,
  CreateAnnotationRequestDto,
  CreateReplyRequestDto,
  EditAnnotationRequestDto,
  SetDispositionRequestDto,
  ThreadFollowStateDto,
} from './annotations.dtos';
import { CreateAnnotationUseCase, type CreateResult } from './usecases/create-annotation.usecase';
import { CreateReplyUseCase } from './usecases/create-reply.usecase';
import { EditAnnotationUseCase } from './usecases/edit-annotation.usecase';
import { GetAnnotationHistoryUseCase } from './usecases/get-annotation-history.usecase';
import { SetDispositionUseCase } from './usecases/set-disposition.usecase';
import { SponsorAmendmentUseCase } from './usecases/sponsor-amendment.usecase';
import { FollowThreadUseCase } from './usecases/follow-thread.usecase';
import { WithdrawAnnotationUseCase } from './usecases/withdraw-annotation.usecase';

const IDEMPOTENT = `Idempotent on the caller's clientId: a retry with the same content answers 200 with the annotation created the first time; the same clientId with different content is 409 CLIENT_ID_CONFLICT.`;
const BODY = `body: plain text or a safe Markdown subset, at most ${ANNOTATION_BODY_MAX} characters; HTML is removed before storing.`;

/** A retry answers 200 with the first result instead of 201. */
const answer = (res: Response, result: CreateResult) => {
  if (!result.created) res.status(200);
  return result.annotation;
};

/**
 * Annotations by id. Who may see one follows its visibility; whoever may not gets 404 as if it
 * did not exist. Nobody deletes an annotation: its author edits or withdraws it.
 */
@ApiTags('annotations')
@ApiDefaultError()
@Controller('annotations')
export class AnnotationsController {
  constructor(
    private readonly speculation: AccessSpeculation,
    private readonly createAnnotation: CreateAnnotationUseCase,
    private readonly createReply: CreateReplyUseCase,
    private readonly editAnnotation: EditAnnotationUseCase,
    private readonly withdrawAnnotation: WithdrawAnnotationUseCase,
    private readonly getHistory: GetAnnotationHistoryUseCase,
    private readonly sponsors: SponsorAmendmentUseCase,
    private readonly followThread: FollowThreadUseCase,
    private readonly setDisposition: SetDispositionUseCase,
  ) {}

  @Post()
  @AuthorizeInProcess('annotations.write')
  @SpeculativeAccess()
  @ApiOperation({
    summary: 'Annotate a paragraph or a span of it in an open round',
    description: `${IDEMPOTENT} ${BODY} 400 SELECTOR_MISMATCH, AMENDMENT_REQUIRED, AMENDMENT_NOT_ALLOWED, DELEGATION_REQUIRED; 403 when the caller's delegation does not take part in the round; 404 PARAGRAPH_NOT_FOUND; 409 ROUND_NOT_OPEN, CLIENT_ID_CONFLICT. Mentions (@CODE or @Name of a delegation of the process) are recorded.`,
  })
  @ZodResponse({ status: 201, type: AnnotationDto })
  @ApiResponse({
    status: 200,
    description: 'A retry: the annotation created the first time',
    type: AnnotationDto.Output,
  })
  @ApiErrors(400, 409)
  async create(
    @CurrentPrincipal() principal: Principal,
    @Body() body: CreateAnnotationRequestDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    return answer(res, await this.speculation.run(req, principal, (p) => this.createAnnotation.execute(p, body)));
  }

  @Post(':id/replies')
  @AuthorizeInProcess('annotations.write')
  @SpeculativeAccess()
  @ApiOperation({
    summary: "Reply in the annotation's thread (takes the thread's round, anchor and visibility)",
    description: `${IDEMPOTENT} ${BODY} 409 ROUND_NOT_OPEN, ANNOTATION_WITHDRAWN.`,
  })
  @ZodResponse({ status: 201, type: AnnotationDto })
  @ApiResponse({ status: 200, description: 'A retry: the reply created the first time', type: AnnotationDto.Output })
  @ApiErrors(400, 409)
  async reply(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ObjectIdPipe) id: string,
    @Body() body: CreateReplyRequestDto,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    return answer(res, await this.speculation.run(req, principal, (p) => this.createReply.execute(p, id, body)));
  }

  @Patch(':id')
  @AuthorizeInProcess('annotations.write')
  @ApiOperation({
    summary: 'The author edits their annotation while the round is open (history kept)',
    description: `${BODY} 403 NOT_AUTHOR; 409 ROUND_NOT_OPEN, ANNOTATION_WITHDRAWN.`,
  })
  @ZodResponse({ status: 200, type: AnnotationDto })
  @ApiErrors(400, 409)
  edit(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ObjectIdPipe) id: string,
    @Body() body: EditAnnotationRequestDto,
  ) {
    return this.editAnnotation.execute(principal, id, body);
  }

  @Get(':id/history')
  @AuthorizeInProcess('annotations.read')
  @ApiOperation({ summary: 'Every text the annotation has had, the original first' })
  @ZodResponse({ status: 200, type: AnnotationHistoryDto })
  @ApiErrors(400)
  history(@CurrentPrincipal() principal: Principal, @Param('id', ObjectIdPipe) id: string) {
    return this.getHistory.execute(principal, id);
  }

  @Post(':id/withdraw')
  @AuthorizeInProcess('annotations.write')
  @ApiOperation({
    summary: 'The author withdraws their annotation; its text is kept',
    description: '403 NOT_AUTHOR; 409 ROUND_NOT_OPEN. Withdrawing again answers the withdrawn annotation.',
  })
  @ZodResponse({ status: 200, type: AnnotationDto })
  @ApiErrors(400, 409)
  withdraw(@CurrentPrincipal() principal: Principal, @Param('id', ObjectIdPipe) id: string) {
    return this.withdrawAnnotation.execute(principal, id);
  }

  @Post(':id/sponsors')
  @AuthorizeInProcess('annotations.sponsor')
  @ApiOperation({
    summary: "The caller's delegation co-sponsors the amendment (heads of delegation)",
    description:
      '400 AMENDMENT_REQUIRED (not an amendment); 403 for the delegation that proposed it; 409 ALREADY_SPONSOR, ANNOTATION_WITHDRAWN, ROUND_NOT_OPEN.',
  })
  @ZodResponse({ status: 201, type: AnnotationDto })
  @ApiErrors(400, 409)
  sponsor(@CurrentPrincipal() principal: Principal, @Param('id', ObjectIdPipe) id: string) {
    return this.sponsors.sponsor(principal, id);
  }

  @Delete(':id/sponsors/mine')
  @AuthorizeInProcess('annotations.sponsor')
  @ApiOperation({
    summary: "Withdraw the caller's delegation's co-sponsorship",
    description: '409 NOT_SPONSOR, ANNOTATION_WITHDRAWN, ROUND_NOT_OPEN.',
  })
  @ZodResponse({ status: 200, type: AnnotationDto })
  @ApiErrors(400, 409)
  unsponsor(@CurrentPrincipal() principal: Principal, @Param('id', ObjectIdPipe) id: string) {
    return this.sponsors.withdrawSupport(principal, id);
  }

  @Get(':id/follow')
  @AuthorizeInProcess('annotations.read')
  @ApiOperation({ summary: 'Whether the caller follows the thread (replies in it notify them)' })
  @ZodResponse({ status: 200, type: ThreadFollowStateDto })
  @ApiErrors(400)
  following(@CurrentPrincipal() principal: Principal, @Param('id', ObjectIdPipe) id: string) {
    return this.followThread.state(principal, id);
  }

  @Put(':id/follow')
  @AuthorizeInProcess('annotations.read')
  @ApiOperation({
    summary: 'Follow the thread of this annotation',
    description: 'Its author and everyone who replied follow it already, until they stop.',
  })
  @ZodResponse({ status: 200, type: ThreadFollowStateDto })
  @ApiErrors(400)
  follow(@CurrentPrincipal() principal: Principal, @Param('id', ObjectIdPipe) id: string) {
    return this.followThread.set(principal, id, true);
  }

  @Delete(':id/follow')
  @AuthorizeInProcess('annotations.read')
  @ApiOperation({ summary: 'Stop following the thread: its replies no longer notify the caller' })
  @ZodResponse({ status: 200, type: ThreadFollowStateDto })
  @ApiErrors(400)
  unfollow(@CurrentPrincipal() principal: Principal, @Param('id', ObjectIdPipe) id: string) {
    return this.followThread.set(principal, id, false);
  }

  @Put(':id/disposition')
  @AuthorizeInProcess('annotations.dispose')
  @ApiOperation({
    summary: 'Record the disposition of a comment or amendment (secretariat); its authors read the reason',
    description:
      'The latest disposition counts; earlier ones stay on file. 400 OPERATION_INVALID on a reply, 400 NO_DISPOSITION_FOR_KIND on a question or reservation.',
  })
  @ZodResponse({ status: 200, type: AnnotationDto })
  @ApiErrors(400)
  disposition(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ObjectIdPipe) id: string,
    @Body() body: SetDispositionRequestDto,
  ) {
    return this.setDisposition.execute(principal, id, body);
  }
}
