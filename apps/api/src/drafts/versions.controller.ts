import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { AuthorizeInProcess } from '../authz/access.decorators';
import { CurrentPrincipal } from '../authz/current-principal.decorator';
import type { Principal } from '../authz/principal';
import { ApiDefaultError, ApiErrors } from '../common/api-errors.decorator';
import { ObjectIdPipe } from '../common/object-id.pipe';
import {
  ApplyOperationRequestDto,
  DraftVersionDto,
  PublishVersionRequestDto,
  PublishVersionResponseDto,
  StaleVersionBodyDto,
  VersionApplicationListDto,
} from './drafts.dtos';
import { ApplyOperationUseCase } from './usecases/apply-operation.usecase';
import { ListApplicationsUseCase } from './usecases/list-applications.usecase';
import { PublishVersionUseCase } from './usecases/publish-version.usecase';

const CONFLICTS =
  'VERSION_STALE (body also carries `current`, the version as it now is) or VERSION_PUBLISHED; ' +
  'other codes (AMENDMENT_NOT_APPLICABLE, AMENDMENT_ALREADY_APPLIED, AMENDMENT_NOT_APPLIED, ' +
  'AMENDMENT_UNDO_CONFLICT, …) are plain ErrorResponse bodies';

@ApiTags('versions')
@ApiDefaultError()
@Controller('versions/:id')
export class VersionsController {
  constructor(
    private readonly applyOperation: ApplyOperationUseCase,
    private readonly publishVersion: PublishVersionUseCase,
    private readonly listApplications: ListApplicationsUseCase,
  ) {}

  @Get('applications')
  @AuthorizeInProcess('drafts.manage')
  @ApiOperation({
    summary: 'The amendments applied to the working version, and whether each still holds (secretariat)',
    description:
      'In the order they were applied, each with its proposer, the paragraph it changed (key and number, null when ' +
      'no longer in the text) and `holds`: false when an edit or Undo took its effect out of the text. Publishing ' +
      'drops exactly those (by the same rule) and does not tell their delegations. 409 VERSION_NOT_WORKING on a ' +
      'published version.',
  })
  @ZodResponse({ status: 200, type: VersionApplicationListDto })
  @ApiErrors(409)
  applications(@CurrentPrincipal() principal: Principal, @Param('id', ObjectIdPipe) id: string) {
    return this.listApplications.execute(principal, id);
  }

  @Post('operations')
  @AuthorizeInProcess('drafts.manage')
  @ApiOperation({
    summary: 'Apply one edit to the working version, made on the given revision (secretariat)',
    description:
      'Operations: add/edit/split/merge/move/delete paragraph, add/rename/move/delete section, apply an amendment. ' +
      'Paragraph keys are kept; numbers are recomputed. `apply_amendment` applies an amendment of the draft’s rounds ' +
      '(GET /versions/:id/amendments) to its paragraph as the working text now reads: 409 AMENDMENT_NOT_APPLICABLE ' +
      'when its words or paragraph are gone, 409 AMENDMENT_ALREADY_APPLIED the second time, 400 NOT_AN_AMENDMENT ' +
      'for another kind of annotation, 404 ANNOTATION_NOT_FOUND for one not of this draft or not visible to the caller. ' +
      'An application whose words an edit took out again no longer counts as applied. `undo_amendment` takes an ' +
      'application back when its paragraph still reads as the application left it: 409 AMENDMENT_UNDO_CONFLICT ' +
      'otherwise, 409 AMENDMENT_NOT_APPLIED when it is not applied. Publishing keeps only the applications whose ' +
      'effect is in the published text.',
  })
  @ZodResponse({ status: 200, type: DraftVersionDto })
  @ApiConflictResponse({ description: CONFLICTS, type: StaleVersionBodyDto.Output })
  @ApiErrors(400, 404)
  operate(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ObjectIdPipe) id: string,
    @Body() body: ApplyOperationRequestDto,
  ) {
    return this.applyOperation.execute(principal, id, body);
  }

  @Post('publish')
  @AuthorizeInProcess('drafts.manage')
  @ApiOperation({
    summary: 'Publish the working version under a label and start the next working version (secretariat)',
    description:
      '409 CONFLICT when the label is already used by a version of this draft. ' +
      '409 VERSION_UNCHANGED when the working version reads exactly as the last published one ' +
      '(same paragraph keys, order and text, same sections): send `allowUnchanged: true` to publish it anyway. ' +
      'The first publication (the zero draft) is never unchanged.',
  })
  @ZodResponse({ status: 200, type: PublishVersionResponseDto })
  @ApiConflictResponse({ description: CONFLICTS, type: StaleVersionBodyDto.Output })
  @ApiErrors(400)
  publish(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ObjectIdPipe) id: string,
    @Body() body: PublishVersionRequestDto,
  ) {
    return this.publishVersion.execute(principal, id, body);
  }
}
