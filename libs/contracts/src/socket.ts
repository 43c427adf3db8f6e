import { z } from 'zod';
import { errorCodeSchema } from './errors';
import { objectIdSchema } from './common';
import type { UnreadCount } from './notifications';
import {
  joinRoundSchema,
  leaveRoundSchema,
  presenceUpdateSchema,
  typingUpdateSchema,
  type JoinRound,
  type PresenceState,
  type PresenceUpdate,
  type RoundJoined,
  type StreamEvent,
  type StreamReset,
  type TypingState,
  type TypingUpdate,
} from './live';

/** Rooms are named here so the API, the worker and tests agree on them. */
export const rooms = {
  user: (userId: string) => `user:${userId}`,
  /** Every socket of one sign-in (a refresh-token family): ended together when it is revoked. */
  session: (sessionId: string) => `session:${sessionId}`,
  delegation: (delegationId: string) => `delegation:${delegationId}`,
  process: (processId: string) => `process:${processId}`,
  round: (roundId: string) => `round:${roundId}`,
} as const;

/**
 * Channel key of the socket.io Redis adapter: the API's adapter listens on it and the worker's
 * emitter publishes on it, so both must derive it from the same deployment prefix.
 */
export const socketIoChannelKey = (prefix: string): string => `${prefix}:socket.io`;

/**
 * How the socket.io Redis adapter and every emitter encode what they pass through Redis; they
 * must agree. JSON rather than the default MessagePack: our events carry no binary, and
 * MessagePack-encoding the payload cost about 0.25 ms per broadcast before the API process
 * wrote to its own sockets (bench/README.md, live delivery). Clients receive JSON either way.
 */
export const socketIoRedisParser = {
  encode: (message: unknown): string => JSON.stringify(message),
  decode: (message: { toString(): string }): unknown => JSON.parse(message.toString()),
};

export const socketErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  /** The event that caused the error, when there was one. */
  event: z.string().optional(),
});
export type SocketError = z.infer<typeof socketErrorSchema>;

export const sessionReadySchema = z.object({
  userId: objectIdSchema,
  rooms: z.array(z.string()),
});
export type SessionReady = z.infer<typeof sessionReadySchema>;

export const pingPayloadSchema = z.strictObject({ at: z.number() });
export type PingPayload = z.infer<typeof pingPayloadSchema>;

/** Events the server sends. */
export interface ServerToClientEvents {
  'session:ready': (payload: SessionReady) => void;
  'app:error': (payload: SocketError) => void;
  'app:pong': (payload: { at: number; serverTime: string }) => void;
  'round:joined': (payload: RoundJoined) => void;
  'stream:event': (payload: StreamEvent) => void;
  'stream:reset': (payload: StreamReset) => void;
  'presence:state': (payload: PresenceState) => void;
  'typing:state': (payload: TypingState) => void;
  /** The user's unread notification count changed (sent to the room `user:<id>`, by the worker too). */
  'notifications:unread': (payload: UnreadCount) => void;
}

/** Events a client sends; every payload is validated with the schema of the same name. */
export interface ClientToServerEvents {
  'app:ping': (payload: PingPayload) => void;
  /** Subscribes to the round's streams and replays what was missed since `lastSeq`. */
  'round:join': (payload: JoinRound) => void;
  'round:leave': (payload: { roundId: string }) => void;
  'presence:update': (payload: PresenceUpdate) => void;
  'typing:update': (payload: TypingUpdate) => void;
}

export const clientEventSchemas = {
  'app:ping': pingPayloadSchema,
  'round:join': joinRoundSchema,
  'round:leave': leaveRoundSchema,
  'presence:update': presenceUpdateSchema,
  'typing:update': typingUpdateSchema,
} as const satisfies Record<keyof ClientToServerEvents, z.ZodType>;
