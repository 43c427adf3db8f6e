import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { livenessSchema, readinessSchema } from '@concordia/contracts';
import type { Response } from 'express';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { Public } from '../authz/access.decorators';
import { ApiDefaultError } from '../common/api-errors.decorator';
import { NotRateLimited } from '../rate-limits/rate-limit.decorators';
import { CheckReadinessUseCase } from './check-readiness.usecase';

class LivenessDto extends createZodDto(livenessSchema) {}
class ReadinessDto extends createZodDto(readinessSchema) {}

@ApiTags('health')
@ApiDefaultError()
@NotRateLimited()
@Controller('health')
export class HealthController {
  constructor(private readonly readiness: CheckReadinessUseCase) {}

  @Get('live')
  @Public()
  @ApiOperation({ summary: 'The process is up (no dependency is checked)' })
  @ZodResponse({ status: 200, type: LivenessDto })
  live() {
    return { status: 'ok' as const, uptimeSeconds: Math.round(process.uptime()) };
  }

  @Get('ready')
  @Public()
  @ApiOperation({ summary: 'Database and Redis answer; 503 with the same body when one does not' })
  @ZodResponse({ status: 200, type: ReadinessDto })
  @ApiResponse({ status: 503, description: 'Not ready', type: ReadinessDto.Output })
  async ready(@Res({ passthrough: true }) res: Response) {
    const readiness = await this.readiness.execute();
    if (readiness.status !== 'ready') res.status(503);
    return readiness;
  }
}
