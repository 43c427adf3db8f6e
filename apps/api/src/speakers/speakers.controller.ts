import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { AuthorizeInProcess } from '../authz/access.decorators';
import { CurrentPrincipal } from '../authz/current-principal.decorator';
import type { Principal } from '../authz/principal';
import { ApiDefaultError, ApiErrors } from '../common/api-errors.decorator';
import { ObjectIdPipe } from '../common/object-id.pipe';
import { CostlyRoute } from '../rate-limits/rate-limit.decorators';
import {
  ReorderSpeakersRequestDto,
  RequestFloorRequestDto,
  SetSpeakingTimeRequestDto,
  SpeakersListDto,
  SpeakerTurnsDto,
} from './speakers.dtos';
import { SpeakersUseCase } from './usecases/speakers.usecase';

/** The speakers' list of a round's live session; every change is broadcast as `speakers.updated`. */
@ApiTags('speakers')
@ApiDefaultError()
@Controller('rounds/:id/speakers')
export class SpeakersController {
  constructor(private readonly speakers: SpeakersUseCase) {}

  @Get()
  @AuthorizeInProcess('rounds.read')
  @ApiOperation({ summary: "The round's speakers' list: the queue, who has the floor since when, the last turn" })
  @ZodResponse({ status: 200, type: SpeakersListDto })
  @ApiErrors(400)
  get(@CurrentPrincipal() principal: Principal, @Param('id', ObjectIdPipe) id: string) {
    return this.speakers.get(principal, id);
  }

  @Post()
  @HttpCode(200)
  @AuthorizeInProcess('speakers.request')
  @ApiOperation({
    summary: "Ask for the floor on a paragraph for the caller's delegation",
    description:
      '403 DELEGATION_NOT_IN_ROUND; 404 PARAGRAPH_NOT_FOUND; 409 SPEAKER_ALREADY_QUEUED, ROUND_NOT_OPEN (not open, or past its closing time).',
  })
  @ZodResponse({ status: 200, type: SpeakersListDto })
  @ApiErrors(400, 409)
  request(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ObjectIdPipe) id: string,
    @Body() body: RequestFloorRequestDto,
  ) {
    return this.speakers.request(principal, id, body);
  }

  @Delete(':entryId')
  @AuthorizeInProcess('rounds.read')
  @ApiOperation({
    summary: 'Withdraw a request for the floor (its delegation, or the chair)',
    description: 'Also after the closing time and once the round is closed, so the queue can be cleared.',
  })
  @ZodResponse({ status: 200, type: SpeakersListDto })
  @ApiErrors(400)
  withdraw(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ObjectIdPipe) id: string,
    @Param('entryId') entryId: string,
  ) {
    return this.speakers.withdraw(principal, id, entryId);
  }

  @Put('order')
  @AuthorizeInProcess('rounds.chair')
  @ApiOperation({
    summary: 'Reorder the queue (the round chair); 400 SPEAKERS_ORDER_INVALID',
    description: '409 ROUND_NOT_OPEN: the round is not open, or past its closing time.',
  })
  @ZodResponse({ status: 200, type: SpeakersListDto })
  @ApiErrors(400, 409)
  reorder(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ObjectIdPipe) id: string,
    @Body() body: ReorderSpeakersRequestDto,
  ) {
    return this.speakers.reorder(principal, id, body);
  }

  @Post('end-floor')
  @HttpCode(200)
  @AuthorizeInProcess('rounds.chair')
  @ApiOperation({
    summary: 'End the current turn (the round chair); the last turn shows its length',
    description: 'Also after the closing time and once the round is closed: a turn under way then still ends.',
  })
  @ZodResponse({ status: 200, type: SpeakersListDto })
  @ApiErrors(400, 409)
  endFloor(@CurrentPrincipal() principal: Principal, @Param('id', ObjectIdPipe) id: string) {
    return this.speakers.endFloor(principal, id);
  }

  @Post(':entryId/floor')
  @HttpCode(200)
  @AuthorizeInProcess('rounds.chair')
  @ApiOperation({
    summary: 'Give the floor to a waiting delegation (the round chair); ends the current turn',
    description: '409 ROUND_NOT_OPEN: the round is not open, or past its closing time.',
  })
  @ZodResponse({ status: 200, type: SpeakersListDto })
  @ApiErrors(400, 409)
  giveFloor(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ObjectIdPipe) id: string,
    @Param('entryId') entryId: string,
  ) {
    return this.speakers.giveFloor(principal, id, entryId);
  }

  @Put('speaking-time')
  @AuthorizeInProcess('speakers.manage')
  @ApiOperation({
    summary: 'Set the speaking time per turn, 1–30 minutes or null for none (the round chair or the secretariat)',
    description:
      'Everyone in the round sees the time left of the turn under way; nothing happens at the limit, the chair ends the turn. 403 for delegations and other chairs.',
  })
  @ZodResponse({ status: 200, type: SpeakersListDto })
  @ApiErrors(400)
  setSpeakingTime(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ObjectIdPipe) id: string,
    @Body() body: SetSpeakingTimeRequestDto,
  ) {
    return this.speakers.setSpeakingTime(principal, id, body);
  }

  @Get('turns')
  @AuthorizeInProcess('speakers.manage')
  @ApiOperation({
    summary: "The record of the floor: the round's finished turns, oldest first (the round chair or the secretariat)",
  })
  @ZodResponse({ status: 200, type: SpeakerTurnsDto })
  @ApiErrors(400)
  turns(@CurrentPrincipal() principal: Principal, @Param('id', ObjectIdPipe) id: string) {
    return this.speakers.turns(principal, id);
  }

  @Get('turns.csv')
  @AuthorizeInProcess('speakers.manage')
  @CostlyRoute()
  @ApiOperation({
    summary: 'The record of the floor as CSV (the round chair or the secretariat)',
    description:
      "Headers in the caller's language. Columns: floor given and ended (UTC), delegation, paragraph, duration (m:ss and seconds), speaking time in force, over time, given by, ended by. Each download is written to the process's audit log (speakers.exported).",
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'CSV with a header row, UTF-8 with a byte order mark',
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  @ApiErrors(400)
  async turnsCsv(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ObjectIdPipe) id: string,
  ): Promise<StreamableFile> {
    return new StreamableFile(Buffer.from(await this.speakers.turnsCsv(principal, id), 'utf8'), {
      type: 'text/csv; charset=utf-8',
      disposition: 'attachment; filename="speakers-record.csv"',
    });
  }
}
