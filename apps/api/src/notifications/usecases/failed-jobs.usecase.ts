import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { ErrorCode, type FailedJob, QueueName } from '@concordia/contracts';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { AuditLogService } from '../../audit/audit-log.service';
import type { Principal } from '../../authz/principal';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { ConflictError, NotFoundError } from '../../errors/domain-errors';
import { closeRedis, createRedis } from '../../infra/redis.module';
import { jobDataShown } from './job-data-shown';

const LIST_MAX = 200;
const isQueueName = (name: string): name is QueueName => (Object.values(QueueName) as string[]).includes(name);

/**
 * Jobs that failed for good (retries exhausted) on every queue, newest first, for admins; and
 * retrying one, which BullMQ runs again with its attempts reset.
 */
@Injectable()
export class FailedJobsUseCase implements OnApplicationShutdown {
  private connection: Redis | null = null;
  private readonly queues = new Map<QueueName, Queue>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditLogService,
  ) {}

  async list(): Promise<{ items: FailedJob[] }> {
    const items: FailedJob[] = [];
    for (const name of Object.values(QueueName)) {
      const jobs = await this.queue(name).getFailed(0, LIST_MAX - 1);
      for (const job of jobs) {
        if (!job?.id) continue;
        items.push({
          queue: name,
          id: job.id,
          name: job.name,
          failedReason: job.failedReason ?? '',
          attemptsMade: job.attemptsMade,
          failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
          data: jobDataShown(job.data),
        });
      }
    }
    items.sort((a, b) => (b.failedAt ?? '').localeCompare(a.failedAt ?? ''));
    return { items: items.slice(0, LIST_MAX) };
  }

  async retry(principal: Principal, queueName: string, id: string): Promise<void> {
    if (!isQueueName(queueName)) throw new NotFoundError('That job no longer exists', ErrorCode.JobNotFound);
    const job = await this.queue(queueName).getJob(id);
    if (!job) throw new NotFoundError('That job no longer exists', ErrorCode.JobNotFound);
    if ((await job.getState()) !== 'failed') {
      throw new ConflictError(ErrorCode.JobNotFailed, 'Only a failed job can be retried');
    }
    await job.retry('failed', { resetAttemptsMade: true });
    await this.audit.record({
      actor: principal,
      processId: null,
      action: 'job.retried',
      targetType: 'job',
      targetId: `${queueName}/${id}`,
      after: { queue: queueName, jobId: id, name: job.name },
      summary: `Failed job ${queueName}/${job.name} retried`,
      context: {},
    });
  }

  private queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      this.connection ??= createRedis(this.config.redis.url, `${this.config.redis.prefix}:api-admin-jobs`);
      queue = new Queue(name, { connection: this.connection, prefix: this.config.redis.prefix });
      this.queues.set(name, queue);
    }
    return queue;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    if (this.connection) await closeRedis(this.connection);
  }
}
