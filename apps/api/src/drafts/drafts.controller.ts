import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { AuthorizeInProcess } from '../authz/access.decorators';
import { CurrentPrincipal } from '../authz/current-principal.decorator';
import type { Principal } from '../authz/principal';
import { ApiDefaultError, ApiErrors } from '../common/api-errors.decorator';
import { ObjectIdPipe } from '../common/object-id.pipe';
import { DraftListDto, DraftVersionDto } from './drafts.dtos';
import { GetVersionUseCase } from './usecases/get-version.usecase';
import { ListDraftsUseCase } from './usecases/list-drafts.usecase';

@ApiTags('drafts')
@ApiDefaultError()
@Controller()
export class DraftsController {
  constructor(
    private readonly listDrafts: ListDraftsUseCase,
    private readonly getVersion: GetVersionUseCase,
  ) {}

  @Get('processes/:id/drafts')
  @AuthorizeInProcess('drafts.read')
  @ZodResponse({ status: 200, type: DraftListDto })
  @ApiErrors(400)
  list(@CurrentPrincipal() principal: Principal, @Param('id', ObjectIdPipe) id: string) {
    return this.listDrafts.execute(principal, id);
  }

  @Get('versions/:id')
  @AuthorizeInProcess('drafts.read')
  @ZodResponse({ status: 200, type: DraftVersionDto })
  @ApiErrors(400)
  version(@CurrentPrincipal() principal: Principal, @Param('id', ObjectIdPipe) id: string) {
    return this.getVersion.execute(principal, id);
  }
}
