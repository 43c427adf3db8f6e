import { type JobPayload, QueueName } from '@concordia/contracts';
import { type Models, type ProcessRecord, type RoundRecord, roundNoticeFields } from '@concordia/dal';
import { Inject } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { MODELS } from '../infrastructure/models.provider';
import { REDIS } from '../infrastructure/redis.provider';
import { replaceDelayedJob } from '../jobs/delayed-job';
import type { HandlesJob } from '../jobs/job-handler';
import { JobHandler } from '../jobs/job-handler.decorator';
import { WorkerRuntime } from '../jobs/worker-runtime';

type Schedule = JobPayload<typeof QueueName.Notifications, 'schedule-round-reminder'>;
type Reminder = JobPayload<typeof QueueName.Notifications, 'round-reminder'>;

export const REMINDER_LEAD_MS = 24 * 3600 * 1000;
/** One id per (round, deadline): moving the deadline makes a new job, never a second copy of one. */
export const reminderJobId = (roundId: string, closesAt: Date): string => `reminder-${roundId}-${closesAt.getTime()}`;
export const closingEventId = (roundId: string, closesAt: Date): string => `closing-${roundId}-${closesAt.getTime()}`;

/**
 * Places the delayed "closing in 24 hours" job of a round from its current window, and removes
 * the one placed for the previous window. Even if that removal were missed, the stale job finds
 * a different deadline when it fires and does nothing.
 */
@JobHandler(QueueName.Notifications, 'schedule-round-reminder')
export class ScheduleRoundReminderHandler implements HandlesJob<
  typeof QueueName.Notifications,
  'schedule-round-reminder'
> {
  constructor(
    @Inject(MODELS) private readonly models: Models,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    private readonly runtime: WorkerRuntime,
  ) {}

  async handle({ roundId }: Schedule): Promise<{ jobId: string | null; delayMs: number }> {
    const round = await this.models.rounds.findById(roundId).lean<RoundRecord>().exec();
    const due = round ? round.closesAt.getTime() - REMINDER_LEAD_MS : 0;
    const live = round !== null && (round.status === 'scheduled' || round.status === 'open') && due > Date.now();
    return replaceDelayedJob(
      this.redis,
      this.runtime.queue(QueueName.Notifications),
      `${this.config.redis.prefix}:round-reminder:${roundId}`,
      live
        ? {
            name: 'round-reminder',
            data: { roundId, closesAt: round.closesAt.toISOString() } satisfies Reminder,
            jobId: reminderJobId(roundId, round.closesAt),
            delayMs: due - Date.now(),
          }
        : null,
    );
  }
}

/** At the reminder time: notifies the round's participants if the round is open with that deadline. */
@JobHandler(QueueName.Notifications, 'round-reminder')
export class RoundReminderHandler implements HandlesJob<typeof QueueName.Notifications, 'round-reminder'> {
  constructor(
    @Inject(MODELS) private readonly models: Models,
    private readonly runtime: WorkerRuntime,
  ) {}

  async handle({ roundId, closesAt }: Reminder): Promise<{ sent: boolean }> {
    const round = await this.models.rounds.findById(roundId).lean<RoundRecord>().exec();
    const deadline = new Date(closesAt);
    if (!round || round.status !== 'open' || round.closesAt.getTime() !== deadline.getTime()) return { sent: false };
    const process = await this.models.processes
      .findById(round.processId, { title: 1 })
      .lean<Pick<ProcessRecord, 'title'>>()
      .exec();
    const eventId = closingEventId(roundId, deadline);
    await this.runtime.queue(QueueName.Notifications).add(
      'dispatch',
      {
        eventId,
        event: {
          type: 'round.closing_soon',
          ...roundNoticeFields({ round, process, actor: null }),
          closesAt: deadline.toISOString(),
        },
      },
      { jobId: eventId },
    );
    return { sent: true };
  }
}
