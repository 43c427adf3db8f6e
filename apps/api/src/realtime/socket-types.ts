import type { ClientToServerEvents, ServerToClientEvents } from '@concordia/contracts';
import type { Server, Socket } from 'socket.io';
import type { Principal } from '../authz/principal';
import type { RoundReader } from './round-readers.service';

/** What the auth middleware stores on each connection. */
export interface SocketData {
  principal: Principal;
  /** Rounds this socket joined, by round id, with the streams it reads there. */
  rounds: Map<string, RoundReader>;
  /**
   * Where this socket says it is typing (keyed by round, paragraph and scope): told as stopped
   * when it leaves the round or disconnects, rather than left to lapse.
   */
  typing: Map<string, TypingPlace>;
}

export interface TypingPlace {
  roundId: string;
  paragraphKey: string;
  scope: string;
  rooms: string[];
}

type InterServerEvents = Record<string, never>;

export type AppServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type AppSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
