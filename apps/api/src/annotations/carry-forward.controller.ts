import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { AuthorizeInProcess } from '../authz/access.decorators';
import { CurrentPrincipal } from '../authz/current-principal.decorator';
import type { Principal } from '../authz/principal';
import { ApiDefaultError, ApiErrors } from '../common/api-errors.decorator';
import { ObjectIdPipe } from '../common/object-id.pipe';
import { CarryForwardQueryDto, CarryForwardReportDto } from './annotations.dtos';
import { CarryForwardReportUseCase } from './usecases/carry-forward-report.usecase';
import { CostlyRoute } from '../rate-limits/rate-limit.decorators';

@ApiTags('annotations')
@ApiDefaultError()
@Controller('drafts/:id/carry-forward')
export class CarryForwardController {
  constructor(private readonly report: CarryForwardReportUseCase) {}

  @Get()
  @AuthorizeInProcess('annotations.carry_forward')
  @CostlyRoute()
  @ApiOperation({
    summary: 'Where each comment and amendment of one published version landed in a later one (secretariat, chair)',
    description:
      'Paragraph by paragraph of `from`: each open annotation the caller may see, its disposition, and its anchor in `to` (method, or orphaned). 400 OPERATION_INVALID unless `to` is later than `from`; 404 unless both are published versions of this draft. A carry missing from a failed re-anchoring is completed first (idempotent).',
  })
  @ZodResponse({ status: 200, type: CarryForwardReportDto })
  @ApiErrors(400)
  get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ObjectIdPipe) id: string,
    @Query() query: CarryForwardQueryDto,
  ) {
    return this.report.execute(principal, id, query.from, query.to);
  }
}
