import { Inject, Injectable } from '@nestjs/common';
import { ErrorCode } from '@concordia/contracts';
import { LOCK_WAIT_MS, LockTimeoutError, withWriteLock } from '@concordia/dal';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ConflictError } from '../errors/domain-errors';
import { InjectRedis } from './redis.module';

/**
 * Serialises the writers of one resource (see withWriteLock for why FerretDB needs it). A writer
 * that cannot get its turn in time gets 409 CONFLICT and may retry.
 */
@Injectable()
export class WriteLock {
  constructor(
    @InjectRedis() private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run<T>(resource: string, work: () => Promise<T>, waitMs = LOCK_WAIT_MS): Promise<T> {
    try {
      return await withWriteLock(this.redis, this.config.redis.prefix, resource, work, waitMs);
    } catch (error) {
      if (error instanceof LockTimeoutError) {
        throw new ConflictError(ErrorCode.Conflict, 'Another change to the same item is in progress; try again');
      }
      throw error;
    }
  }
}
