import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { AuthorizeInProcess } from '../authz/access.decorators';
import { CurrentPrincipal } from '../authz/current-principal.decorator';
import type { Principal } from '../authz/principal';
import { ApiDefaultError, ApiErrors } from '../common/api-errors.decorator';
import { ObjectIdPipe } from '../common/object-id.pipe';
import {
  BreakSilenceRequestDto,
  ChangeSilenceDeadlineRequestDto,
  SilenceProcedureDto,
  SilenceProcedureListDto,
  StartSilenceRequestDto,
} from './silence.dtos';
import { BreakSilenceUseCase } from './usecases/break-silence.usecase';
import { ChangeSilenceUseCase } from './usecases/change-silence.usecase';
import { ListSilencesUseCase } from './usecases/list-silences.usecase';
import { StartSilenceUseCase } from './usecases/start-silence.usecase';

@ApiTags('silence procedures')
@ApiDefaultError()
@Controller()
export class SilenceController {
  constructor(
    private readonly startSilence: StartSilenceUseCase,
    private readonly listSilences: ListSilencesUseCase,
    private readonly breakSilence: BreakSilenceUseCase,
    private readonly changeSilence: ChangeSilenceUseCase,
  ) {}

  @Get('rounds/:id/silence-procedures')
  @AuthorizeInProcess('rounds.read')
  @ApiOperation({ summary: "The round's silence procedures, newest first" })
  @ZodResponse({ status: 200, type: SilenceProcedureListDto })
  @ApiErrors(400)
  list(@CurrentPrincipal() principal: Principal, @Param('id', ObjectIdPipe) id: string) {
    return this.listSilences.execute(principal, id);
  }

  @Post('rounds/:id/silence-procedures')
  @AuthorizeInProcess('rounds.chair')
  @ApiOperation({
    summary: 'Start a silence procedure on paragraphs until a deadline (the round chair)',
    description:
      'At the deadline, unless a delegation broke silence, the paragraphs become agreed. 400 SILENCE_DEADLINE_INVALID, 409 SILENCE_PARAGRAPH_BUSY / ROUND_NOT_OPEN (not open, or past its closing time; a procedure already running goes on to its own deadline).',
  })
  @ZodResponse({ status: 201, type: SilenceProcedureDto })
  @ApiErrors(400, 409)
  start(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ObjectIdPipe) id: string,
    @Body() body: StartSilenceRequestDto,
  ) {
    return this.startSilence.execute(principal, id, body);
  }

  @Post('silence-procedures/:id/break')
  @HttpCode(200)
  @AuthorizeInProcess('silence.break')
  @ApiOperation({
    summary: 'Break silence with a statement (head of a participating delegation)',
    description:
      '409 SILENCE_DEADLINE_PASSED after the deadline, SILENCE_NOT_RUNNING once ended; 403 DELEGATION_NOT_IN_ROUND.',
  })
  @ZodResponse({ status: 200, type: SilenceProcedureDto })
  @ApiErrors(400, 409)
  break(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ObjectIdPipe) id: string,
    @Body() body: BreakSilenceRequestDto,
  ) {
    return this.breakSilence.execute(principal, id, body);
  }

  @Put('silence-procedures/:id/deadline')
  @AuthorizeInProcess('rounds.chair')
  @ApiOperation({ summary: 'Move the deadline of a running procedure (the round chair)' })
  @ZodResponse({ status: 200, type: SilenceProcedureDto })
  @ApiErrors(400, 409)
  moveDeadline(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ObjectIdPipe) id: string,
    @Body() body: ChangeSilenceDeadlineRequestDto,
  ) {
    return this.changeSilence.moveDeadline(principal, id, body);
  }

  @Post('silence-procedures/:id/cancel')
  @HttpCode(200)
  @AuthorizeInProcess('rounds.chair')
  @ApiOperation({ summary: 'Cancel a running procedure (the round chair); its paragraphs keep their status' })
  @ZodResponse({ status: 200, type: SilenceProcedureDto })
  @ApiErrors(400, 409)
  cancel(@CurrentPrincipal() principal: Principal, @Param('id', ObjectIdPipe) id: string) {
    return this.changeSilence.cancel(principal, id);
  }
}
