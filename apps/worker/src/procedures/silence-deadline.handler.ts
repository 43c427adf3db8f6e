import { type AuditAction, type JobPayload, QueueName, type RoundEvent } from '@concordia/contracts';
import {
  Collections,
  isDuplicateKeyError,
  LivePublisher,
  LockResources,
  type Models,
  type ProcessRecord,
  type RoundRecord,
  roundNoticeFields,
  type SilenceProcedureRecord,
  silenceParagraphs,
  toSilenceProcedure,
  withWriteLock,
} from '@concordia/dal';
import { Inject } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { LIVE } from '../infrastructure/live.provider';
import { MODELS } from '../infrastructure/models.provider';
import { REDIS } from '../infrastructure/redis.provider';
import type { HandlesJob } from '../jobs/job-handler';
import { JobHandler } from '../jobs/job-handler.decorator';
import { LOGGER } from '../logging/logger';
import { stageNotification } from '../notifications/stage-notification';

type Payload = JobPayload<typeof QueueName.Procedures, 'silence-deadline'>;

type SkipReason = 'missing' | 'not_running' | 'stale_revision';

export type SilenceDeadlineResult =
  | { outcome: 'concluded'; paragraphKeys: string[] }
  /** The round was concluded meanwhile: its statuses are final, so the procedure lapses. */
  | { outcome: 'cancelled'; reason: 'round_concluded' }
  | { outcome: 'skipped'; reason: SkipReason };

/** Fired a little early (clock skew between hosts): retried later by BullMQ's backoff. */
export class DeadlineNotReachedError extends Error {}

/**
 * At a silence procedure's deadline: nobody broke silence, so its paragraphs become agreed.
 *
 * Runs under the procedure's write lock, the one the API's break, move and cancel take, so
 * "broken" and "concluded" can never both win. The job may be stale (deadline moved: other
 * revision), late (already broken or cancelled) or repeated (a retry after a crash): in each
 * case the state check makes it a no-op, so the procedure concludes at most once.
 */
