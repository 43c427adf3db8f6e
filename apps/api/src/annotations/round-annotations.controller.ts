import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ANNOTATION_SEARCH_MAX } from '@concordia/contracts';
import { ZodResponse } from 'nestjs-zod';
import { AuthorizeInProcess } from '../authz/access.decorators';
import { CurrentPrincipal } from '../authz/current-principal.decorator';
import type { Principal } from '../authz/principal';
import { ApiDefaultError, ApiErrors } from '../common/api-errors.decorator';
import { ObjectIdPipe } from '../common/object-id.pipe';
import { AnnotationListDto, AnnotationListQueryDto } from './annotations.dtos';
import { ListRoundAnnotationsUseCase } from './usecases/list-round-annotations.usecase';
import { CostlyRoute } from '../rate-limits/rate-limit.decorators';
import type { Request } from 'express';

/** The list itself comes with every page load: only a search of its words is costly. */
const searching = (request: Request): boolean => request.query.q !== undefined;

@ApiTags('annotations')
@ApiDefaultError()
@Controller('rounds/:id/annotations')
export class RoundAnnotationsController {
  constructor(private readonly listAnnotations: ListRoundAnnotationsUseCase) {}

  @Get()
  @AuthorizeInProcess('annotations.read')
  @CostlyRoute(searching)
  @ApiOperation({
    summary: "The annotations on the round's version that the caller may see, threads included; searchable",
    description:
      "Round-visible annotations; the internal and secretariat notes of the caller's own delegation; every secretariat note for the secretariat. Threads carried from earlier versions appear at their anchor in this version; orphans only with includeOrphaned=true. " +
      'Search: the filters apply to that list only, so a search never finds what the list would not show (nor the words of a hidden annotation). ' +
      `q (at most ${ANNOTATION_SEARCH_MAX} characters): words found in any order, case and accents ignored, "quoted words" as a phrase, in the text, the proposed amendment text or the quoted words of the thread. ` +
      "kind and disposition (none, accepted, partly_accepted, not_retained): of the thread's first annotation; so are proposedBy (a delegation's open threads for the round or the secretariat, as the home page's agenda counts its proposals) and sponsoredBy (open amendments a delegation co-sponsors). delegationId (the author's delegation) and authorId: with q, they must hold for one annotation, first or reply. " +
      'Lists are comma-separated. A thread that matches comes whole, with its replies. Bad input: 400 VALIDATION_FAILED.',
  })
  @ZodResponse({ status: 200, type: AnnotationListDto })
  @ApiErrors(400)
  list(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ObjectIdPipe) id: string,
    @Query() query: AnnotationListQueryDto,
  ) {
    return this.listAnnotations.execute(principal, id, query);
  }
}
