import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { AuthorizeInProcess } from '../authz/access.decorators';
import { CurrentPrincipal } from '../authz/current-principal.decorator';
import type { Principal } from '../authz/principal';
import { ApiDefaultError, ApiErrors } from '../common/api-errors.decorator';
import { ObjectIdPipe } from '../common/object-id.pipe';
import { AuditPageDto, AuditQueryDto } from './audit.dtos';
import { ExportAuditUseCase } from './usecases/export-audit.usecase';
import { ListAuditUseCase } from './usecases/list-audit.usecase';
import { CostlyRoute } from '../rate-limits/rate-limit.decorators';

@ApiTags('audit')
@ApiDefaultError()
@Controller('processes/:id')
export class AuditController {
  constructor(
    private readonly listAudit: ListAuditUseCase,
    private readonly exportAudit: ExportAuditUseCase,
  ) {}

  @Get('audit')
  @AuthorizeInProcess('audit.read')
  @ApiOperation({ summary: "The process's audit log, newest first, filtered and paged by cursor (secretariat)" })
  @ZodResponse({ status: 200, type: AuditPageDto })
  @ApiErrors(400)
  list(@CurrentPrincipal() principal: Principal, @Param('id', ObjectIdPipe) id: string, @Query() query: AuditQueryDto) {
    return this.listAudit.execute(principal, id, query);
  }

  @Get('audit.csv')
  @AuthorizeInProcess('audit.read')
  @CostlyRoute()
  @ApiOperation({
    summary: 'The filtered audit log as CSV (secretariat)',
    description:
      'Same filters as the list; cursor and limit are ignored. Columns: at, actor, action code and its English label, target, summary, before/after as JSON.',
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'CSV with a header row, UTF-8 with a byte order mark',
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  @ApiErrors(400)
  async csv(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ObjectIdPipe) id: string,
    @Query() query: AuditQueryDto,
  ): Promise<StreamableFile> {
    const stream = await this.exportAudit.execute(principal, id, query);
    return new StreamableFile(stream, {
      type: 'text/csv; charset=utf-8',
      disposition: 'attachment; filename="audit-log.csv"',
    });
  }
}
