import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { AuthorizeInProcess } from '../authz/access.decorators';
import { CurrentPrincipal } from '../authz/current-principal.decorator';
import type { Principal } from '../authz/principal';
import { ApiDefaultError, ApiErrors } from '../common/api-errors.decorator';
import { ObjectIdPipe } from '../common/object-id.pipe';
import {
  CompareQueryDto,
  ComparisonDto,
  CreateDraftRequestDto,
  DraftDto,
  DraftListDto,
  DraftVersionDto,
} from './drafts.dtos';
import { CompareVersionsUseCase } from './usecases/compare-versions.usecase';
import { CreateDraftUseCase } from './usecases/create-draft.usecase';
import { GetDraftUseCase } from './usecases/get-draft.usecase';
import { GetVersionUseCase } from './usecases/get-version.usecase';
import { ListDraftsUseCase } from './usecases/list-drafts.usecase';

@ApiTags('drafts')
@ApiDefaultError()
@Controller()
export class DraftsController {
  constructor(
    private readonly listDrafts: ListDraftsUseCase,
    private readonly createDraft: CreateDraftUseCase,
    private readonly getDraft: GetDraftUseCase,
    private readonly getVersion: GetVersionUseCase,
    private readonly compareVersions: CompareVersionsUseCase,
  ) {}

  @Get('processes/:id/drafts')
  @AuthorizeInProcess('drafts.read')
  @ZodResponse({ status: 200, type: DraftListDto })
  @ApiErrors(400)
  list(@CurrentPrincipal() principal: Principal, @Param('id', ObjectIdPipe) id: string) {
    return this.listDrafts.execute(principal, id);
  }

  @Post('processes/:id/drafts')
  @AuthorizeInProcess('drafts.manage')
  @ApiOperation({ summary: 'Create a draft with an empty working version (secretariat of the process)' })
  @ZodResponse({ status: 201, type: DraftDto })
  @ApiErrors(400, 409)
  create(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ObjectIdPipe) id: string,
    @Body() body: CreateDraftRequestDto,
  ) {
    return this.createDraft.execute(principal, id, body);
  }

  @Get('drafts/:id')
  @AuthorizeInProcess('drafts.read')
  @ApiOperation({ summary: 'A draft with its versions (the working version only for secretariat and chairs)' })
  @ZodResponse({ status: 200, type: DraftDto })
  @ApiErrors(400)
  get(@CurrentPrincipal() principal: Principal, @Param('id', ObjectIdPipe) id: string) {
    return this.getDraft.execute(principal, id);
  }

  @Get('drafts/:id/compare')
  @AuthorizeInProcess('drafts.read')
  @ApiOperation({
    summary: 'Compare two versions of the draft: paragraphs aligned by key, word-level changes, moves',
    description: '400 COMPARE_DIFFERENT_DRAFTS when a version belongs to another draft of the process.',
  })
  @ZodResponse({ status: 200, type: ComparisonDto })
  @ApiErrors(400)
  compare(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ObjectIdPipe) id: string,
    @Query() query: CompareQueryDto,
  ) {
    return this.compareVersions.execute(principal, id, query);
  }

  @Get('versions/:id')
  @AuthorizeInProcess('drafts.read')
  @ZodResponse({ status: 200, type: DraftVersionDto })
  @ApiErrors(400)
  version(@CurrentPrincipal() principal: Principal, @Param('id', ObjectIdPipe) id: string) {
    return this.getVersion.execute(principal, id);
  }
}
