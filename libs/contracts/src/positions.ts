import { z } from 'zod';
import { commaSeparated, isoDateTimeSchema, objectIdSchema } from './common';
import { delegationKindSchema } from './roles';
import { typedText } from './typed-text';

export const positionValueSchema = z.enum([
  'support',
  'support_with_amendments',
  'reservation',
  'objection',
  'no_position',
]);
export type PositionValue = z.infer<typeof positionValueSchema>;
export const POSITION_VALUES: readonly PositionValue[] = positionValueSchema.options;

export const POSITION_STATEMENT_MAX = 4_000;
export const POSITION_AMENDMENTS_MAX = 20;

/** One recorded position: an entry of the append-only log. The latest per cell counts. */
export const positionSchema = z.object({
  id: objectIdSchema,
  roundId: objectIdSchema,
  paragraphKey: z.string(),
  delegationId: objectIdSchema,
  delegationCode: z.string(),
  delegationName: z.string(),
  value: positionValueSchema,
  statement: z.string(),
  /** Amendments of this paragraph in this round that the delegation supports the text with. */
  amendmentIds: z.array(objectIdSchema),
  authorId: objectIdSchema,
  authorName: z.string(),
  /** 1 for the first position of the cell, then +1 for each change. */
  seq: z.number().int().positive(),
  recordedAt: z.string(),
});
export type Position = z.infer<typeof positionSchema>;

export const positionListSchema = z.object({ items: z.array(positionSchema) });
export type PositionList = z.infer<typeof positionListSchema>;

/**
 * A head of delegation records their own delegation's position. `amendmentIds` is required
 * (at least one) with support_with_amendments and refused with any other value.
 */
export const recordPositionRequestSchema = z.strictObject({
  delegationId: objectIdSchema,
  paragraphKey: z.string().min(1).max(100),
  value: positionValueSchema,
  statement: typedText(POSITION_STATEMENT_MAX).default(''),
  amendmentIds: z.array(objectIdSchema).max(POSITION_AMENDMENTS_MAX).default([]),
});
export type RecordPositionRequest = z.infer<typeof recordPositionRequestSchema>;

export const positionListQuerySchema = z.strictObject({ paragraphKey: z.string().min(1).max(100) });
export const positionHistoryQuerySchema = z.strictObject({
  paragraphKey: z.string().min(1).max(100),
  delegationId: objectIdSchema,
});

/** What was recorded after `since` (a server time: the reader's previous visit, from their reading mark). */
export const positionChangesQuerySchema = z.strictObject({ since: isoDateTimeSchema });
export type PositionChangesQuery = z.infer<typeof positionChangesQuerySchema>;

/** A cell whose current position was recorded after a time: who, where, what, when. */
export const positionChangeSchema = positionSchema.pick({
  paragraphKey: true,
  delegationId: true,
  delegationCode: true,
  delegationName: true,
  value: true,
  seq: true,
  recordedAt: true,
});
export type PositionChange = z.infer<typeof positionChangeSchema>;

/**
 * The cells of a round whose current position other delegations recorded after `since` (the
 * caller's own delegation is left out: its positions are not news to it), the oldest first.
 */
export const positionChangesSchema = z.object({ items: z.array(positionChangeSchema) });
export type PositionChanges = z.infer<typeof positionChangesSchema>;

/** Filters of the matrix and the evolution: comma-separated lists; absent means all. */
export const matrixQuerySchema = z.strictObject({
  region: commaSeparated(z.string().max(120)).optional(),
  kind: commaSeparated(delegationKindSchema).optional(),
  delegationId: commaSeparated(objectIdSchema).optional(),
});
export type MatrixQuery = z.infer<typeof matrixQuerySchema>;

export const matrixDelegationSchema = z.object({
  id: objectIdSchema,
  code: z.string(),
  name: z.string(),
  region: z.string(),
  kind: delegationKindSchema,
});
export type MatrixDelegation = z.infer<typeof matrixDelegationSchema>;

export const matrixParagraphSchema = z.object({ key: z.string(), number: z.string() });
export type MatrixParagraph = z.infer<typeof matrixParagraphSchema>;

export const positionCountsSchema = z.object({
  support: z.number().int(),
  support_with_amendments: z.number().int(),
  reservation: z.number().int(),
  objection: z.number().int(),
  no_position: z.number().int(),
  /** Delegations shown that have recorded nothing on the paragraph. */
  none: z.number().int(),
});
export type PositionCounts = z.infer<typeof positionCountsSchema>;

export const paragraphSummarySchema = z.object({
  paragraphKey: z.string(),
  counts: positionCountsSchema,
  consensus: z.boolean(),
});
export type ParagraphSummary = z.infer<typeof paragraphSummarySchema>;

/**
 * The matrix of one round, compact: `rows[i].values[j]` is the current position of
 * `delegations[i]` on `paragraphs[j]` (null: nothing recorded). Positional arrays keep a
 * 193 × 300 matrix small on the wire and cheap to validate.
 */
export const positionMatrixSchema = z.object({
  roundId: objectIdSchema,
  paragraphs: z.array(matrixParagraphSchema),
  delegations: z.array(matrixDelegationSchema),
  rows: z.array(z.object({ delegationId: objectIdSchema, values: z.array(positionValueSchema.nullable()) })),
  summary: z.array(paragraphSummarySchema),
});
export type PositionMatrix = z.infer<typeof positionMatrixSchema>;

export const evolutionRoundSchema = z.object({ id: objectIdSchema, name: z.string(), opensAt: z.string() });

/**
 * Each cell (delegation × paragraph of the given round's version) across the rounds of the
 * process the caller may read positions of, oldest first: `values[i][j][r]` is the position of
 * delegations[i] on paragraphs[j] in rounds[r]. `totals[r]` counts every shown cell of round r.
 */
export const positionEvolutionSchema = z.object({
  roundId: objectIdSchema,
  rounds: z.array(evolutionRoundSchema),
  paragraphs: z.array(matrixParagraphSchema),
  delegations: z.array(matrixDelegationSchema),
  values: z.array(z.array(z.array(positionValueSchema.nullable()))),
  totals: z.array(positionCountsSchema),
});
export type PositionEvolution = z.infer<typeof positionEvolutionSchema>;

export const emptyCounts = (): PositionCounts => ({
  support: 0,
  support_with_amendments: 0,
  reservation: 0,
  objection: 0,
  no_position: 0,
  none: 0,
});

export function countPositions(values: readonly (PositionValue | null)[]): PositionCounts {
  const counts = emptyCounts();
  for (const value of values) counts[value ?? 'none'] += 1;
  return counts;
}

/**
 * Consensus on a paragraph: nobody objects or holds a reservation, and at least one delegation
 * supports it (with or without amendments). Silence alone is not consensus.
 */
export function isConsensus(counts: PositionCounts): boolean {
  return counts.objection === 0 && counts.reservation === 0 && counts.support + counts.support_with_amendments > 0;
}

/** The summary row of every paragraph of a matrix (columns of `rows`). */
export function summarise(
  paragraphs: readonly MatrixParagraph[],
  rows: readonly { values: readonly (PositionValue | null)[] }[],
): ParagraphSummary[] {
  return paragraphs.map((p, j) => {
    const counts = countPositions(rows.map((r) => r.values[j] ?? null));
    return { paragraphKey: p.key, counts, consensus: isConsensus(counts) };
  });
}
