import { Inject, Injectable, Logger } from '@nestjs/common';
import { rooms, type ServerToClientEvents } from '@concordia/contracts';
import { createSocketEmitter } from '@concordia/dal';
import type { Emitter } from '@socket.io/redis-emitter';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { InjectRedis } from '../infra/redis.module';

/**
 * Ends the live connections of revoked sessions in every API process at once. Without it a
 * socket opened before a sign-out (on a shared computer, or after a stolen token was detected)
 * would keep receiving the rounds' events, delegation notes included, until its access token
 * expired. The client then tries to renew its token, which the revoked session refuses.
 * Each socket is in the room of its session (see RealtimeGateway.roomsFor).
 */
@Injectable()
export class SessionSockets {
  private readonly logger = new Logger(SessionSockets.name);
  private readonly emitter: Emitter<ServerToClientEvents>;

  constructor(@InjectRedis() redis: Redis, @Inject(APP_CONFIG) config: AppConfig) {
    this.emitter = createSocketEmitter(redis, config.redis.prefix, (error) =>
      // The session is revoked all the same: its sockets end when their token expires.
      this.logger.warn(
        { err: error instanceof Error ? error.message : String(error) },
        'sockets of a session not ended',
      ),
    );
  }

  /** Every socket of these sessions (refresh-token families). */
  end(sessionIds: readonly string[]): void {
    if (sessionIds.length === 0) return;
    this.emitter.in(sessionIds.map((id) => rooms.session(id))).disconnectSockets(true);
  }

  /** Every socket of the user (a password reset). */
  endAll(userId: string): void {
    this.emitter.in(rooms.user(userId)).disconnectSockets(true);
  }

  /** Every socket of the user but those of the session kept (a password change). */
  endAllBut(userId: string, keptSessionId: string): void {
    this.emitter.in(rooms.user(userId)).except(rooms.session(keptSessionId)).disconnectSockets(true);
  }
}
