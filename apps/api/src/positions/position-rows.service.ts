import { Injectable } from '@nestjs/common';
import {
  decodeCells,
  encodeCells,
  type Models,
  type PositionCell,
  type PositionRowDocument,
  positionRowsCollection,
  type PositionStampsDocument,
  positionStampsCollection,
} from '@concordia/dal';
import type { Types } from 'mongoose';
import { InjectModels } from '../infra/database.module';

/** delegationId -> paragraphKey -> latest cell. */
export type RoundCells = Map<string, Map<string, PositionCell>>;

/**
 * The rows of current positions, one collection per round (see PositionRowDocument for why), and
 * the same rows stamped with each cell's time (PositionStampsDocument).
 */
@Injectable()
export class PositionRows {
  constructor(@InjectModels() private readonly models: Models) {}

  private collection(roundId: Types.ObjectId) {
    return this.models.positions.db.collection<PositionRowDocument>(positionRowsCollection(roundId));
  }

  private stamps(roundId: Types.ObjectId) {
    return this.models.positions.db.collection<PositionStampsDocument>(positionStampsCollection(roundId));
  }

  async ofRound(roundId: Types.ObjectId): Promise<RoundCells> {
    const rows = await this.collection(roundId).find({}).toArray();
    return new Map(rows.map((row) => [row._id.toHexString(), decodeCells(row.cells)]));
  }

  /** The stamped rows of a round: each cell recorded since stamps were kept, with its time. */
  async stampedOfRound(roundId: Types.ObjectId): Promise<RoundCells> {
    const rows = await this.stamps(roundId).find({}).toArray();
    return new Map(rows.map((row) => [row._id.toHexString(), decodeCells(row.cells)]));
  }

  /** Only under the row's write lock, as the row: stamps one cell of the delegation's stamped row. */
  async stamp(
    roundId: Types.ObjectId,
    delegationId: Types.ObjectId,
    paragraphKey: string,
    cell: PositionCell & { at: number },
  ): Promise<void> {
    const current = await this.stamps(roundId).findOne({ _id: delegationId });
    const cells = decodeCells(current?.cells);
    cells.set(paragraphKey, cell);
    await this.stamps(roundId).replaceOne({ _id: delegationId }, { cells: encodeCells(cells) }, { upsert: true });
  }

  async ofDelegation(roundId: Types.ObjectId, delegationId: Types.ObjectId): Promise<Map<string, PositionCell> | null> {
    const row = await this.collection(roundId).findOne({ _id: delegationId });
    return row ? decodeCells(row.cells) : null;
  }

  /** Only under the row's write lock: replaces the row with these cells. */
  async save(
    roundId: Types.ObjectId,
    delegationId: Types.ObjectId,
    cells: ReadonlyMap<string, PositionCell>,
    existed: boolean,
  ): Promise<void> {
    const packed = encodeCells(cells);
    if (existed) await this.collection(roundId).updateOne({ _id: delegationId }, { $set: { cells: packed } });
    else await this.collection(roundId).insertOne({ _id: delegationId, cells: packed });
  }
}
