import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  type OnGatewayConnection,
  type OnGatewayDisconnect,
  type OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
} from '@nestjs/websockets';
import { clientEventSchemas, ErrorCode, rooms, type ClientToServerEvents } from '@concordia/contracts';
import type { MembershipRecord, Models } from '@concordia/dal';
import { Types } from 'mongoose';
import { Authenticator } from '../auth/authenticator.service';
import type { Principal } from '../authz/principal';
import { WriteGenerations } from '../authz/write-generations.service';
import { mapError } from '../errors/error-mapper';
import { InjectModels } from '../infra/database.module';
import { parseClientEvent, type ClientPayload } from './client-events';
import { PRESENCE_TTL_MS } from './presence.store';
import { RoundSessions } from './round-sessions.service';
import { LiveEvents } from './live-events.service';
import { SocketRateLimiter } from './socket-rate-limiter';
import type { AppServer, AppSocket } from './socket-types';

type ClientEvent = keyof ClientToServerEvents;

/**
 * The rooms a socket joins on connect: its user's, its session's (ended together when the
 * session is revoked, see SessionSockets), and each process and delegation the user belongs to.
 */
export function roomsFor(
  principal: Pick<Principal, 'userId' | 'sessionId'>,
  memberships: Pick<MembershipRecord, 'processId' | 'delegationId'>[],
): string[] {
  const names = new Set<string>([rooms.user(principal.userId), rooms.session(principal.sessionId)]);
  for (const m of memberships) {
    names.add(rooms.process(m.processId.toHexString()));
    if (m.delegationId) names.add(rooms.delegation(m.delegationId.toHexString()));
  }
  return [...names];
}

/** How often sockets' access is looked at again (work is done only when something changed). */
export const ACCESS_RECHECK_MS = 2000;

const isClientEvent = (event: unknown): event is ClientEvent =>
  typeof event === 'string' && Object.hasOwn(clientEventSchemas, event);

/**
 * Default path /socket.io on the API's HTTP server. Authentication happens in a socket.io
 * middleware because Nest guards do not run on connect; Origin and the Redis adapter are set
 * by RedisIoAdapter. Every incoming event is rate-limited per user (in Redis) and validated;
 * a refused event gets `app:error` and the connection stays up.
 */
