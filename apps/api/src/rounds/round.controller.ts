import { Body, Controller, Get, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { AuthorizeInProcess } from '../authz/access.decorators';
import { CurrentPrincipal } from '../authz/current-principal.decorator';
import type { Principal } from '../authz/principal';
import { ApiDefaultError, ApiErrors } from '../common/api-errors.decorator';
import { ObjectIdPipe } from '../common/object-id.pipe';
import {
  ChangeRoundClosingRequestDto,
  ChangeRoundStatusRequestDto,
  ParagraphStatusEntryDto,
  ParagraphStatusListDto,
  RoundDto,
  SetParagraphStatusRequestDto,
  UpdateRoundRequestDto,
} from './rounds.dtos';
import { ChangeRoundClosingUseCase } from './usecases/change-round-closing.usecase';
import { ChangeRoundStatusUseCase } from './usecases/change-round-status.usecase';
import { GetRoundUseCase } from './usecases/get-round.usecase';
import { ListParagraphStatusesUseCase } from './usecases/list-paragraph-statuses.usecase';
import { SetParagraphStatusUseCase } from './usecases/set-paragraph-status.usecase';
import { UpdateRoundUseCase } from './usecases/update-round.usecase';

/** One round, by id. Members of the process can read it; confidentiality comes with annotations. */
@ApiTags('rounds')
@ApiDefaultError()
@Controller('rounds/:id')
export class RoundController {
  constructor(
    private readonly getRound: GetRoundUseCase,
    private readonly updateRound: UpdateRoundUseCase,
    private readonly changeStatus: ChangeRoundStatusUseCase,
    private readonly changeClosing: ChangeRoundClosingUseCase,
    private readonly listStatuses: ListParagraphStatusesUseCase,
    private readonly setStatus: SetParagraphStatusUseCase,
  ) {}

  @Get()
  @AuthorizeInProcess('rounds.read')
  @ZodResponse({ status: 200, type: RoundDto })
  @ApiErrors(400)
  get(@CurrentPrincipal() principal: Principal, @Param('id', ObjectIdPipe) id: string) {
    return this.getRound.execute(principal, id);
  }

  @Patch()
  @AuthorizeInProcess('rounds.manage')
  @ApiOperation({
    summary: 'Change the settings of a scheduled round (secretariat); 409 ROUND_NOT_EDITABLE once opened',
  })
  @ZodResponse({ status: 200, type: RoundDto })
  @ApiErrors(400, 409)
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ObjectIdPipe) id: string,
    @Body() body: UpdateRoundRequestDto,
  ) {
    return this.updateRound.execute(principal, id, body);
  }

  @Post('status')
  @AuthorizeInProcess('rounds.change_status')
  @ApiOperation({
    summary: 'Open, close, reopen or conclude the round (its chair or the secretariat)',
    description:
      'scheduled -> open -> closed -> open | concluded; anything else is 409 ROUND_TRANSITION_INVALID. Opening or reopening needs a closing time ahead: send a new `closesAt` when the current one has passed (409 ROUND_DEADLINE_PASSED otherwise; 400 ROUND_CLOSING_TIME_PAST, ROUND_WINDOW_INVALID for a bad new one).',
  })
  @ZodResponse({ status: 200, type: RoundDto })
  @ApiErrors(400, 409)
  status(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ObjectIdPipe) id: string,
    @Body() body: ChangeRoundStatusRequestDto,
  ) {
    return this.changeStatus.execute(principal, id, body);
  }

  @Put('closes-at')
  @AuthorizeInProcess('rounds.change_status')
  @ApiOperation({
    summary: "Extend or bring forward the round's closing time (its chair or the secretariat)",
    description:
      'Any round not concluded. Participants of an open round are notified; the reminder and the automatic close follow. 400 ROUND_CLOSING_TIME_PAST (not in the future), ROUND_WINDOW_INVALID (not after opensAt); 409 ROUND_NOT_EDITABLE (concluded).',
  })
  @ZodResponse({ status: 200, type: RoundDto })
  @ApiErrors(400, 409)
  closing(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ObjectIdPipe) id: string,
    @Body() body: ChangeRoundClosingRequestDto,
  ) {
    return this.changeClosing.execute(principal, id, body);
  }

  @Get('paragraph-statuses')
  @AuthorizeInProcess('rounds.read')
  @ApiOperation({ summary: "Every paragraph of the round's version with its negotiation status (default open)" })
  @ZodResponse({ status: 200, type: ParagraphStatusListDto })
  @ApiErrors(400)
  statuses(@CurrentPrincipal() principal: Principal, @Param('id', ObjectIdPipe) id: string) {
    return this.listStatuses.execute(principal, id);
  }

  @Put('paragraphs/:key/status')
  @AuthorizeInProcess('rounds.set_paragraph_status')
  @ApiOperation({ summary: "Set a paragraph's negotiation status (the round's chair only)" })
  @ZodResponse({ status: 200, type: ParagraphStatusEntryDto })
  @ApiErrors(400, 409)
  setParagraphStatus(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ObjectIdPipe) id: string,
    @Param('key') key: string,
    @Body() body: SetParagraphStatusRequestDto,
  ) {
    return this.setStatus.execute(principal, id, key, body);
  }
}
