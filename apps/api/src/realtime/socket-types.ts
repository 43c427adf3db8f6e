import type { ClientToServerEvents, ServerToClientEvents } from '@concordia/contracts';
import type { Server, Socket } from 'socket.io';
import type { Principal } from '../authz/principal';
import type { RoundReader } from './round-readers.service';

/** What the auth middleware stores on each connection. */
export interface SocketData {
  principal: Principal;
  /** Rounds this socket joined, by round id, with the streams it reads there. */
  rounds: Map<string, RoundReader>;
}

type InterServerEvents = Record<string, never>;

export type AppServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type AppSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