@JobHandler(QueueName.Procedures, 'silence-deadline')
export class SilenceDeadlineHandler implements HandlesJob<typeof QueueName.Procedures, 'silence-deadline'> {
  constructor(
    @Inject(MODELS) private readonly models: Models,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(LIVE) private readonly live: LivePublisher,
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async handle(payload: Payload): Promise<SilenceDeadlineResult> {
    const outcome = await withWriteLock(
      this.redis,
      this.config.redis.prefix,
      LockResources.silence(payload.procedureId),
      () => this.conclude(payload),
    );
    if (outcome.outcome === 'skipped') {
      this.logger.info({ ...payload, reason: outcome.reason }, 'silence deadline: nothing to do');
      return outcome;
    }
    const { record, result } = outcome;
    await this.audit(record);
    await this.publish(record);
    this.logger.info({ ...payload, outcome: result.outcome, paragraphKeys: record.paragraphKeys }, 'silence deadline');
    return result;
  }

  private async conclude(
    payload: Payload,
  ): Promise<
    | { outcome: 'skipped'; reason: SkipReason }
    | { outcome: 'ended'; record: SilenceProcedureRecord; result: SilenceDeadlineResult }
  > {
    const record = await this.models.silenceProcedures
      .findById(payload.procedureId)
      .lean<SilenceProcedureRecord>()
      .exec();
    if (!record) return { outcome: 'skipped', reason: 'missing' };
    if (record.status !== 'running') return { outcome: 'skipped', reason: 'not_running' };
    if (record.revision !== payload.revision) return { outcome: 'skipped', reason: 'stale_revision' };
    const now = new Date();
    if (now.getTime() < record.deadline.getTime()) {
      throw new DeadlineNotReachedError(`deadline ${record.deadline.toISOString()} not reached yet`);
    }
    const [round, process] = await Promise.all([
      this.models.rounds
        .findById(record.roundId)
        .select({ status: 1, name: 1 })
        .lean<Pick<RoundRecord, 'status' | 'name'>>()
        .exec(),
      this.models.processes.findById(record.processId, { title: 1 }).lean<Pick<ProcessRecord, 'title'>>().exec(),
    ]);
    if (round?.status === 'concluded') {
      await this.models.silenceProcedures
        .updateOne({ _id: record._id, status: 'running' }, { $set: { status: 'cancelled', endedAt: now } })
        .exec();
      const cancelled: SilenceProcedureRecord = { ...record, status: 'cancelled', endedAt: now };
      return { outcome: 'ended', record: cancelled, result: { outcome: 'cancelled', reason: 'round_concluded' } };
    }
    // Paragraphs first: if the worker dies in between, the retry finds the procedure still
    // running and writes the same statuses again (idempotent) before concluding it.
    for (const key of record.paragraphKeys) await this.agree(record, key, now);
    await stageNotification(
      this.models,
      { collection: Collections.silenceProcedures, id: record._id, field: 'status', value: 'concluded' },
      'adopted',
      {
        type: 'silence.adopted',
        ...roundNoticeFields({
          round: { _id: record.roundId, processId: record.processId, name: round?.name ?? '' },
          process,
          actor: null,
        }),
        procedureId: record._id.toHexString(),
        paragraphKeys: record.paragraphKeys,
        ...(record.paragraphNumbers ? { paragraphNumbers: record.paragraphNumbers } : {}),
      },
    );
    await this.models.silenceProcedures
      .updateOne({ _id: record._id, status: 'running' }, { $set: { status: 'concluded', endedAt: now } })
      .exec();
    const concluded: SilenceProcedureRecord = { ...record, status: 'concluded', endedAt: now };
    return {
      outcome: 'ended',
      record: concluded,
      result: { outcome: 'concluded', paragraphKeys: record.paragraphKeys },
    };
  }

  private async agree(record: SilenceProcedureRecord, key: string, at: Date): Promise<void> {
    const filter = { roundId: record.roundId, key };
    // Attributed to the chair who circulated the text: the adoption is the outcome of their act.
    const fields = { processId: record.processId, status: 'agreed', updatedAt: at, updatedBy: record.startedBy };
    try {
      await this.models.paragraphStatuses.updateOne(filter, { $set: fields }, { upsert: true }).exec();
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      await this.models.paragraphStatuses.updateOne(filter, { $set: fields }).exec();
    }
  }

  private async audit(record: SilenceProcedureRecord): Promise<void> {
    const concluded = record.status === 'concluded';
    const action: AuditAction = concluded ? 'silence.concluded' : 'silence.cancelled';
    await this.models.auditLog.collection.insertOne({
      processId: record.processId,
      actorId: record.startedBy,
      actorName: record.startedByName,
      automatic: 'silence_deadline',
      action,
      targetType: 'silence_procedure',
      targetId: record._id.toHexString(),
      at: record.endedAt ?? new Date(),
      before: { status: 'running' },
      after: concluded
        ? { status: 'concluded', paragraphKeys: record.paragraphKeys, paragraphStatus: 'agreed' }
        : { status: 'cancelled', reason: 'round_concluded' },
      summary: concluded
        ? `Silence kept until the deadline: ${record.paragraphKeys.join(', ')} agreed`
        : `Silence procedure lapsed at its deadline: the round was concluded`,
      context: { paragraphs: silenceParagraphs(record) },
    });
  }

  /** Stored already: a failed broadcast is logged, and readers get the state when they reload. */
  private async publish(record: SilenceProcedureRecord): Promise<void> {
    const roundId = record.roundId.toHexString();
    const procedure = toSilenceProcedure(record);
    const events: RoundEvent[] =
      record.status === 'concluded'
        ? [
            ...record.paragraphKeys.map((key): RoundEvent => ({
              type: 'paragraph.status',
              paragraphKey: key,
              status: 'agreed',
            })),
            { type: 'silence.concluded', procedure },
          ]
        : [{ type: 'silence.cancelled', procedure }];
    try {
      for (const event of events) await this.live.publish(roundId, [{ kind: 'round' }], event);
    } catch (error) {
      this.logger.warn({ err: error, procedureId: record._id.toHexString() }, 'silence conclusion not published');
    }
  }
}
