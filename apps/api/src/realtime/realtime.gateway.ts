import { Logger } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  type OnGatewayConnection,
  type OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
} from '@nestjs/websockets';
import { rooms } from '@concordia/contracts';
import type { MembershipRecord, Models } from '@concordia/dal';
import { Types } from 'mongoose';
import { Authenticator } from '../auth/authenticator.service';
import { mapError } from '../errors/error-mapper';
import { InjectModels } from '../infra/database.module';
import { parseClientEvent } from './client-events';
import type { AppServer, AppSocket } from './socket-types';

/** The rooms a user joins on connect: their own, and each process and delegation they belong to. */
export function roomsFor(
  userId: string,
  memberships: Pick<MembershipRecord, 'processId' | 'delegationId'>[],
): string[] {
  const names = new Set<string>([rooms.user(userId)]);
  for (const m of memberships) {
    names.add(rooms.process(m.processId.toHexString()));
    if (m.delegationId) names.add(rooms.delegation(m.delegationId.toHexString()));
  }
  return [...names];
}

/**
 * Default path /socket.io on the API's HTTP server. Authentication happens in a socket.io
 * middleware because Nest guards do not run on connect; Origin and the Redis adapter are set
 * by RedisIoAdapter.
 */
@WebSocketGateway()
export class RealtimeGateway implements OnGatewayInit<AppServer>, OnGatewayConnection<AppSocket> {
  private readonly logger = new Logger(RealtimeGateway.name);

  constructor(
    private readonly authenticator: Authenticator,
    @InjectModels() private readonly models: Models,
  ) {}

  afterInit(server: AppServer): void {
    server.use((socket, next) => {
      const auth: unknown = socket.handshake.auth;
      const token = typeof auth === 'object' && auth !== null && 'token' in auth ? auth.token : undefined;
      this.authenticator
        .authenticate(typeof token === 'string' ? token : undefined)
        .then((principal) => {
          socket.data.principal = principal;
          next();
        })
        .catch((error: unknown) => {
          const mapped = mapError(error);
          if (mapped.severity === 'error')
            this.logger.error({ err: error }, 'socket authentication failed unexpectedly');
          // The client sees `connect_error` with this message; `data` carries the code alone too.
          const refusal = new Error(`${mapped.code}: ${mapped.message}`) as Error & { data: unknown };
          refusal.data = { code: mapped.code, message: mapped.message };
          next(refusal);
        });
    });
  }

  async handleConnection(socket: AppSocket): Promise<void> {
    const { principal } = socket.data;
    try {
      const memberships = await this.models.memberships
        .find({ userId: new Types.ObjectId(principal.userId) })
        .select({ processId: 1, delegationId: 1 })
        .lean<Pick<MembershipRecord, 'processId' | 'delegationId'>[]>()
        .exec();
      const joined = roomsFor(principal.userId, memberships);
      await socket.join(joined);
      socket.emit('session:ready', { userId: principal.userId, rooms: joined });
    } catch (error) {
      this.logger.error({ err: error, userId: principal.userId }, 'could not prepare the socket session');
      socket.disconnect(true);
    }
  }

  @SubscribeMessage('app:ping')
  ping(@ConnectedSocket() socket: AppSocket, @MessageBody() body: unknown): void {
    const parsed = parseClientEvent('app:ping', body);
    if (!parsed.ok) {
      socket.emit('app:error', parsed.error);
      return;
    }
    socket.emit('app:pong', { at: parsed.payload.at, serverTime: new Date().toISOString() });
  }
}
