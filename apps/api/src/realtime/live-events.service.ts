import { Inject, Injectable, Logger } from '@nestjs/common';
import type { RoundEvent, StreamEvent } from '@concordia/contracts';
import { type Audience, LivePublisher, type StreamBroadcaster } from '@concordia/dal';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { InjectRedis } from '../infra/redis.module';
import { LiveLog } from './live-log';

export { type Audience, streamOf } from '@concordia/dal';

/**
 * Publishes round events through the shared publisher (libs/dal), which the worker uses too:
 * appended to the stream's log in Redis, then broadcast through the socket.io Redis adapter's
 * channel. A reader that was away catches up from the log on `round:join` (see RealtimeGateway).
 */
@Injectable()
export class LiveEvents {
  private readonly logger = new Logger(LiveEvents.name);
  private readonly publisher: LivePublisher;

  constructor(log: LiveLog, @InjectRedis() redis: Redis, @Inject(APP_CONFIG) config: AppConfig) {
    this.publisher = new LivePublisher(log, redis, config.redis.prefix, (error) =>
      this.logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'live broadcast failed'),
    );
  }

  /** Called by the gateway once the socket.io server exists. */
  broadcastThrough(server: StreamBroadcaster): void {
    this.publisher.broadcastThrough(server);
  }

  /** At-least-once per reader; duplicates are dropped by their sequence number. */
  publish(roundId: string, audiences: readonly Audience[], event: RoundEvent): Promise<StreamEvent[]> {
    return this.publisher.publish(roundId, audiences, event);
  }

  /** Logs without sending (see LivePublisher.append): `broadcast` sends once the write is stored. */
  append(roundId: string, audiences: readonly Audience[], event: RoundEvent): Promise<StreamEvent[]> {
    return this.publisher.append(roundId, audiences, event);
  }

  broadcast(written: readonly StreamEvent[]): void {
    this.publisher.broadcast(written);
  }
}
