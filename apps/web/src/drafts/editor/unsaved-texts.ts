import type { Section } from '@concordia/contracts';

/**
 * Where typed, not yet saved text belongs. Kept by slot rather than in each row, because a
 * virtualised row unmounts when scrolled away and a refused save replaces the whole version:
 * neither may take the user's words with it.
 */
export type Slot =
  | `edit:${string}` // editing paragraph <key>
  | `after:${string}` // new paragraph after paragraph <key>
  | `start:${string}` // new paragraph at the start of section <key>
  | `heading:${string}`; // renaming section <key>

export interface Unsaved {
  text: string;
  /** The saved text when editing began: when the version moves on, the two can be told apart. */
  base: string;
}

export type UnsavedTexts = Partial<Record<Slot, Unsaved>>;

export const slotTarget = (slot: Slot): { kind: 'edit' | 'after' | 'start' | 'heading'; key: string } => {
  const at = slot.indexOf(':');
  return { kind: slot.slice(0, at) as 'edit' | 'after' | 'start' | 'heading', key: slot.slice(at + 1) };
};

/** Slots with typed text, e.g. to warn before the page is left. */
export const changedSlots = (texts: UnsavedTexts): Slot[] =>
  (Object.entries(texts) as [Slot, Unsaved | undefined][])
    .filter(([, value]) => value !== undefined && value.text.trim() !== value.base.trim())
    .map(([slot]) => slot);

/**
 * Typed texts whose paragraph or section no longer exists (someone deleted or merged it meanwhile):
 * the editor has no row to show them in, so they are listed apart rather than silently dropped.
 */
export const orphanedSlots = (texts: UnsavedTexts, sections: readonly Section[]): Slot[] => {
  const paragraphs = new Set(sections.flatMap((s) => s.paragraphs.map((p) => p.key)));
  const sectionKeys = new Set(sections.map((s) => s.key));
  return changedSlots(texts).filter((slot) => {
    const { kind, key } = slotTarget(slot);
    return kind === 'edit' || kind === 'after' ? !paragraphs.has(key) : !sectionKeys.has(key);
  });
};
