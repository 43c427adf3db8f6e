import { Injectable } from '@nestjs/common';
import {
  type Models,
  type PositionParagraphDocument,
  type PositionRecord,
  positionParagraphsCollection,
} from '@concordia/dal';
import type { Types } from 'mongoose';
import { InjectModels } from '../infra/database.module';

/** The positions of each paragraph of a round, by delegation (see PositionParagraphDocument). */
@Injectable()
export class PositionParagraphs {
  constructor(@InjectModels() private readonly models: Models) {}

  private collection(roundId: Types.ObjectId) {
    return this.models.positions.db.collection<PositionParagraphDocument>(positionParagraphsCollection(roundId));
  }

  async ofParagraph(roundId: Types.ObjectId, paragraphKey: string): Promise<Record<string, PositionRecord[]>> {
    return (await this.collection(roundId).findOne({ _id: paragraphKey }))?.cells ?? {};
  }

  async ofRound(roundId: Types.ObjectId): Promise<PositionParagraphDocument[]> {
    return this.collection(roundId).find({}).toArray();
  }

  /** Only under the paragraph's write lock. */
  async append(record: PositionRecord): Promise<void> {
    const collection = this.collection(record.roundId);
    const current = await collection.findOne({ _id: record.paragraphKey });
    const delegationId = record.delegationId.toHexString();
    const cells = { ...current?.cells, [delegationId]: [...(current?.cells[delegationId] ?? []), record] };
    if (current) await collection.replaceOne({ _id: record.paragraphKey }, { cells });
    else await collection.insertOne({ _id: record.paragraphKey, cells });
  }
}

/** The latest record of each delegation in a paragraph's cells. */
export const latestOf = (cells: Record<string, PositionRecord[]>): PositionRecord[] =>
  Object.values(cells).flatMap((records) => {
    const last = records.at(-1);
    return last ? [last] : [];
  });
