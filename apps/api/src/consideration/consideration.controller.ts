import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { AuthorizeInProcess } from '../authz/access.decorators';
import { CurrentPrincipal } from '../authz/current-principal.decorator';
import type { Principal } from '../authz/principal';
import { ApiDefaultError, ApiErrors } from '../common/api-errors.decorator';
import { ObjectIdPipe } from '../common/object-id.pipe';
import { ConsiderationDto, SetConsiderationRequestDto } from './consideration.dtos';
import { ConsiderationUseCase } from './usecases/consideration.usecase';

/** The paragraph under consideration in a round's live session; every change is broadcast as `paragraph.considered`. */
@ApiTags('speakers')
@ApiDefaultError()
@Controller('rounds/:id/consideration')
export class ConsiderationController {
  constructor(private readonly consideration: ConsiderationUseCase) {}

  @Get()
  @AuthorizeInProcess('rounds.read')
  @ApiOperation({ summary: 'The paragraph the room is on (null: none), with a revision that grows with each change' })
  @ZodResponse({ status: 200, type: ConsiderationDto })
  @ApiErrors(400)
  get(@CurrentPrincipal() principal: Principal, @Param('id', ObjectIdPipe) id: string) {
    return this.consideration.get(principal, id);
  }

  @Put()
  @AuthorizeInProcess('speakers.manage')
  @ApiOperation({
    summary: 'Take up a paragraph, or clear with null (the round chair or the secretariat)',
    description:
      '403 for delegations and other chairs; 404 PARAGRAPH_NOT_FOUND for a key the round’s version lacks; 409 ROUND_NOT_OPEN: the round is not open, or past its closing time.',
  })
  @ZodResponse({ status: 200, type: ConsiderationDto })
  @ApiErrors(400, 409)
  set(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ObjectIdPipe) id: string,
    @Body() body: SetConsiderationRequestDto,
  ) {
    return this.consideration.set(principal, id, body);
  }
}
