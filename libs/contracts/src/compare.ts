import { z } from 'zod';
import { objectIdSchema } from './common';

export const textChangeSchema = z.object({
  op: z.enum(['equal', 'insert', 'delete']),
  text: z.string(),
});
export type TextChange = z.infer<typeof textChangeSchema>;

export const paragraphChangeKindSchema = z.enum(['unchanged', 'modified', 'added', 'removed']);
export type ParagraphChangeKind = z.infer<typeof paragraphChangeKindSchema>;

/** One paragraph key across two versions, in the order of the newer version (removed ones where they stood). */
export const paragraphComparisonSchema = z.object({
  key: z.string(),
  kind: paragraphChangeKindSchema,
  /** Its position relative to the paragraphs around it changed (not just shifted by inserts/removals). */
  moved: z.boolean(),
  renumbered: z.boolean(),
  fromNumber: z.string().nullable(),
  toNumber: z.string().nullable(),
  fromSectionKey: z.string().nullable(),
  toSectionKey: z.string().nullable(),
  fromText: z.string().nullable(),
  toText: z.string().nullable(),
  /** Word-level changes from the older text to the newer; empty for added/removed. */
  changes: z.array(textChangeSchema),
});
export type ParagraphComparison = z.infer<typeof paragraphComparisonSchema>;

export const sectionComparisonSchema = z.object({
  key: z.string(),
  kind: paragraphChangeKindSchema,
  fromHeading: z.string().nullable(),
  toHeading: z.string().nullable(),
});

export const comparisonSchema = z.object({
  from: z.object({ id: objectIdSchema, label: z.string() }),
  to: z.object({ id: objectIdSchema, label: z.string() }),
  sections: z.array(sectionComparisonSchema),
  paragraphs: z.array(paragraphComparisonSchema),
  stats: z.object({
    unchanged: z.number().int(),
    modified: z.number().int(),
    added: z.number().int(),
    removed: z.number().int(),
    moved: z.number().int(),
    renumbered: z.number().int(),
  }),
});
export type Comparison = z.infer<typeof comparisonSchema>;

export const compareQuerySchema = z.strictObject({ from: objectIdSchema, to: objectIdSchema });
export type CompareQuery = z.infer<typeof compareQuerySchema>;

/**
 * Whether two versions read the same: every paragraph kept with its text, in the same section and
 * order, none added or removed, every section heading kept. Numbers follow from that order.
 */
export function comparisonUnchanged(comparison: Pick<Comparison, 'sections' | 'paragraphs'>): boolean {
  return (
    comparison.sections.every((s) => s.kind === 'unchanged') &&
    comparison.paragraphs.every((p) => p.kind === 'unchanged' && !p.moved && p.fromSectionKey === p.toSectionKey)
  );
}

/**
 * The web page comparing two versions of a draft (apps/web/src/compare reads `from`, the older
 * version, and `to`, the newer, from its query).
 */
export function comparePath(place: { processId: string; draftId: string; from: string; to: string }): string {
  const query = new URLSearchParams({ from: place.from, to: place.to });
  return `/processes/${place.processId}/drafts/${place.draftId}/compare?${query.toString()}`;
}
