import { Body, Controller, Get, Param, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
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
import { type DocumentFile, ExportDraftDocumentsUseCase } from './usecases/export-draft-documents.usecase';
import { GetDraftUseCase } from './usecases/get-draft.usecase';
import { GetVersionUseCase } from './usecases/get-version.usecase';
import { ListDraftsUseCase } from './usecases/list-drafts.usecase';
import { CostlyRoute } from '../rate-limits/rate-limit.decorators';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Sent whole with its length, so the web can show how much has arrived. */
const docx = ({ body, fileName }: DocumentFile) =>
  new StreamableFile(body, {
    type: DOCX_TYPE,
    length: body.length,
    // The name may hold any letter of the draft's title: RFC 5987's filename* carries it whole.
    disposition: `attachment; filename="${fileName.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
  });

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
    private readonly documents: ExportDraftDocumentsUseCase,
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
  @CostlyRoute()
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

  @Get('drafts/:id/compare.docx')
  @AuthorizeInProcess('drafts.read')
  @CostlyRoute()
  @ApiOperation({
    summary: 'Two versions compared, as a Word document',
    description:
      "The newer text with added words underlined and removed ones struck through; added, removed and moved paragraphs marked. Who may compare them on screen may download it; the document's own words are in the caller's language.",
  })
  @ApiProduces(DOCX_TYPE)
  @ApiOkResponse({ description: 'DOCX document' })
  @ApiErrors(400)
  async compareDocument(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ObjectIdPipe) id: string,
    @Query() query: CompareQueryDto,
  ) {
    return docx(await this.documents.comparison(principal, id, query));
  }

  @Get('versions/:id/document.docx')
  @AuthorizeInProcess('drafts.read')
  @CostlyRoute()
  @ApiOperation({
    summary: 'A version as a Word document: its sections and numbered paragraphs, for circulation',
    description: 'A working version only for those who may read it (others 404), marked as not published.',
  })
  @ApiProduces(DOCX_TYPE)
  @ApiOkResponse({ description: 'DOCX document' })
  @ApiErrors(400)
  async versionDocument(@CurrentPrincipal() principal: Principal, @Param('id', ObjectIdPipe) id: string) {
    return docx(await this.documents.version(principal, id));
  }

  @Get('versions/:id')
  @AuthorizeInProcess('drafts.read')
  @ZodResponse({ status: 200, type: DraftVersionDto })
  @ApiErrors(400)
  version(@CurrentPrincipal() principal: Principal, @Param('id', ObjectIdPipe) id: string) {
    return this.getVersion.execute(principal, id);
  }
}
