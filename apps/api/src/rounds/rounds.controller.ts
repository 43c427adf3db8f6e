import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { AuthorizeInProcess } from '../authz/access.decorators';
import { CurrentPrincipal } from '../authz/current-principal.decorator';
import type { Principal } from '../authz/principal';
import { ApiDefaultError, ApiErrors } from '../common/api-errors.decorator';
import { ObjectIdPipe } from '../common/object-id.pipe';
import { CreateRoundRequestDto, RoundDto, RoundListDto } from './rounds.dtos';
import { CreateRoundUseCase } from './usecases/create-round.usecase';
import { ListRoundsUseCase } from './usecases/list-rounds.usecase';

@ApiTags('rounds')
@ApiDefaultError()
@Controller('processes/:id/rounds')
export class RoundsController {
  constructor(
    private readonly listRounds: ListRoundsUseCase,
    private readonly createRound: CreateRoundUseCase,
  ) {}

  @Get()
  @AuthorizeInProcess('rounds.read')
  @ZodResponse({ status: 200, type: RoundListDto })
  @ApiErrors(400)
  list(@CurrentPrincipal() principal: Principal, @Param('id', ObjectIdPipe) id: string) {
    return this.listRounds.execute(principal, id);
  }

  @Post()
  @AuthorizeInProcess('rounds.manage')
  @ApiOperation({
    summary: 'Create a scheduled round on a published version (secretariat)',
    description:
      '400 ROUND_WINDOW_INVALID, CHAIR_NOT_MEMBER, DELEGATION_NOT_IN_PROCESS; 409 ROUND_VERSION_NOT_PUBLISHED, CONFLICT (name).',
  })
  @ZodResponse({ status: 201, type: RoundDto })
  @ApiErrors(400, 409)
  create(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ObjectIdPipe) id: string,
    @Body() body: CreateRoundRequestDto,
  ) {
    return this.createRound.execute(principal, id, body);
  }
}
