import { randomBytes } from 'node:crypto';
import type { Section } from '@concordia/contracts';

/**
 * A source of fresh keys for new paragraphs and sections: random (no counter to coordinate
 * between API instances) and never one already used in the given versions, so a new paragraph
 * can never inherit the comments of one that was removed.
 */
export function keyFactory(...versions: readonly (readonly Section[] | null | undefined)[]): () => string {
  const taken = new Set<string>();
  for (const sections of versions) {
    for (const section of sections ?? []) {
      taken.add(section.key);
      for (const paragraph of section.paragraphs) taken.add(paragraph.key);
    }
  }
  return () => {
    for (;;) {
      const key = randomBytes(6).toString('hex');
      if (!taken.has(key)) {
        taken.add(key);
        return key;
      }
    }
  };
}
