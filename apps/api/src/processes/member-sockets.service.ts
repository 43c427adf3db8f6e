import { Inject, Injectable, Logger } from '@nestjs/common';
import { rooms, type ServerToClientEvents } from '@concordia/contracts';
import { createSocketEmitter } from '@concordia/dal';
import type { Emitter } from '@socket.io/redis-emitter';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { InjectRedis } from '../infra/redis.module';

/**
 * Moves a member's open sockets, in every API process, into and out of the rooms their
 * membership gave them on connect (RealtimeGateway.roomsFor). Round streams need nothing here:
 * the gateway re-checks them whenever memberships change (ACCESS_RECHECK_MS).
 */
@Injectable()
export class MemberSockets {
  private readonly logger = new Logger(MemberSockets.name);
  private readonly emitter: Emitter<ServerToClientEvents>;

  constructor(@InjectRedis() redis: Redis, @Inject(APP_CONFIG) config: AppConfig) {
    this.emitter = createSocketEmitter(redis, config.redis.prefix, (error) =>
      // The change is stored all the same; the rooms are right again at the next connection.
      this.logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'member rooms not updated'),
    );
  }

  removed(userId: string, processId: string, delegationId: string | null): void {
    const left = [rooms.process(processId), ...(delegationId ? [rooms.delegation(delegationId)] : [])];
    this.emitter.in(rooms.user(userId)).socketsLeave(left);
  }

  moved(userId: string, from: string | null, to: string | null): void {
    if (from === to) return;
    if (from) this.emitter.in(rooms.user(userId)).socketsLeave(rooms.delegation(from));
    if (to) this.emitter.in(rooms.user(userId)).socketsJoin(rooms.delegation(to));
  }
}
