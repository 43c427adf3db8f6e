import { Controller, Get, Header, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { publicRoundSchema } from '@concordia/contracts';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { Public } from '../authz/access.decorators';
import { ApiDefaultError, ApiErrors } from '../common/api-errors.decorator';
import { ObjectIdPipe } from '../common/object-id.pipe';
import { PublicRoundUseCase } from './public-round.usecase';

export class PublicRoundDto extends createZodDto(publicRoundSchema) {}

@ApiTags('public')
@ApiDefaultError()
@Controller('public/rounds')
export class PublicRoundsController {
  constructor(private readonly publicRound: PublicRoundUseCase) {}

  @Get(':id')
  @Public()
  // Anyone may hold the address: a shared cache may serve it for a few seconds.
  @Header('Cache-Control', 'public, max-age=15')
  @ApiOperation({
    summary:
      'A public round, without signing in: its text, paragraph statuses and round-visible threads, attributed to delegations or by function. 404 for any round that is not public, or not yet open',
  })
  @ZodResponse({ status: 200, type: PublicRoundDto })
  @ApiErrors(400, 404, 429)
  get(@Param('id', ObjectIdPipe) id: string) {
    return this.publicRound.execute(id);
  }
}
