import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { AuthorizeInProcess } from '../authz/access.decorators';
import { CurrentPrincipal } from '../authz/current-principal.decorator';
import type { Principal } from '../authz/principal';
import { ApiDefaultError, ApiErrors } from '../common/api-errors.decorator';
import { ObjectIdPipe } from '../common/object-id.pipe';
import { WorkingAmendmentListDto } from './annotations.dtos';
import { ListWorkingAmendmentsUseCase } from './usecases/list-working-amendments.usecase';

@ApiTags('versions')
@ApiDefaultError()
@Controller('versions/:id/amendments')
export class WorkingAmendmentsController {
  constructor(private readonly list: ListWorkingAmendmentsUseCase) {}

  @Get()
  @AuthorizeInProcess('drafts.manage')
  @ApiOperation({
    summary: 'The amendments of the draft’s rounds, to apply to the working version (secretariat)',
    description:
      'Each open amendment the caller may read and nobody hid, anchored where re-anchoring placed it in the latest ' +
      'published version (paragraphKey null when orphaned), with its disposition, sponsors and whether it was ' +
      'already applied to this working version. Orphans first, then by paragraph, accepted first. Apply one with ' +
      'the operation `apply_amendment` (POST /versions/:id/operations). 409 VERSION_NOT_WORKING on a published version.',
  })
  @ZodResponse({ status: 200, type: WorkingAmendmentListDto })
  @ApiErrors(409)
  get(@CurrentPrincipal() principal: Principal, @Param('id', ObjectIdPipe) id: string) {
    return this.list.execute(principal, id);
  }
}
