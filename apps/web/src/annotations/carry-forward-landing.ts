import { bareNumber } from '../drafts/document-rows';

/**
 * What the carry-forward report adds after "Paragraph 5.": that it was removed, or its new number;
 * nothing when it kept its number, however written ("Paragraph 5. now paragraph 5." told the
 * reader nothing).
 */
export type Landing = { kind: 'removed' } | { kind: 'moved'; to: string } | null;

export const landingOf = (fromNumber: string, toNumber: string | null): Landing =>
  toNumber === null
    ? { kind: 'removed' }
    : bareNumber(toNumber) === bareNumber(fromNumber)
      ? null
      : { kind: 'moved', to: toNumber };
