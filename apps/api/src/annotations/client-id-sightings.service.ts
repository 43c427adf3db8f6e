import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { InjectRedis } from '../infra/redis.module';

/** Longer than any client keeps a clientId for a retry (unsent text is kept 30 days, but resent sooner). */
const REMEMBERED_SECONDS = 7 * 24 * 3600;

/**
 * Which (author, clientId) pairs were posted before, so that a new annotation can be shown to
 * the round while its insert is on its way, but a retry (the same clientId sent again after a
 * lost answer) is not shown as a second annotation first. One SET NX on the connection the live
 * log uses, written just before the append: its answer comes first, with no round trip of its own.
 * Forgetting a pair only means its retry is shown and taken back; the database stays the judge.
 */
@Injectable()
export class ClientIdSightings {
  constructor(
    @InjectRedis() private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** true the first time this author posts this clientId; false after, or when Redis cannot say. */
  async first(authorId: string, clientId: string): Promise<boolean> {
    const key = `${this.config.redis.prefix}:annotations:client-ids:${authorId}:${clientId}`;
    try {
      return (await this.redis.set(key, '1', 'EX', REMEMBERED_SECONDS, 'NX')) === 'OK';
    } catch {
      // The live-log append on the same Redis fails too: the creation is then told after its insert.
      return false;
    }
  }
}
