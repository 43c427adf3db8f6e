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
      'How many paragraphs have each status; silence procedures under way (and whether the caller may break silence); for a head of a participating delegation, paragraphs with a recorded position; for the secretariat, comments and amendments without a disposition; for the chair and the secretariat, requests for the floor; for a member of a delegation who reads the round, the open threads its members started by disposition (the list’s proposedBy filter), the open amendments it co-sponsors by disposition (sponsoredBy), and how many got a disposition or a reply from outside the delegation since the caller’s last visit to the reading page (the reading mark, not moved by this call). Parts that are not the caller’s are null.',
  })
  @ZodResponse({ status: 200, type: RoundAgendaDto })
  @ApiErrors(400)
  get(@CurrentPrincipal() principal: Principal, @Param('id', ObjectIdPipe) id: string) {
    return this.agenda.execute(principal, id);
  }
}
