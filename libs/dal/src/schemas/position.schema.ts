import { Schema, type Types } from 'mongoose';
import type { PositionValue } from '@concordia/contracts';

const POSITION_VALUES: PositionValue[] = [
  'support',
  'support_with_amendments',
  'reservation',
  'objection',
  'no_position',
];

/**
 * One recorded position, append-only: never updated nor deleted. A change is a new record with
 * the next `seq` of its cell (round, paragraph, delegation); the latest is mirrored into the
 * delegation's row (position_rows) for the matrices.
 */
export interface PositionRecord {
  _id: Types.ObjectId;
  processId: Types.ObjectId;
  roundId: Types.ObjectId;
  paragraphKey: string;
  delegationId: Types.ObjectId;
  value: PositionValue;
  statement: string;
  amendmentIds: Types.ObjectId[];
  authorId: Types.ObjectId;
  authorName: string;
  seq: number;
  recordedAt: Date;
}

export const positionSchema = new Schema<PositionRecord>(
  {
    processId: { type: Schema.Types.ObjectId, required: true },
    roundId: { type: Schema.Types.ObjectId, required: true },
    paragraphKey: { type: String, required: true },
    delegationId: { type: Schema.Types.ObjectId, required: true },
    value: { type: String, required: true, enum: POSITION_VALUES },
    statement: { type: String, default: '' },
    amendmentIds: { type: [Schema.Types.ObjectId], default: [] },
    authorId: { type: Schema.Types.ObjectId, required: true },
    authorName: { type: String, required: true },
    seq: { type: Number, required: true },
    recordedAt: { type: Date, required: true },
  },
  { versionKey: false },
);
// One record per step of a cell's history: a second writer of the same step fails loudly.
positionSchema.index({ roundId: 1, paragraphKey: 1, delegationId: 1, seq: 1 }, { unique: true });

/** The latest position of one cell: what a delegation's row holds. */
export interface PositionCell {
  value: PositionValue;
  seq: number;
  /** When it was recorded (ms since the epoch): kept in the stamped rows only (PositionStampsDocument). */
  at?: number;
}

/**
 * The current positions of one delegation in one round, for the matrices: one small document per
 * delegation (`_id` is the delegation's id) in a collection of the round's own
 * (`position_rows_<roundId>`), its cells packed in one string ("key=code.seq;…").
 *
 * Why this shape: FerretDB v1 pushes no filter but `_id` down to SQLite and decodes every
 * document of a collection it scans, with a type schema per field. One-document-per-cell, or a
 * row of nested objects, made a 193 × 300 matrix cost seconds (bench/positions.bench.ts); a
 * round's own collection bounds the scan to that round, and one string per row keeps each
 * document a few kilobytes. Only the position writer changes a row, under the row's write lock,
 * so the read-modify-write of a cell is never lost.
 */
export interface PositionRowDocument {
  _id: Types.ObjectId;
  cells: string;
}

export const positionRowsCollection = (roundId: { toString(): string }): string =>
  `position_rows_${roundId.toString()}`;

/**
 * A delegation's row again, each cell with the time its current position was recorded
 * ("key=code.seq.time", the time in base 36): what "since your last visit" reads, because the log
 * cannot be filtered by time on FerretDB v1 (it would be scanned whole). Kept apart from the rows
 * so that the matrix and the evolution, which scan the rows, do not pay for the times: in the
 * rows they made each cell 9 characters longer (+55 %) and a round's scan some 15 to 20 ms slower
 * at 193 × 300. Written by the position writer under the row's lock, after the row. Cells
 * recorded before stamps were kept have none: they are never counted as recent.
 */
export interface PositionStampsDocument {
  _id: Types.ObjectId;
  cells: string;
}

export const positionStampsCollection = (roundId: { toString(): string }): string =>
  `position_stamps_${roundId.toString()}`;

/**
 * Every position recorded on one paragraph of a round, by delegation, oldest first: a copy of
 * the log's records, kept in a collection of the round's own with the paragraph key as `_id`,
 * because `_id` is the one filter FerretDB v1 evaluates in SQLite. The panel of a paragraph and
 * a cell's history are then one lookup instead of a scan of the whole log (which took tens of
 * seconds at 290,000 records). The log (`positions`) stays the record of truth.
 */
export interface PositionParagraphDocument {
  _id: string;
  cells: Record<string, PositionRecord[]>;
}

export const positionParagraphsCollection = (roundId: { toString(): string }): string =>
  `position_paragraphs_${roundId.toString()}`;

const CODES: Record<PositionValue, string> = {
  support: 's',
  support_with_amendments: 'a',
  reservation: 'r',
  objection: 'o',
  no_position: 'n',
};
const VALUES_BY_CODE = new Map(Object.entries(CODES).map(([value, code]) => [code, value as PositionValue]));

/** Keys are URI-encoded, so a key holding a separator cannot break the row (generated keys are hex). */
export function encodeCells(cells: ReadonlyMap<string, PositionCell>): string {
  return [...cells]
    .map(([key, cell]) => {
      const time = cell.at === undefined ? '' : `.${cell.at.toString(36)}`;
      return `${encodeURIComponent(key)}=${CODES[cell.value]}.${cell.seq}${time}`;
    })
    .join(';');
}

/**
 * Reads rows written with or without the cells' times ("key=code.seq" before they were kept).
 * With indexOf rather than split: the matrix decodes some 58,000 cells per read.
 */
export function decodeCells(packed: string | null | undefined): Map<string, PositionCell> {
  const cells = new Map<string, PositionCell>();
  if (!packed) return cells;
  for (const entry of packed.split(';')) {
    const eq = entry.lastIndexOf('=');
    const dot = entry.indexOf('.', eq + 1);
    if (eq <= 0 || dot < 0) continue;
    const timeDot = entry.indexOf('.', dot + 1);
    const value = VALUES_BY_CODE.get(entry.slice(eq + 1, dot));
    const seqText = entry.slice(dot + 1, timeDot < 0 ? undefined : timeDot);
    const seq = Number(seqText);
    if (!value || seqText === '' || !Number.isInteger(seq)) continue;
    const key = decodeURIComponent(entry.slice(0, eq));
    if (timeDot < 0) {
      cells.set(key, { value, seq });
      continue;
    }
    const at = parseInt(entry.slice(timeDot + 1), 36);
    if (!Number.isSafeInteger(at)) continue;
    cells.set(key, { value, seq, at });
  }
  return cells;
}
