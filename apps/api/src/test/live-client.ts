import type { ClientToServerEvents, ServerToClientEvents, StreamEvent } from '@concordia/contracts';
import type { Models } from '@concordia/dal';
import { Types } from 'mongoose';
import { io, type Socket } from 'socket.io-client';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
type ServerEvent = keyof ServerToClientEvents;
type Payload<E extends ServerEvent> = Parameters<ServerToClientEvents[E]>[0];

/** Inserts a round straight into the database (the live tests need no draft behind it). */
export async function insertRound(
  models: Models,
  processId: string,
  options: { chairUserId?: string; delegationIds?: string[]; status?: 'scheduled' | 'open'; versionId?: string } = {},
): Promise<string> {
  const round = await models.rounds.create({
    processId: new Types.ObjectId(processId),
    name: `Live round ${new Types.ObjectId().toHexString()}`,
    versionId: new Types.ObjectId(options.versionId),
    chairUserId: new Types.ObjectId(options.chairUserId),
    delegationIds: (options.delegationIds ?? []).map((id) => new Types.ObjectId(id)),
    // Open now and for a month: past its closing time an open round takes no contributions.
    opensAt: new Date(Date.now() - 86_400_000),
    closesAt: new Date(Date.now() + 30 * 86_400_000),
    timeZone: 'Europe/Zurich',
    confidentiality: 'observers',
    status: options.status ?? 'open',
  });
  return round._id.toHexString();
}

/** A published version of one paragraph, `p1`, for rounds whose comments must reach the insert. */
export async function insertPublishedVersion(models: Models, processId: string): Promise<string> {
  const version = await models.draftVersions.create({
    draftId: new Types.ObjectId(),
    processId: new Types.ObjectId(processId),
    label: 'Zero draft',
    status: 'published',
    sequence: 1,
    publishedAt: new Date(),
    sections: [{ key: 's1', heading: '', paragraphs: [{ key: 'p1', number: '1.', text: 'Text open to comment.' }] }],
  });
  return version._id.toHexString();
}

/**
 * A socket.io client that records every server event, so a test can wait for a condition on
 * what arrived (whatever the interleaving) and then assert on the whole record.
 */
export class LiveClient {
  readonly received: { event: string; payload: unknown }[] = [];
  private readonly waiters = new Set<() => void>();

  private constructor(readonly socket: ClientSocket) {
    socket.onAny((event: string, payload: unknown) => {
      this.received.push({ event, payload });
      for (const check of [...this.waiters]) check();
    });
  }

  static async connect(baseUrl: string, token: string): Promise<LiveClient> {
    const socket: ClientSocket = io(baseUrl, {
      auth: { token },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    const client = new LiveClient(socket);
    await client.until('session:ready', () => client.all('session:ready').length > 0);
    return client;
  }

  all<E extends ServerEvent>(event: E): Payload<E>[] {
    return this.received.filter((r) => r.event === event).map((r) => r.payload as Payload<E>);
  }

  /** Stream events of one stream, in arrival order. */
  streamEvents(stream: string): StreamEvent[] {
    return this.all('stream:event').filter((e) => e.stream === stream);
  }

  /** Sends an event with any payload (malformed ones included). */
  send(event: string, payload: unknown): void {
    (this.socket.emit as (event: string, payload: unknown) => void)(event, payload);
  }

  /** Resolves once `condition` holds, failing fast with `what` instead of at the test timeout. */
  until(what: string, condition: () => boolean, timeoutMs = 5000): Promise<void> {
    if (condition()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!condition()) return;
        this.waiters.delete(check);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`timed out waiting for ${what}`));
      }, timeoutMs);
      this.waiters.add(check);
    });
  }

  /** The next `event` arriving after this call (optionally matching). */
  next<E extends ServerEvent>(event: E, match: (payload: Payload<E>) => boolean = () => true): Promise<Payload<E>> {
    const from = this.received.length;
    let found: Payload<E> | undefined;
    return this.until(event, () => {
      const hit = this.received.slice(from).find((r) => r.event === event && match(r.payload as Payload<E>));
      found = hit?.payload as Payload<E> | undefined;
      return hit !== undefined;
    }).then(() => found as Payload<E>);
  }

  /** Joins a round and waits for `round:joined`. */
  async join(roundId: string, lastSeq: Record<string, number> = {}): Promise<Payload<'round:joined'>> {
    const joined = this.next('round:joined', (p) => p.roundId === roundId);
    this.socket.emit('round:join', { roundId, lastSeq });
    return joined;
  }

  close(): void {
    this.socket.disconnect();
  }
}
