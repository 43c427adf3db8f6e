import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { AuthorizeInProcess } from '../authz/access.decorators';
import { CurrentPrincipal } from '../authz/current-principal.decorator';
import type { Principal } from '../authz/principal';
import { ApiDefaultError, ApiErrors } from '../common/api-errors.decorator';
import { ObjectIdPipe } from '../common/object-id.pipe';
import { AnnotationDto, HideAnnotationRequestDto } from './annotations.dtos';
import { ModerateAnnotationUseCase } from './usecases/moderate-annotation.usecase';

/** The round chair's moderation of annotations (hide with a reason, show again). */
@ApiTags('annotations')
@ApiDefaultError()
@Controller('annotations/:id')
export class ModerationController {
  constructor(private readonly moderate: ModerateAnnotationUseCase) {}

  @Post('hide')
  @HttpCode(200)
  @AuthorizeInProcess('annotations.moderate')
  @ApiOperation({
    summary: 'Hide an annotation with a reason (the round chair)',
    description:
      'The author still reads it and the reason; everyone else sees a "hidden by the chair" placeholder. 409 ANNOTATION_ALREADY_HIDDEN.',
  })
  @ZodResponse({ status: 200, type: AnnotationDto })
  @ApiErrors(400, 409)
  hide(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ObjectIdPipe) id: string,
    @Body() body: HideAnnotationRequestDto,
  ) {
    return this.moderate.hide(principal, id, body);
  }

  @Post('unhide')
  @HttpCode(200)
  @AuthorizeInProcess('annotations.moderate')
  @ApiOperation({ summary: 'Show a hidden annotation again (the round chair); 409 ANNOTATION_NOT_HIDDEN' })
  @ZodResponse({ status: 200, type: AnnotationDto })
  @ApiErrors(400, 409)
  unhide(@CurrentPrincipal() principal: Principal, @Param('id', ObjectIdPipe) id: string) {
    return this.moderate.unhide(principal, id);
  }
}