@WebSocketGateway()
export class RealtimeGateway
  implements
    OnGatewayInit<AppServer>,
    OnGatewayConnection<AppSocket>,
    OnGatewayDisconnect<AppSocket>,
    OnApplicationShutdown
{
  private readonly logger = new Logger(RealtimeGateway.name);
  private server?: AppServer;
  private refreshTimer?: NodeJS.Timeout;
  private accessTimer?: NodeJS.Timeout;
  /** Generations of users, and of processes, memberships and rounds, when sockets were last checked. */
  private seen: { users?: string; access?: string } = {};
  private rechecking = false;
  /** The last event handled or waiting, per socket (gone with the socket). */
  private readonly queues = new WeakMap<AppSocket, Promise<void>>();

  constructor(
    private readonly authenticator: Authenticator,
    private readonly sessions: RoundSessions,
    private readonly limiter: SocketRateLimiter,
    @InjectModels() private readonly models: Models,
    private readonly live: LiveEvents,
    private readonly generations: WriteGenerations,
  ) {}

  afterInit(server: AppServer): void {
    this.server = server;
    this.live.broadcastThrough(server);
    server.use((socket, next) => {
      const auth: unknown = socket.handshake.auth;
      const token = typeof auth === 'object' && auth !== null && 'token' in auth ? auth.token : undefined;
      this.authenticator
        .authenticate(typeof token === 'string' ? token : undefined)
        .then((principal) => {
          socket.data.principal = principal;
          socket.data.rounds = new Map();
          socket.data.typing = new Map();
          this.endWithToken(socket, principal.tokenExpiresAt);
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
    this.accessTimer = setInterval(() => {
      this.recheckAccess(server).catch((error: unknown) =>
        this.logger.warn({ err: error }, 'socket access recheck failed'),
      );
    }, ACCESS_RECHECK_MS);
    this.accessTimer.unref();
    // Presence entries lapse unless their process is alive to refresh them.
    this.refreshTimer = setInterval(() => {
      this.sessions
        .refresh(server.of('/').sockets.values())
        .catch((error: unknown) => this.logger.warn({ err: error }, 'presence refresh failed'));
    }, PRESENCE_TTL_MS / 3);
    this.refreshTimer.unref();
  }

  /**
   * A socket lives no longer than the access token it was opened with. The client then renews
   * the token (which checks the session and the account) and reconnects, catching up on what it
   * missed. A revoked session's sockets end sooner, at the revocation (SessionSockets).
   */
  private endWithToken(socket: AppSocket, expiresAt: number | undefined): void {
    if (expiresAt === undefined) return;
    const timer = setTimeout(() => socket.disconnect(true), Math.max(0, expiresAt - Date.now()));
    timer.unref();
    socket.once('disconnect', () => clearTimeout(timer));
  }

  onApplicationShutdown(): void {
    clearInterval(this.refreshTimer);
    clearInterval(this.accessTimer);
  }

  /**
   * A socket was let in when its user could sign in, and joined a round's streams when they
   * could read them. When users, memberships, processes or rounds have changed since the last
   * look (in any API process), every socket here is checked again: a disabled account is
   * disconnected, and rounds are re-read from the remembered answers where nothing changed.
   * (Sessions are not: a refresh rotates one every few minutes per user, which would re-read
   * every socket's session each time; a revoked session's sockets are ended by SessionSockets.)
   */
  private async recheckAccess(server: AppServer): Promise<void> {
    if (this.rechecking) return;
    const [users, access] = await Promise.all([
      this.generations.read(['users']),
      this.generations.read(['processes', 'memberships', 'rounds']),
    ]);
    if (users === null || access === null) return;
    // The counters in Redis only: the leading part counts this process's writes of any watched
    // collection (every sign-in here), which would re-check every socket for nothing.
    const shared = (generation: string) => generation.slice(generation.indexOf(':') + 1);
    const seen = { users: shared(users), access: shared(access) };
    const usersChanged = seen.users !== this.seen.users;
    const accessChanged = seen.access !== this.seen.access;
    if (!usersChanged && !accessChanged) return;
    this.seen = seen;
    this.rechecking = true;
    try {
      for (const socket of [...server.of('/').sockets.values()]) {
        if (usersChanged && (await this.disabled(socket))) {
          socket.emit('app:error', { code: ErrorCode.AuthAccountDisabled, message: 'This account is disabled' });
          socket.disconnect(true);
          continue;
        }
        if (accessChanged && socket.data.rounds?.size) await this.sessions.recheck(server, socket);
      }
    } finally {
      this.rechecking = false;
    }
  }

  private async disabled(socket: AppSocket): Promise<boolean> {
    const user = await this.models.users
      .findById(socket.data.principal.userId)
      .select({ disabled: 1 })
      .lean<{ disabled: boolean }>()
      .exec();
    return !user || user.disabled;
  }

  async handleConnection(socket: AppSocket): Promise<void> {
    const { principal } = socket.data;
    socket.use(([event], next) => {
      this.admit(socket, event).then(
        (admitted) => admitted && next(),
        (error: unknown) => {
          // Redis down: serve rather than cut everyone off; the HTTP API still has its limits.
          this.logger.warn({ err: error }, 'socket rate limiter unavailable');
          next();
        },
      );
    });
    try {
      const memberships = await this.models.memberships
        .find({ userId: new Types.ObjectId(principal.userId) })
        .select({ processId: 1, delegationId: 1 })
        .lean<Pick<MembershipRecord, 'processId' | 'delegationId'>[]>()
        .exec();
      const joined = roomsFor(principal, memberships);
      await socket.join(joined);
      socket.emit('session:ready', { userId: principal.userId, rooms: joined });
    } catch (error) {
      this.logger.error({ err: error, userId: principal.userId }, 'could not prepare the socket session');
      socket.disconnect(true);
    }
  }

  async handleDisconnect(socket: AppSocket): Promise<void> {
    if (!this.server || !socket.data.rounds) return;
    await this.sessions
      .leaveAll(this.server, socket)
      .catch((error: unknown) => this.logger.warn({ err: error }, 'could not clear presence on disconnect'));
  }

  /** Rate limit first (unknown events count too), then refuse events nobody handles. */
  private async admit(socket: AppSocket, event: unknown): Promise<boolean> {
    const name = typeof event === 'string' ? event.slice(0, 50) : String(event);
    if (!(await this.limiter.take(socket.data.principal.userId))) {
      socket.emit('app:error', {
        code: ErrorCode.SocketRateLimited,
        message: 'Too many events; slow down',
        event: name,
      });
      return false;
    }
    if (!isClientEvent(event)) {
      socket.emit('app:error', { code: ErrorCode.SocketEventInvalid, message: `Unknown event ${name}`, event: name });
      return false;
    }
    return true;
  }

  /**
   * Runs a socket's events one after the other, in the order they were sent: a presence update
   * sent right after `round:join` must find the round joined, not race the join's reads.
   */
  private handle<E extends ClientEvent>(
    socket: AppSocket,
    event: E,
    body: unknown,
    run: (payload: ClientPayload<E>, server: AppServer) => Promise<void> | void,
  ): Promise<void> {
    const turn = (this.queues.get(socket) ?? Promise.resolve()).then(() => this.handleNow(socket, event, body, run));
    this.queues.set(
      socket,
      turn.catch(() => undefined),
    );
    return turn;
  }

  /** Validates the payload, runs the handler, and turns any failure into `app:error` (never rejects). */
  private async handleNow<E extends ClientEvent>(
    socket: AppSocket,
    event: E,
    body: unknown,
    run: (payload: ClientPayload<E>, server: AppServer) => Promise<void> | void,
  ): Promise<void> {
    const parsed = parseClientEvent(event, body);
    if (!parsed.ok) {
      socket.emit('app:error', parsed.error);
      return;
    }
    try {
      if (!this.server) throw new Error('socket server not initialised');
      await run(parsed.payload, this.server);
    } catch (error) {
      const mapped = mapError(error);
      if (mapped.severity === 'error') this.logger.error({ err: error, event }, 'socket event failed');
      socket.emit('app:error', { code: mapped.code, message: mapped.message, event });
    }
  }

  @SubscribeMessage('app:ping')
  ping(@ConnectedSocket() socket: AppSocket, @MessageBody() body: unknown): Promise<void> {
    return this.handle(socket, 'app:ping', body, ({ at }) => {
      socket.emit('app:pong', { at, serverTime: new Date().toISOString() });
    });
  }

  @SubscribeMessage('round:join')
  join(@ConnectedSocket() socket: AppSocket, @MessageBody() body: unknown): Promise<void> {
    return this.handle(socket, 'round:join', body, (payload, server) => this.sessions.join(server, socket, payload));
  }

  @SubscribeMessage('round:leave')
  leave(@ConnectedSocket() socket: AppSocket, @MessageBody() body: unknown): Promise<void> {
    return this.handle(socket, 'round:leave', body, ({ roundId }, server) =>
      this.sessions.leave(server, socket, roundId),
    );
  }

  @SubscribeMessage('presence:update')
  presence(@ConnectedSocket() socket: AppSocket, @MessageBody() body: unknown): Promise<void> {
    return this.handle(socket, 'presence:update', body, (payload, server) =>
      this.sessions.updatePresence(server, socket, payload),
    );
  }

  @SubscribeMessage('typing:update')
  typing(@ConnectedSocket() socket: AppSocket, @MessageBody() body: unknown): Promise<void> {
    return this.handle(socket, 'typing:update', body, (payload, server) =>
      this.sessions.updateTyping(server, socket, payload),
    );
  }
}
