import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Authorize } from '../authz/access.decorators';
import { CurrentPrincipal } from '../authz/current-principal.decorator';
import type { Principal } from '../authz/principal';
import { ApiDefaultError, ApiErrors } from '../common/api-errors.decorator';
import { FailedJobListDto, RetryJobParamsDto } from './notifications.dtos';
import { FailedJobsUseCase } from './usecases/failed-jobs.usecase';

/** Admins see the jobs that exhausted their retries, with the error, and may run one again. */
@ApiTags('admin')
@ApiDefaultError()
@Controller('admin/jobs')
export class FailedJobsController {
  constructor(private readonly failedJobs: FailedJobsUseCase) {}

  @Get('failed')
  @Authorize('jobs.manage')
  @ZodResponse({ status: 200, type: FailedJobListDto })
  list() {
    return this.failedJobs.list();
  }

  @Post(':queue/:id/retry')
  @HttpCode(204)
  @Authorize('jobs.manage')
  @ApiOperation({ summary: 'Retry a failed job; 404 JOB_NOT_FOUND, 409 JOB_NOT_FAILED' })
  @ApiNoContentResponse({ description: 'Queued again with its attempts reset' })
  @ApiErrors(400, 404, 409)
  async retry(@CurrentPrincipal() principal: Principal, @Param() params: RetryJobParamsDto): Promise<void> {
    await this.failedJobs.retry(principal, params.queue, params.id);
  }
}
