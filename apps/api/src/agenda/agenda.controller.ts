import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { AuthorizeInProcess } from '../authz/access.decorators';
import { CurrentPrincipal } from '../authz/current-principal.decorator';
import type { Principal } from '../authz/principal';
import { ApiDefaultError, ApiErrors } from '../common/api-errors.decorator';
import { ObjectIdPipe } from '../common/object-id.pipe';
import { RoundAgendaDto } from './agenda.dtos';
import { RoundAgendaUseCase } from './usecases/round-agenda.usecase';

@ApiTags('rounds')
@ApiDefaultError()
@Controller('rounds/:id/agenda')
export class AgendaController {
  constructor(private readonly agenda: RoundAgendaUseCase) {}

  @Get()
  @AuthorizeInProcess('rounds.read')
  @ApiOperation({
    summary: 'What the round waits for from the caller, by role',
    description:
      'Silence procedures under way (and whether the caller may break silence); for a head of a participating delegation, paragraphs with a recorded position; for the secretariat, comments and amendments without a disposition; for the chair and the secretariat, requests for the floor. Parts that are not the caller’s are null.',
  })
  @ZodResponse({ status: 200, type: RoundAgendaDto })
  @ApiErrors(400)
  get(@CurrentPrincipal() principal: Principal, @Param('id', ObjectIdPipe) id: string) {
    return this.agenda.execute(principal, id);
  }
}
