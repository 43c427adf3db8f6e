import { ErrorCode, type ImportStatus, type JobPayload, QueueName } from '@concordia/contracts';
import { type DraftVersionRecord, type ImportRecord, LockResources, type Models, withWriteLock } from '@concordia/dal';
import { DraftingError, matchKeys, structureDocument } from '@concordia/drafting';
import { Inject } from '@nestjs/common';
import type { Job } from 'bullmq';
import type { Redis } from 'ioredis';

import type { Logger } from 'pino';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { MODELS } from '../infrastructure/models.provider';
import { REDIS } from '../infrastructure/redis.provider';
import type { HandlesJob } from '../jobs/job-handler';
import { JobHandler } from '../jobs/job-handler.decorator';
import { LOGGER } from '../logging/logger';
import { documentBlocks } from './document-blocks';
import { buildPreview } from './import-preview';

type Payload = JobPayload<typeof QueueName.Imports, 'parse-import'>;

/** Statuses in which the worker still owns the import; anything else means someone decided. */
const IN_PROGRESS: readonly ImportStatus[] = ['queued', 'parsing', 'matching'];

/** The parsed document and preview share one document with the import (16 MB at most). */
export const MAX_STORED_RESULT_CHARS = 12 * 1024 * 1024;

export interface ParseImportResult {
  readonly importId: string;
  readonly outcome: 'ready' | 'failed' | 'skipped';
  readonly code?: string;
}

type ImportScope = Pick<ImportRecord, '_id' | 'draftId' | 'format' | 'status'>;

/**
 * Parses an uploaded document into sections and numbered paragraphs, matches them to the keys
 * of the draft's latest published version, and stores the preview. Every step is one
 * single-document update made only while the import is still in progress, so a discard wins
 * and nothing is half-written: the text reaches a version only when a person accepts it.
 * Bad input (DraftingError) fails the import with its code and is not retried.
 */
@JobHandler(QueueName.Imports, 'parse-import')
export class ParseImportHandler implements HandlesJob<typeof QueueName.Imports, 'parse-import'> {
  constructor(
    @Inject(MODELS) private readonly models: Models,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async handle(payload: Payload, job: Job): Promise<ParseImportResult> {
    const importId = payload.importId;
    const record = await this.models.imports
      .findById(importId)
      .select({ draftId: 1, format: 1, status: 1 })
      .lean<ImportScope>()
      .exec();
    if (!record || !IN_PROGRESS.includes(record.status)) return { importId, outcome: 'skipped' };
    const skipped: ParseImportResult = { importId, outcome: 'skipped' };
    try {
      if (!(await this.update(record, { status: 'parsing', progress: 10 }))) return skipped;
      const file = await this.models.importFiles.findById(record._id).exec();
      if (!file) throw new Error(`the bytes of import ${importId} are missing`);
      const parsed = structureDocument(await documentBlocks(record.format, file.data));
      if (!(await this.update(record, { status: 'matching', progress: 60 }))) return skipped;

      const base = await this.models.draftVersions
        .findOne({ draftId: record.draftId, status: 'published' })
        .sort({ sequence: -1 })
        .select({ sections: 1 })
        .lean<Pick<DraftVersionRecord, '_id' | 'sections'>>()
        .exec();
      // Without a published version every paragraph is new.
      const { matches, removedKeys } = base ? matchKeys(base.sections, parsed) : { matches: [], removedKeys: [] };
      const preview = buildPreview(parsed, matches, removedKeys, base?.sections ?? null);
      if (JSON.stringify(parsed).length + JSON.stringify(preview).length > MAX_STORED_RESULT_CHARS) {
        throw new DraftingError(ErrorCode.ImportFileTooLarge, 'The document is too long to import in one piece');
      }
      const ready = await this.update(record, {
        status: 'ready',
        progress: 100,
        parsed,
        preview,
        baseVersionId: base?._id ?? null,
        error: null,
      });
      this.logger.info(
        { importId, paragraphs: preview.stats.paragraphs, matched: preview.stats.matched },
        'import ready',
      );
      return ready ? { importId, outcome: 'ready' } : skipped;
    } catch (error) {
      if (error instanceof DraftingError) {
        await this.update(record, {
          status: 'failed',
          progress: 100,
          error: { code: error.code, message: error.message },
        });
        this.logger.info({ importId, code: error.code }, 'import refused');
        return { importId, outcome: 'failed', code: error.code };
      }
      // Unexpected (database, Redis): BullMQ retries; after the last attempt the import says so.
      if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) {
        await this.update(record, {
          status: 'failed',
          progress: 100,
          error: { code: ErrorCode.Internal, message: 'The document could not be processed; upload it again' },
        }).catch(() => undefined);
      }
      throw error;
    }
  }

  /**
   * One step, written only while the import is still in progress, under the draft's write lock
   * (the API's accept and discard take it too), since FerretDB could otherwise let a concurrent
   * discard and this update overwrite each other.
   */
  private update(record: ImportScope, fields: Partial<ImportRecord>): Promise<boolean> {
    return withWriteLock(this.redis, this.config.redis.prefix, LockResources.draft(record.draftId), async () => {
      const { matchedCount } = await this.models.imports
        .updateOne({ _id: record._id, status: { $in: IN_PROGRESS } }, { $set: fields })
        .exec();
      return matchedCount > 0;
    });
  }
}
