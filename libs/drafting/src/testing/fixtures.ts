/**
 * Test-only helpers (excluded from the library build): compact builders for sections, a
 * deterministic key factory and a deep freeze to prove functions do not mutate their input.
 */
import type { Section } from '@concordia/contracts';
import { DraftingError } from '../drafting-error';

/** A section whose paragraphs are given as [key, text] pairs; numbers are set by `draft`. */
export function section(key: string, heading: string, paragraphs: [key: string, text: string][]): Section {
  return { key, heading, paragraphs: paragraphs.map(([k, text]) => ({ key: k, number: '', text })) };
}

/** Sections numbered continuously from `start`. */
export function draft(start: number, ...sections: Section[]): Section[] {
  let next = start;
  return sections.map((s) => ({
    ...s,
    paragraphs: s.paragraphs.map((p) => ({ ...p, number: String(next++) })),
  }));
}

/** Two sections of five paragraphs, frozen: a, b, c under "I. One", d, e under "II. Two". */
export function twoSections(): Section[] {
  return deepFreeze(
    draft(
      1,
      section('S1', 'I. One', [
        ['a', 'Alpha text.'],
        ['b', 'Bravo text.'],
        ['c', 'Charlie text.'],
      ]),
      section('S2', 'II. Two', [
        ['d', 'Delta text.'],
        ['e', 'Echo text.'],
      ]),
    ),
  );
}

/** Keys "n0", "n1"... in call order. */
export function counter(prefix = 'n'): () => string {
  let next = 0;
  return () => `${prefix}${next++}`;
}

export function paragraphKeys(sections: Section[]): string[] {
  return sections.flatMap((s) => s.paragraphs.map((p) => p.key));
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** The DraftingError `run` throws; fails the test when it throws nothing or something else. */
export function draftingError(run: () => unknown): DraftingError {
  try {
    run();
  } catch (error) {
    if (error instanceof DraftingError) return error;
    throw error;
  }
  throw new Error('expected a DraftingError, nothing was thrown');
}

/** Seeded PRNG (mulberry32) for generated test documents. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A sentence of `words` pseudo-words made of syllables, distinct enough between paragraphs. */
export function gibberish(random: () => number, words: number): string {
  const syllables = ['ka', 'lo', 'mi', 'ren', 'tu', 'sa', 'vor', 'el', 'dan', 'pi', 'qua', 'ost', 'ne', 'bri', 'fal'];
  const word = () =>
    Array.from({ length: 1 + Math.floor(random() * 3) }, () => syllables[Math.floor(random() * syllables.length)]).join(
      '',
    );
  const list = Array.from({ length: words }, word);
  return `${list.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
}
