import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { AuthorizeInProcess } from '../authz/access.decorators';
import { CurrentPrincipal } from '../authz/current-principal.decorator';
import type { Principal } from '../authz/principal';
import { ApiDefaultError, ApiErrors } from '../common/api-errors.decorator';
import { ObjectIdPipe } from '../common/object-id.pipe';
import { RoundListDto } from './rounds.dtos';
import { ListRoundsUseCase } from './usecases/list-rounds.usecase';

@ApiTags('rounds')
@ApiDefaultError()
@Controller('processes/:id/rounds')
export class RoundsController {
  constructor(private readonly listRounds: ListRoundsUseCase) {}

  @Get()
  @AuthorizeInProcess('rounds.read')
  @ZodResponse({ status: 200, type: RoundListDto })
  @ApiErrors(400)
  list(@CurrentPrincipal() principal: Principal, @Param('id', ObjectIdPipe) id: string) {
    return this.listRounds.execute(principal, id);
  }
}
