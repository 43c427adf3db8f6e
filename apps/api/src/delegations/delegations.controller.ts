import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Authorize } from '../authz/access.decorators';
import { ApiDefaultError, ApiErrors } from '../common/api-errors.decorator';
import { CreateDelegationRequestDto, DelegationDto, DelegationListDto } from './delegations.dtos';
import { CreateDelegationUseCase } from './usecases/create-delegation.usecase';
import { ListDelegationsUseCase } from './usecases/list-delegations.usecase';

@ApiTags('delegations')
@ApiDefaultError()
@Controller('delegations')
export class DelegationsController {
  constructor(
    private readonly listDelegations: ListDelegationsUseCase,
    private readonly createDelegation: CreateDelegationUseCase,
  ) {}

  @Get()
  @Authorize('delegations.read')
  @ZodResponse({ status: 200, type: DelegationListDto })
  list() {
    return this.listDelegations.execute();
  }

  @Post()
  @Authorize('delegations.manage')
  @ZodResponse({ status: 201, type: DelegationDto })
  @ApiErrors(400, 409)
  create(@Body() body: CreateDelegationRequestDto) {
    return this.createDelegation.execute(body);
  }
}
