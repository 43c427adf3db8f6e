import { Body, Controller, Get, Param, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { AuthorizeInProcess } from '../authz/access.decorators';
import { CurrentPrincipal } from '../authz/current-principal.decorator';
import type { Principal } from '../authz/principal';
import { ApiDefaultError, ApiErrors } from '../common/api-errors.decorator';
import { ObjectIdPipe } from '../common/object-id.pipe';
import {
  MatrixQueryDto,
  PositionChangesDto,
  PositionChangesQueryDto,
  PositionDto,
  PositionEvolutionDto,
  PositionHistoryQueryDto,
  PositionListDto,
  PositionListQueryDto,
  PositionMatrixDto,
  RecordPositionRequestDto,
} from './positions.dtos';
import { DelegationReportUseCase } from './usecases/delegation-report.usecase';
import { type ExportFile, ExportPositionsUseCase } from './usecases/export-positions.usecase';
import { ListPositionsUseCase } from './usecases/list-positions.usecase';
import { PositionChangesUseCase } from './usecases/position-changes.usecase';
import { PositionEvolutionUseCase } from './usecases/position-evolution.usecase';
import { PositionHistoryUseCase } from './usecases/position-history.usecase';
import { PositionMatrixUseCase } from './usecases/position-matrix.usecase';
import { RecordPositionUseCase } from './usecases/record-position.usecase';
import { CostlyRoute } from '../rate-limits/rate-limit.decorators';

const READERS =
  "Readers follow the round's confidentiality: 'delegations' — the secretariat, chairs and participating delegations (others 403 POSITIONS_NOT_VISIBLE); 'observers' and 'public' — every member of the process.";
const FILTERS = 'Filters: region, kind and delegationId, each a comma-separated list.';

/** Sent whole with its length, so the web can show how much of a large export has arrived. */
const file = ({ body, type, fileName }: ExportFile) =>
  new StreamableFile(body, { type, length: body.length, disposition: `attachment; filename="${fileName}"` });

/** Delegations' positions on the paragraphs of a round: append-only, the latest counts. */
@ApiTags('positions')
@ApiDefaultError()
@Controller('rounds/:id/positions')
export class PositionsController {
  constructor(
    private readonly recordPosition: RecordPositionUseCase,
    private readonly listPositions: ListPositionsUseCase,
    private readonly positionHistory: PositionHistoryUseCase,
    private readonly positionMatrix: PositionMatrixUseCase,
    private readonly positionChanges: PositionChangesUseCase,
    private readonly positionEvolution: PositionEvolutionUseCase,
    private readonly exports: ExportPositionsUseCase,
    private readonly delegationReport: DelegationReportUseCase,
  ) {}

  @Post()
  @AuthorizeInProcess('positions.record')
  @ApiOperation({
    summary: "A head of delegation records their delegation's position on a paragraph of an open round",
    description:
      'Every call appends a record; the latest counts. 400 POSITION_AMENDMENTS_REQUIRED, POSITION_AMENDMENT_INVALID (not an open amendment of this paragraph in this round, or amendments with another value); 403 for delegates and observers, POSITION_NOT_OWN_DELEGATION, DELEGATION_NOT_IN_ROUND; 404 PARAGRAPH_NOT_FOUND; 409 ROUND_NOT_OPEN.',
  })
  @ZodResponse({ status: 201, type: PositionDto })
  @ApiErrors(400, 409)
  record(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ObjectIdPipe) id: string,
    @Body() body: RecordPositionRequestDto,
  ) {
    return this.recordPosition.execute(principal, id, body);
  }

  @Get()
  @AuthorizeInProcess('positions.read')
  @ApiOperation({ summary: 'The current position of each delegation on one paragraph', description: READERS })
  @ZodResponse({ status: 200, type: PositionListDto })
  @ApiErrors(400)
  list(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ObjectIdPipe) id: string,
    @Query() query: PositionListQueryDto,
  ) {
    return this.listPositions.execute(principal, id, query.paragraphKey);
  }

  @Get('history')
  @AuthorizeInProcess('positions.read')
  @ApiOperation({
    summary: 'Every position a delegation recorded on a paragraph, the first first',
    description: READERS,
  })
  @ZodResponse({ status: 200, type: PositionListDto })
  @ApiErrors(400)
  history(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ObjectIdPipe) id: string,
    @Query() query: PositionHistoryQueryDto,
  ) {
    return this.positionHistory.execute(principal, id, query);
  }

  @Get('matrix')
  @AuthorizeInProcess('positions.read')
  @ApiOperation({
    summary: 'Delegations × paragraphs with the current positions and a summary per paragraph',
    description: `${READERS} ${FILTERS} Consensus: no objection, no reservation and at least one support.`,
  })
  @ZodResponse({ status: 200, type: PositionMatrixDto })
  @ApiErrors(400)
  matrix(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ObjectIdPipe) id: string,
    @Query() query: MatrixQueryDto,
  ) {
    return this.positionMatrix.execute(principal, id, query);
  }

  @Get('changes')
  @AuthorizeInProcess('positions.read')
  @ApiOperation({
    summary: 'The positions other delegations recorded since a time (the reading page: since your last visit)',
    description: `${READERS} One item per cell whose current position was recorded after \`since\`, the oldest first; the caller's own delegation is left out. Positions recorded before the rows kept their times are never listed. 400 VALIDATION_FAILED when \`since\` is not an ISO date-time.`,
  })
  @ZodResponse({ status: 200, type: PositionChangesDto })
  @ApiErrors(400)
  changes(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ObjectIdPipe) id: string,
    @Query() query: PositionChangesQueryDto,
  ) {
    return this.positionChanges.execute(principal, id, query);
  }

  @Get('evolution')
  @AuthorizeInProcess('positions.read')
  @ApiOperation({
    summary: "Each cell of the round's matrix across the rounds of the process, oldest first",
    description: `${READERS} Rounds the caller may not read are left out. ${FILTERS}`,
  })
  @ZodResponse({ status: 200, type: PositionEvolutionDto })
  @ApiErrors(400)
  evolution(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ObjectIdPipe) id: string,
    @Query() query: MatrixQueryDto,
  ) {
    return this.positionEvolution.execute(principal, id, query);
  }

  @Get('export.csv')
  @AuthorizeInProcess('positions.export')
  @CostlyRoute()
  @ApiOperation({
    summary: "The round's matrix as CSV (secretariat)",
    description: `${FILTERS} A row per delegation, a column per paragraph (position codes), then count rows and a consensus row. English keys and codes in every language, for programs.`,
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'UTF-8 with a byte order mark',
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  @ApiErrors(400)
  async csv(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ObjectIdPipe) id: string,
    @Query() query: MatrixQueryDto,
  ) {
    return file(await this.exports.csv(principal, id, query));
  }

  @Get('export.xlsx')
  @AuthorizeInProcess('positions.export')
  @CostlyRoute()
  @ApiOperation({
    summary: 'A workbook of the matrices of every round of the process, with a summary sheet (secretariat)',
    description: `${FILTERS} Titles, sheet names and stances in the caller's language.`,
  })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'XLSX workbook' })
  @ApiErrors(400)
  async xlsx(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ObjectIdPipe) id: string,
    @Query() query: MatrixQueryDto,
  ) {
    return file(await this.exports.xlsx(principal, id, query));
  }

  @Get('compilation.docx')
  @AuthorizeInProcess('positions.export')
  @CostlyRoute()
  @ApiOperation({
    summary: "The round's compilation (secretariat)",
    description:
      "Per paragraph: its text, the current positions, and the round-visible and secretariat comments and amendments with their authors, replies and dispositions. Delegations' internal notes are left out. The document's own words are in the caller's language, its time in the caller's time zone.",
  })
  @ApiProduces('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
  @ApiOkResponse({ description: 'DOCX document' })
  @ApiErrors(400)
  async docx(@CurrentPrincipal() principal: Principal, @Param('id', ObjectIdPipe) id: string) {
    return file(await this.exports.docx(principal, id));
  }

  @Get('delegation-report.docx')
  @AuthorizeInProcess('positions.report')
  @ApiOperation({
    summary: "My delegation's report on the round (its members)",
    description:
      "For the capital: a summary, then each paragraph the caller's delegation acted on, with its status in the round, the delegation's position, its comments, amendments and internal notes with replies and dispositions, and the amendments it co-sponsors; then the paragraphs it left alone. Only for heads and delegates of a delegation taking part in the round: 403 otherwise. The document's own words are in the caller's language, its time in the caller's time zone.",
  })
  @ApiProduces('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
  @ApiOkResponse({ description: 'DOCX document' })
  @ApiErrors(400)
  async report(@CurrentPrincipal() principal: Principal, @Param('id', ObjectIdPipe) id: string) {
    return file(await this.delegationReport.docx(principal, id));
  }
}
