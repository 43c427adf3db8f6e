import { type JobPayload, QueueName } from '@concordia/contracts';
import {
  Collections,
  LivePublisher,
  LockResources,
  type Models,
  type ProcessRecord,
  type RoundRecord,
  roundNoticeFields,
  type UserRecord,
  withWriteLock,
} from '@concordia/dal';
import { Inject } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { LIVE } from '../infrastructure/live.provider';
import { MODELS } from '../infrastructure/models.provider';
import { REDIS } from '../infrastructure/redis.provider';
import { replaceDelayedJob } from '../jobs/delayed-job';
import type { HandlesJob } from '../jobs/job-handler';
import { JobHandler } from '../jobs/job-handler.decorator';
import { WorkerRuntime } from '../jobs/worker-runtime';
import { LOGGER } from '../logging/logger';
import { stageNotification } from '../notifications/stage-notification';
import { DeadlineNotReachedError } from './silence-deadline.handler';

type Schedule = JobPayload<typeof QueueName.Procedures, 'schedule-round-close'>;
type Close = JobPayload<typeof QueueName.Procedures, 'close-round'>;

/** One id per (round, closing time): a moved closing time makes a new job, never a second copy of one. */
export const closeJobId = (roundId: string, closesAt: Date): string => `close-${roundId}-${closesAt.getTime()}`;

/**
 * Places the delayed job that closes an open round at its closing time, from its current window,
 * and removes the one placed for the previous closing time. A round that is not open has none.
 */
@JobHandler(QueueName.Procedures, 'schedule-round-close')
export class ScheduleRoundCloseHandler implements HandlesJob<typeof QueueName.Procedures, 'schedule-round-close'> {
  constructor(
    @Inject(MODELS) private readonly models: Models,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    private readonly runtime: WorkerRuntime,
  ) {}

  async handle({ roundId }: Schedule): Promise<{ jobId: string | null; delayMs: number }> {
    const round = await this.models.rounds.findById(roundId).lean<RoundRecord>().exec();
    return replaceDelayedJob(
      this.redis,
      this.runtime.queue(QueueName.Procedures),
      `${this.config.redis.prefix}:round-close:${roundId}`,
      round?.status === 'open'
        ? {
            name: 'close-round',
            data: { roundId, closesAt: round.closesAt.toISOString() } satisfies Close,
            jobId: closeJobId(roundId, round.closesAt),
            // Already past (a worker that was down): close now.
            delayMs: Math.max(0, round.closesAt.getTime() - Date.now()),
          }
        : null,
    );
  }
}

export type CloseRoundResult =
  { outcome: 'closed' } | { outcome: 'skipped'; reason: 'missing' | 'not_open' | 'stale_closing_time' };

/**
 * At a round's closing time: closes it with the effects of the chair's Close (status stored
 * conditionally, `round.closed` notification, audit entry, live event). Runs under the round
 * lock the API's status and closing-time changes take, so a job of a closing time moved or a
 * round closed meanwhile finds it changed and does nothing; a retry after a crash likewise.
 */
@JobHandler(QueueName.Procedures, 'close-round')
export class CloseRoundHandler implements HandlesJob<typeof QueueName.Procedures, 'close-round'> {
  constructor(
    @Inject(MODELS) private readonly models: Models,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(LIVE) private readonly live: LivePublisher,
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async handle(payload: Close): Promise<CloseRoundResult> {
    const found = await this.models.rounds
      .findById(payload.roundId)
      .select({ processId: 1 })
      .lean<Pick<RoundRecord, 'processId'>>()
      .exec();
    if (!found) return this.skip(payload, 'missing');
    const outcome = await withWriteLock(
      this.redis,
      this.config.redis.prefix,
      LockResources.processRounds(found.processId),
      () => this.close(payload),
    );
    if (outcome.outcome === 'skipped') return this.skip(payload, outcome.reason);
    const { round } = outcome;
    const chair = await this.models.users
      .findById(round.chairUserId, { name: 1 })
      .lean<Pick<UserRecord, 'name'>>()
      .exec();
    await this.models.auditLog.collection.insertOne({
      processId: round.processId,
      // The chair is answerable for the round; `automatic` says nobody clicked.
      actorId: round.chairUserId,
      actorName: chair?.name ?? '',
      automatic: 'closing_time',
      action: 'round.status_changed',
      targetType: 'round',
      targetId: round._id.toHexString(),
      at: new Date(),
      before: { status: 'open' },
      after: { status: 'closed', closesAt: round.closesAt.toISOString() },
      summary: `Round "${round.name}" open -> closed at its closing time`,
      context: { round: round.name },
    });
    // Stored already: a failed broadcast is logged, and readers get the status when they reload.
    await this.live
      .publish(payload.roundId, [{ kind: 'round' }], { type: 'round.status', status: 'closed' })
      .catch((error: unknown) => this.logger.warn({ err: error, ...payload }, 'round.status not published'));
    this.logger.info(payload, 'round closed at its closing time');
    return { outcome: 'closed' };
  }

  private skip(payload: Close, reason: 'missing' | 'not_open' | 'stale_closing_time'): CloseRoundResult {
    this.logger.info({ ...payload, reason }, 'round close: nothing to do');
    return { outcome: 'skipped', reason };
  }

  private async close(
    payload: Close,
  ): Promise<
    | { outcome: 'skipped'; reason: 'missing' | 'not_open' | 'stale_closing_time' }
    | { outcome: 'closed'; round: RoundRecord }
  > {
    const round = await this.models.rounds.findById(payload.roundId).lean<RoundRecord>().exec();
    if (!round) return { outcome: 'skipped', reason: 'missing' };
    if (round.status !== 'open') return { outcome: 'skipped', reason: 'not_open' };
    const closesAt = new Date(payload.closesAt);
    if (round.closesAt.getTime() !== closesAt.getTime()) return { outcome: 'skipped', reason: 'stale_closing_time' };
    if (Date.now() < closesAt.getTime()) {
      throw new DeadlineNotReachedError(`closing time ${closesAt.toISOString()} not reached yet`);
    }
    const process = await this.models.processes
      .findById(round.processId, { title: 1 })
      .lean<Pick<ProcessRecord, 'title'>>()
      .exec();
    await stageNotification(
      this.models,
      { collection: Collections.rounds, id: round._id, field: 'status', value: 'closed' },
      'closed',
      {
        type: 'round.closed',
        ...roundNoticeFields({ round, process, actor: null }),
      },
      // Staged at or after this closing time; a record of an earlier close of the round is older.
      closesAt,
    );
    const { matchedCount } = await this.models.rounds
      .updateOne({ _id: round._id, status: 'open', closesAt }, { $set: { status: 'closed' } })
      .exec();
    if (matchedCount === 0) return { outcome: 'skipped', reason: 'stale_closing_time' };
    return { outcome: 'closed', round };
  }
}
