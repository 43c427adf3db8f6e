/**
 * The receiving side of the live-delivery benchmark: socket.io clients in this process (WebSocket
 * only, no reconnection), each recording when it first received each message, by message key.
 */
import { performance } from 'node:perf_hooks';
import { io, type Socket } from 'socket.io-client';

const CONNECT_TIMEOUT_MS = 15_000;
const JOIN_ATTEMPTS = 50;

function once<T>(socket: Socket, event: string, what: string, timeoutMs: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, onEvent);
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const onEvent = (payload: T) => {
      clearTimeout(timer);
      resolve(payload);
    };
    socket.once(event, onEvent);
  });
}

/** Null when joined, else the code of the `app:error` that refused the join. */
function joinOnce(socket: Socket, roundId: string): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      socket.off('round:joined', onJoined);
      socket.off('app:error', onError);
    };
    const onJoined = () => {
      done();
      resolve(null);
    };
    const onError = (error: { code: string; event?: string }) => {
      if (error.event !== 'round:join') return;
      done();
      resolve(error.code);
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error('timed out after 20 s waiting for round:joined'));
    }, 20_000);
    socket.on('round:joined', onJoined);
    socket.on('app:error', onError);
    socket.emit('round:join', { roundId, lastSeq: {} });
  });
}

export class ClientFleet {
  /** receipts[client]: message key -> performance.now() at its first arrival. */
  readonly receipts: Map<string, number>[] = [];
  readonly sockets: Socket[] = [];
  duplicates = 0;

  private constructor(private readonly keyOf: (payload: unknown) => string | undefined) {}

  /** Connects `count` clients, a batch at a time, each until the server says `session:ready`. */
  static async connect(
    url: string,
    count: number,
    tokenFor: (index: number) => string | undefined,
    keyOf: (payload: unknown) => string | undefined,
  ): Promise<ClientFleet> {
    const fleet = new ClientFleet(keyOf);
    try {
      for (let from = 0; from < count; from += 20) {
        const batch = Array.from({ length: Math.min(20, count - from) }, (_, i) => fleet.add(url, tokenFor(from + i)));
        await Promise.all(batch);
      }
    } catch (error) {
      fleet.close();
      throw error;
    }
    return fleet;
  }

  private async add(url: string, token: string | undefined): Promise<void> {
    const socket = io(url, {
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
      timeout: CONNECT_TIMEOUT_MS,
      auth: token ? { token } : {},
    });
    const receipts = new Map<string, number>();
    this.sockets.push(socket);
    this.receipts.push(receipts);
    socket.on('stream:event', (payload: unknown) => {
      const at = performance.now();
      const key = this.keyOf(payload);
      if (key === undefined) return;
      if (receipts.has(key)) this.duplicates += 1;
      else receipts.set(key, at);
    });
    const failed = new Promise<never>((_, reject) =>
      socket.once('connect_error', (error: Error) => reject(new Error(`socket refused: ${error.message}`))),
    );
    await Promise.race([once(socket, 'session:ready', 'session:ready', CONNECT_TIMEOUT_MS), failed]);
  }

  /**
   * Joins every client to the API's round. The API rate-limits socket events per user (a bucket
   * of 20, refilled at 10/s), so a refused join waits and tries again.
   */
  async joinRound(roundId: string): Promise<void> {
    await Promise.all(
      this.sockets.map(async (socket) => {
        for (let attempt = 1; attempt <= JOIN_ATTEMPTS; attempt += 1) {
          const code = await joinOnce(socket, roundId);
          if (code === null) return;
          if (code !== 'SOCKET_RATE_LIMITED') throw new Error(`round:join refused: ${code}`);
          await new Promise((r) => setTimeout(r, 100 + Math.random() * 400));
        }
        throw new Error(`round:join still rate-limited after ${JOIN_ATTEMPTS} attempts`);
      }),
    );
  }

  /** Resolves when every client has every key, or after `timeoutMs`. */
  async drain(keys: readonly string[], timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.receipts.every((r) => keys.every((k) => r.has(k)))) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  close(): void {
    for (const socket of this.sockets) socket.close();
  }
}
