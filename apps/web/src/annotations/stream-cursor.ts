import type { Annotation, StreamEvent } from '@concordia/contracts';

/** What to do with an event, given the last sequence number seen on its stream. */
export type EventVerdict = 'apply' | 'duplicate' | 'gap';

/**
 * The last sequence number seen per stream of one round. Kept in memory and mirrored to
 * sessionStorage, so a reload of the tab asks the server for what it missed rather than starting
 * from now. Streams are per round, so the storage key is too.
 */
export class StreamCursor {
  private readonly seqs = new Map<string, number>();

  constructor(
    private readonly roundId: string,
    private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null,
  ) {
    const saved = this.read();
    for (const [stream, seq] of Object.entries(saved)) this.seqs.set(stream, seq);
  }

  private get key(): string {
    return `concordia:round-seq:${this.roundId}`;
  }

  private read(): Record<string, number> {
    try {
      const raw: unknown = JSON.parse(this.storage?.getItem(this.key) ?? '{}');
      if (typeof raw !== 'object' || raw === null) return {};
      return Object.fromEntries(
        Object.entries(raw).filter((entry): entry is [string, number] => Number.isInteger(entry[1]) && entry[1] >= 0),
      );
    } catch {
      return {};
    }
  }

  private save(): void {
    try {
      this.storage?.setItem(this.key, JSON.stringify(this.snapshot()));
    } catch {
      // Storage full or disabled: the in-memory cursor still covers reconnects.
    }
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries(this.seqs);
  }

  has(stream: string): boolean {
    return this.seqs.has(stream);
  }

  /** Events at or below the last seen number were already applied; above last + 1 one is missing. */
  verdict(event: Pick<StreamEvent, 'stream' | 'seq'>): EventVerdict {
    const last = this.seqs.get(event.stream);
    if (last === undefined) return 'apply';
    if (event.seq <= last) return 'duplicate';
    return event.seq === last + 1 ? 'apply' : 'gap';
  }

  advance(stream: string, seq: number): void {
    if ((this.seqs.get(stream) ?? -1) >= seq) return;
    this.seqs.set(stream, seq);
    this.save();
  }

  /** Streams the server now reports that this tab has never read start from their current number. */
  adopt(streams: Record<string, number>): void {
    for (const [stream, seq] of Object.entries(streams)) if (!this.seqs.has(stream)) this.seqs.set(stream, seq);
    this.save();
  }

  /** The server restarted this stream at `seq` (its log no longer reaches back to ours). */
  reset(stream: string, seq: number): void {
    this.seqs.set(stream, seq);
    this.save();
  }

  forget(stream: string): void {
    this.seqs.delete(stream);
    this.save();
  }

  /** True once every stream has reached the number the server reported when joining. */
  reached(targets: Record<string, number>): boolean {
    return Object.entries(targets).every(([stream, seq]) => (this.seqs.get(stream) ?? -1) >= seq);
  }
}

/**
 * Puts a stream's events back in order. A live event can overtake the replay sent on joining, so
 * one that skips ahead is held until the missing ones arrive; anything already applied is dropped.
 */
export class EventSequencer {
  private readonly held = new Map<string, Map<number, StreamEvent>>();

  constructor(private readonly cursor: StreamCursor) {}

  /** The events now ready to apply, in order (possibly none, possibly several released at once). */
  accept(event: StreamEvent): StreamEvent[] {
    const verdict = this.cursor.verdict(event);
    if (verdict === 'duplicate') return [];
    if (verdict === 'gap') {
      const waiting = this.held.get(event.stream) ?? new Map<number, StreamEvent>();
      waiting.set(event.seq, event);
      this.held.set(event.stream, waiting);
      return [];
    }
    this.cursor.advance(event.stream, event.seq);
    return [event, ...this.release(event.stream)];
  }

  /** After the cursor moved by other means (a reset): drop what it passed, release what follows. */
  release(stream: string): StreamEvent[] {
    const waiting = this.held.get(stream);
    if (!waiting) return [];
    const ready: StreamEvent[] = [];
    for (const [seq, event] of [...waiting].sort((a, b) => a[0] - b[0])) {
      const verdict = this.cursor.verdict(event);
      if (verdict === 'gap') break;
      waiting.delete(seq);
      if (verdict === 'apply') {
        this.cursor.advance(stream, seq);
        ready.push(event);
      }
    }
    if (waiting.size === 0) this.held.delete(stream);
    return ready;
  }

  /** True while some event waits for one before it. */
  get waiting(): boolean {
    return this.held.size > 0;
  }
}

/** Annotations by id, with an event applied: created and updated both carry the whole annotation. */
export const applyToAnnotations = (
  current: ReadonlyMap<string, Annotation>,
  annotation: Annotation,
): Map<string, Annotation> => {
  const next = new Map(current);
  next.set(annotation.id, annotation);
  return next;
};
