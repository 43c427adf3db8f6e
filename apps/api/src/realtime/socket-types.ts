import type { ClientToServerEvents, ServerToClientEvents } from '@concordia/contracts';
import type { Server, Socket } from 'socket.io';
import type { Principal } from '../authz/principal';

/** What the auth middleware stores on each connection. */
export interface SocketData {
  principal: Principal;
}

type InterServerEvents = Record<string, never>;

export type AppServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type AppSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
