import { Injectable, Logger } from '@nestjs/common';
import { QueueName } from '@concordia/contracts';
import type { SilenceProcedureRecord } from '@concordia/dal';
import { JobQueue } from '../infra/job-queue.service';
import { silenceJobId } from './silence-rules';

/**
 * The delayed BullMQ job that concludes a procedure at its deadline. It lives in Redis, so it
 * survives API and worker restarts; the worker's handler re-checks status and revision under
 * the procedure's lock, so a job that was not removed in time (or fires twice) changes nothing.
 */
@Injectable()
export class SilenceDeadlines {
  private readonly logger = new Logger(SilenceDeadlines.name);

  constructor(private readonly jobs: JobQueue) {}

  async schedule(procedure: Pick<SilenceProcedureRecord, '_id' | 'revision' | 'deadline'>): Promise<void> {
    const procedureId = procedure._id.toHexString();
    await this.jobs.add(
      QueueName.Procedures,
      'silence-deadline',
      { procedureId, revision: procedure.revision },
      {
        jobId: silenceJobId(procedureId, procedure.revision),
        delay: Math.max(0, procedure.deadline.getTime() - Date.now()),
      },
    );
  }

  /** Best effort: a job left behind is a no-op when it fires. */
  async unschedule(procedure: Pick<SilenceProcedureRecord, '_id' | 'revision'>): Promise<void> {
    const jobId = silenceJobId(procedure._id.toHexString(), procedure.revision);
    await this.jobs
      .remove(QueueName.Procedures, jobId)
      .catch((error: unknown) => this.logger.warn({ err: error, jobId }, 'stale silence deadline job not removed'));
  }
}
