import type { Logger } from '@nestjs/common';
import type { Annotation } from '@concordia/contracts';
import type { Models, RoundRecord } from '@concordia/dal';
import type { Types } from 'mongoose';
import type { RoundAnnotations } from '../annotations/round-annotations.service';
import type { ProcessAccess } from '../authz/process-access.service';
import type { LiveLog } from '../realtime/live-log';

/** Reads remembered per API process and per kind; the oldest is forgotten beyond it. */
const MAX_ENTRIES = 5000;
/**
 * How long after its numbers last moved a read is still not kept. A new annotation's event is
 * logged before its insert is stored (see AnnotationEvents.announceCreated), so a list read just
 * after the number moved may lack it; a read this much later has it.
 */
export const LIST_SETTLE_MS = 5000;

interface Entry<T> {
  stamp: string;
  /** When this process first saw the numbers at `stamp`. */
  since: number;
  /** When the list behind `value` was asked for. */
  readAt: number;
  value: Promise<T>;
}

/** Whose reading of a round's list is kept, and the live streams (of one round) it moves with. */
export interface ListReaders {
  /** The same for every reader who lists the same annotations. */
  key: string;
  streams: (roundId: string) => string[];
}

/**
 * What the home page derives from a round's whole annotation list, read once for all readers who
 * list the same annotations until something changes. Every member's home page asks once a minute,
 * and each answer would otherwise read the whole list (about a second for 2,000 annotations on
 * FerretDB). Every change a reader could read goes out as a live event on a stream numbered in
 * Redis; a value is kept with those numbers (of every round of the process, since threads carried
 * from an earlier round publish on that round's streams) and read again as soon as one moves, and
 * for LIST_SETTLE_MS after. So the answer is as fresh as a live reading page, and a quiet round
 * costs a read of its rounds' ids and one MGET.
 */
export class KeptListReads<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(
    private readonly annotations: RoundAnnotations,
    private readonly live: LiveLog,
    private readonly models: Models,
    private readonly logger: Logger,
  ) {}

  /**
   * `derive` of the round's list as `access` reads it; `readers` are all those who read that
   * same list (`access` among them), null to read afresh for this caller alone.
   */
  async read(
    access: ProcessAccess,
    round: RoundRecord,
    readers: ListReaders | null,
    derive: (listed: Annotation[]) => T,
  ): Promise<T> {
    const fresh = () => this.annotations.list(access, round, { includeOrphaned: true }).then(derive);
    if (readers === null) return fresh();
    const key = `${round._id.toHexString()}:${readers.key}`;
    const stamp = await this.stamp(round, readers);
    const kept = this.entries.get(key);
    const same = stamp !== null && kept?.stamp === stamp;
    if (same && kept.readAt - kept.since >= LIST_SETTLE_MS) return kept.value;
    // The numbers are read before the list: a change landing meanwhile moves them, and the next
    // request reads again.
    const readAt = Date.now();
    const value = fresh();
    if (stamp === null) return value;
    this.entries.delete(key);
    this.entries.set(key, { stamp, since: same ? kept.since : readAt, readAt, value });
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }

  /** The live numbers the readers' view of the process's threads moves with; null without Redis. */
  private async stamp(round: RoundRecord, readers: ListReaders): Promise<string | null> {
    try {
      const rounds = await this.models.rounds
        .find({ processId: round.processId })
        .select({ _id: 1 })
        .sort({ _id: 1 })
        .lean<{ _id: Types.ObjectId }[]>()
        .exec();
      const names = rounds.flatMap(({ _id }) => readers.streams(_id.toHexString()));
      return (await this.live.current(names)).join(',');
    } catch (error) {
      this.logger.warn({ err: error }, 'live numbers unreadable: the agenda reads the list afresh');
      return null;
    }
  }
}
