import { Inject, Injectable } from '@nestjs/common';
import { RoundLiveLog } from '@concordia/dal';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { InjectRedis } from '../infra/redis.module';

export { LIVE_LOG_RETENTION, type CatchUp } from '@concordia/dal';

/** The shared live log (libs/dal), on the API's Redis connection and prefix. */
@Injectable()
export class LiveLog extends RoundLiveLog {
  constructor(@InjectRedis() redis: Redis, @Inject(APP_CONFIG) config: AppConfig) {
    super(redis, config.redis.prefix);
  }
}
