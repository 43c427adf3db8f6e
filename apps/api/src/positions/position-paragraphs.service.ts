import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  LockResources,
  LockTimeoutError,
  type Models,
  type PositionParagraphDocument,
  type PositionRecord,
  positionParagraphsCollection,
  withSharedWrite,
} from '@concordia/dal';
import type { Redis } from 'ioredis';
import { mongo, type Types } from 'mongoose';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { InjectModels } from '../infra/database.module';
import { InjectRedis } from '../infra/redis.module';

/**
 * How long a save waits for its record to reach the paragraph's document. Each turn writes every
 * record queued so far, so a save waits for at most two writes of the document, however many
 * delegations save at once; this bound only matters on a machine that has almost stopped.
 */
const PARAGRAPH_WAIT_MS = 30_000;

const { EJSON } = mongo.BSON;

/** The positions of each paragraph of a round, by delegation (see PositionParagraphDocument). */
@Injectable()
export class PositionParagraphs {
  private readonly logger = new Logger(PositionParagraphs.name);

  constructor(
    @InjectModels() private readonly models: Models,
    @InjectRedis() private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private collection(roundId: Types.ObjectId) {
    return this.models.positions.db.collection<PositionParagraphDocument>(positionParagraphsCollection(roundId));
  }

  async ofParagraph(roundId: Types.ObjectId, paragraphKey: string): Promise<Record<string, PositionRecord[]>> {
    return (await this.collection(roundId).findOne({ _id: paragraphKey }))?.cells ?? {};
  }

  async ofRound(roundId: Types.ObjectId): Promise<PositionParagraphDocument[]> {
    return this.collection(roundId).find({}).toArray();
  }

  /**
   * Adds a record (already in the log) to its paragraph's document, shared by every delegation.
   *
   * The document is rewritten whole (FerretDB would lose one of two concurrent updates), so its
   * writers take turns under the paragraph's lock; one turn per save made the sixth of six heads
   * saving at once wait past the lock's patience and get 409. Instead each save queues its record
   * in Redis, and whoever holds the lock writes every queued record in one rewrite: a save
   * returns as soon as its record is written, by its own turn or another's.
   */
  async add(record: PositionRecord): Promise<void> {
    const queue = this.queueKey(record.roundId, record.paragraphKey);
    const id = record._id.toHexString();
    await this.redis.hset(queue, id, EJSON.stringify(record, { relaxed: false }));
    try {
      await withSharedWrite(
        this.redis,
        this.config.redis.prefix,
        LockResources.positionParagraph(record.roundId, record.paragraphKey),
        () => this.writeQueued(record.roundId, record.paragraphKey),
        async () => (await this.redis.hexists(queue, id)) === 0,
        PARAGRAPH_WAIT_MS,
      );
    } catch (error) {
      if (!(error instanceof LockTimeoutError)) throw error;
      // The position is recorded (log and row): refusing now would only make the head save it
      // twice. It stays queued, and the next turn on this paragraph writes it.
      this.logger.warn({ positionId: id, paragraphKey: record.paragraphKey }, 'position queued for its paragraph');
    }
  }

  private queueKey(roundId: Types.ObjectId, paragraphKey: string): string {
    return `${this.config.redis.prefix}:position-paragraph-queue:${roundId.toHexString()}:${paragraphKey}`;
  }

  /**
   * Only under the paragraph's write lock. Idempotent: a record already in the document (a turn
   * that wrote and died before clearing the queue) is not added twice, and each delegation's
   * records stay in seq order, so the last one is the latest whatever order the saves came in.
   */
  private async writeQueued(roundId: Types.ObjectId, paragraphKey: string): Promise<void> {
    const queue = this.queueKey(roundId, paragraphKey);
    const queued = await this.redis.hgetall(queue);
    const ids = Object.keys(queued);
    if (ids.length === 0) return;
    const collection = this.collection(roundId);
    const current = await collection.findOne({ _id: paragraphKey });
    const cells: Record<string, PositionRecord[]> = { ...current?.cells };
    for (const text of Object.values(queued)) {
      const record = EJSON.parse(text, { relaxed: false }) as PositionRecord;
      const delegationId = record.delegationId.toHexString();
      const records = cells[delegationId] ?? [];
      if (records.some((r) => r._id.equals(record._id))) continue;
      cells[delegationId] = [...records, record].sort((a, b) => a.seq - b.seq);
    }
    if (current) await collection.replaceOne({ _id: paragraphKey }, { cells });
    else await collection.insertOne({ _id: paragraphKey, cells });
    await this.redis.hdel(queue, ...ids);
  }
}

/** The latest record of each delegation in a paragraph's cells. */
export const latestOf = (cells: Record<string, PositionRecord[]>): PositionRecord[] =>
  Object.values(cells).flatMap((records) => {
    const last = records.at(-1);
    return last ? [last] : [];
  });
