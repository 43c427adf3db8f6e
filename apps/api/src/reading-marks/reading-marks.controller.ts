import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { AuthorizeInProcess } from '../authz/access.decorators';
import { CurrentPrincipal } from '../authz/current-principal.decorator';
import type { Principal } from '../authz/principal';
import { ApiDefaultError, ApiErrors } from '../common/api-errors.decorator';
import { ObjectIdPipe } from '../common/object-id.pipe';
import { ReadingMarkDto, ReadingMarkRequestDto } from './reading-marks.dtos';
import { VisitRoundUseCase } from './usecases/visit-round.usecase';

/**
 * One call rather than a GET and a PUT: reading the previous mark and moving it are one step,
 * so two tabs opened together cannot both miss what was new, and the mark is the server's time.
 */
@ApiTags('annotations')
@ApiDefaultError()
@Controller('rounds/:id/reading-mark')
export class ReadingMarksController {
  constructor(private readonly visitRound: VisitRoundUseCase) {}

  @Post()
  @HttpCode(200)
  @AuthorizeInProcess('annotations.read')
  @ApiOperation({
    summary: "A visit to the round's reading page: the caller's previous mark, and the mark moved to now",
    description:
      "Per user and round. What others posted after previousMark is new to the caller (null: first visit, nothing is). The same visitId again returns the same previousMark and moves the mark to now (a visit that goes on). Who may read the round's annotations may call it. Bad input: 400 VALIDATION_FAILED.",
  })
  @ZodResponse({ status: 200, type: ReadingMarkDto })
  @ApiErrors(400)
  visit(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ObjectIdPipe) id: string,
    @Body() body: ReadingMarkRequestDto,
  ) {
    return this.visitRound.execute(principal, id, body);
  }
}
