import { fr } from './locales/fr';
import { leaves } from '../testing/catalogue-leaves';

describe('French typography', () => {
  // A plain space lets the line break before "?" or after "«", leaving the mark alone at a line's start.
  const plainSpaceBeforeMark = / [:;?!»]|« /u;

  it('puts a no-break space before : ; ? ! and inside « », never a plain one', () => {
    const offending = leaves(fr)
      .filter(([, text]) => plainSpaceBeforeMark.test(text))
      .map(([key, text]) => `${key}: ${text}`);
    expect(offending).toEqual([]);
  });

  // "A la parole" reads as a typo: French keeps the accent on capitals (Imprimerie nationale).
  it('writes the preposition à as À at the start of a sentence, never as A', () => {
    const offending = leaves(fr)
      .filter(([, text]) => /(^|[.!?]\s)A[\s\u00a0]/u.test(text))
      .map(([key, text]) => `${key}: ${text}`);
    expect(offending).toEqual([]);
  });

  it('reads every string of the catalogue', () => {
    expect(leaves(fr).length).toBeGreaterThan(500);
    expect(leaves(fr)).toContainEqual(['errors.reference', 'Référence\u00a0: {{requestId}}']);
  });
});
