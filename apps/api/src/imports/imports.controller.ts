import { Body, Controller, Get, Param, Post, Put, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IMPORT_MAX_BYTES } from '@concordia/contracts';
import { ZodResponse } from 'nestjs-zod';
import { AuthorizeInProcess } from '../authz/access.decorators';
import { CurrentPrincipal } from '../authz/current-principal.decorator';
import type { Principal } from '../authz/principal';
import { ApiDefaultError, ApiErrors } from '../common/api-errors.decorator';
import { ObjectIdPipe } from '../common/object-id.pipe';
import { DraftVersionDto } from '../drafts/drafts.dtos';
import type { UploadedDocument } from './import-file-inspector';
import { IMPORT_FILE_FIELD, ImportUploadInterceptor } from './import-upload.interceptor';
import {
  AcceptImportRequestDto,
  ImportCorrectionsDto,
  ImportJobDto,
  OpenImportDto,
  SaveImportCorrectionsRequestDto,
} from './imports.dtos';
import { AcceptImportUseCase } from './usecases/accept-import.usecase';
import { DiscardImportUseCase } from './usecases/discard-import.usecase';
import { GetImportUseCase } from './usecases/get-import.usecase';
import { GetOpenImportUseCase } from './usecases/get-open-import.usecase';
import { SaveImportCorrectionsUseCase } from './usecases/save-import-corrections.usecase';
import { UploadImportUseCase } from './usecases/upload-import.usecase';

@ApiTags('imports')
@ApiDefaultError()
@Controller()
export class ImportsController {
  constructor(
    private readonly uploadImport: UploadImportUseCase,
    private readonly getImport: GetImportUseCase,
    private readonly getOpenImport: GetOpenImportUseCase,
    private readonly saveCorrections: SaveImportCorrectionsUseCase,
    private readonly acceptImport: AcceptImportUseCase,
    private readonly discardImport: DiscardImportUseCase,
  ) {}

  @Post('drafts/:id/imports')
  @AuthorizeInProcess('drafts.manage')
  @UseInterceptors(ImportUploadInterceptor)
  @ApiOperation({
    summary: 'Upload a document (.docx, .md, .markdown, .txt) to import into the draft (secretariat)',
    description:
      `At most ${IMPORT_MAX_BYTES} bytes. Parsing runs as a queued job: poll GET /imports/{id}. ` +
      'IMPORT_FILE_MISSING, IMPORT_FILE_EMPTY (400), IMPORT_FILE_TOO_LARGE (413), IMPORT_UNSUPPORTED_TYPE (415), ' +
      'IMPORT_FILE_ENCRYPTED, IMPORT_FILE_CORRUPT (422).',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: [IMPORT_FILE_FIELD],
      properties: { [IMPORT_FILE_FIELD]: { type: 'string', format: 'binary' } },
    },
  })
  @ZodResponse({ status: 202, type: ImportJobDto })
  @ApiErrors(400, 413, 415, 422)
  upload(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ObjectIdPipe) id: string,
    @UploadedFile() file: UploadedDocument | undefined,
  ) {
    return this.uploadImport.execute(principal, id, file);
  }

  @Get('drafts/:id/imports/open')
  @AuthorizeInProcess('drafts.manage')
  @ApiOperation({
    summary: "The caller's import into the draft still in progress or under review (job null when none)",
    description: 'The import page takes that review up again rather than asking for the file anew.',
  })
  @ZodResponse({ status: 200, type: OpenImportDto })
  @ApiErrors(400)
  open(@CurrentPrincipal() principal: Principal, @Param('id', ObjectIdPipe) id: string) {
    return this.getOpenImport.execute(principal, id);
  }

  @Get('imports/:id')
  @AuthorizeInProcess('drafts.manage')
  @ApiOperation({ summary: 'Status, progress and (once ready) the preview with the key matching' })
  @ZodResponse({ status: 200, type: ImportJobDto })
  @ApiErrors(400)
  get(@CurrentPrincipal() principal: Principal, @Param('id', ObjectIdPipe) id: string) {
    return this.getImport.execute(principal, id);
  }

  @Put('imports/:id/corrections')
  @AuthorizeInProcess('drafts.manage')
  @ApiOperation({
    summary: 'Keep the hand corrections of a ready import as they stand, replacing those kept before',
    description:
      '400 IMPORT_KEY_OVERRIDE_INVALID for an unknown paragraph or key (a key on two paragraphs is kept: ' +
      'the review is not over); 409 IMPORT_NOT_READY unless the import is ready.',
  })
  @ZodResponse({ status: 200, type: ImportCorrectionsDto })
  @ApiErrors(400, 409)
  corrections(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ObjectIdPipe) id: string,
    @Body() body: SaveImportCorrectionsRequestDto,
  ) {
    return this.saveCorrections.execute(principal, id, body);
  }

  @Post('imports/:id/accept')
  @AuthorizeInProcess('drafts.manage')
  @ApiOperation({
    summary: "Accept a ready import as the draft's working version, with hand corrections of the key matching",
    description:
      '409 IMPORT_NOT_READY unless ready; 400 IMPORT_KEY_OVERRIDE_INVALID for an unknown or doubly used key; ' +
      '409 IMPORT_STALE when a version was published after the import was matched (upload it again); ' +
      '409 WORKING_VERSION_EXISTS when the working version has edits and replaceWorking is not set.',
  })
  @ZodResponse({ status: 200, type: DraftVersionDto })
  @ApiErrors(400, 409)
  accept(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ObjectIdPipe) id: string,
    @Body() body: AcceptImportRequestDto,
  ) {
    return this.acceptImport.execute(principal, id, body);
  }

  @Post('imports/:id/discard')
  @AuthorizeInProcess('drafts.manage')
  @ApiOperation({ summary: 'Drop an import that will not be accepted' })
  @ZodResponse({ status: 200, type: ImportJobDto })
  @ApiErrors(400, 409)
  discard(@CurrentPrincipal() principal: Principal, @Param('id', ObjectIdPipe) id: string) {
    return this.discardImport.execute(principal, id);
  }
}
