import type { SpanSelectors } from '@concordia/contracts';
import { anchorSpan } from './anchor-span';
import { describeSpan } from './describe-span';

/** Selectors for the n-th (0-based) occurrence of `quote` in `text`. */
function select(text: string, quote: string, occurrence = 0): SpanSelectors {
  let at = -1;
  for (let i = 0; i <= occurrence; i += 1) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`"${quote}" is not in the text`);
  return describeSpan(text, at, at + quote.length);
}

function textAt(text: string, result: { start: number; end: number } | null): string | null {
  return result === null ? null : text.slice(result.start, result.end);
}

const ORIGINAL =
  'Member States shall exchange information on recruitment agencies operating across their borders, ' +
  'and shall publish an annual list of agencies whose licences have been withdrawn.';

describe('anchorSpan', () => {
  it("is 'exact' when the text is unchanged", () => {
    const selectors = select(ORIGINAL, 'recruitment agencies');
    expect(anchorSpan(ORIGINAL, selectors)).toEqual({
      start: selectors.position.start,
      end: selectors.position.end,
      method: 'exact',
    });
  });

  it("is 'exact' when only the text after the span changed", () => {
    const selectors = select(ORIGINAL, 'exchange information');
    const edited = ORIGINAL.replace('an annual list', 'a quarterly register');
    expect(anchorSpan(edited, selectors)).toEqual({
      start: selectors.position.start,
      end: selectors.position.end,
      method: 'exact',
    });
  });

  it("finds the quote by 'quote' when text was inserted before it", () => {
    const selectors = select(ORIGINAL, 'annual list of agencies');
    const edited = `Without prejudice to national law, ${ORIGINAL}`;
    const result = anchorSpan(edited, selectors);
    expect(result?.method).toBe('quote');
    expect(result?.start).toBe(selectors.position.start + 35);
    expect(textAt(edited, result)).toBe('annual list of agencies');
  });

  it('follows a sentence moved within the paragraph', () => {
    const first = 'The secretariat will circulate the compilation text by Friday.';
    const second = 'Delegations may submit written comments until the end of the month.';
    const selectors = select(`${first} ${second}`, 'circulate the compilation text');
    const moved = `${second} ${first}`;
    const result = anchorSpan(moved, selectors);
    expect(result?.method).toBe('quote');
    expect(result?.start).toBe(moved.indexOf('circulate the compilation text'));
  });

  it('tells a repeated quote apart by its prefix and suffix, not by its old position', () => {
    const text =
      'The working group shall report to the plenary. The plenary shall report to the ministers, ' +
      'and the ministers shall report to the summit.';
    const selectors = select(text, 'shall report to the', 1);
    // A sentence inserted in front moves every occurrence; the old offset now sits near the first one.
    const edited = `Each body meets twice a year. ${text}`;
    const result = anchorSpan(edited, selectors);
    expect(result?.method).toBe('quote');
    expect(result?.start).toBe(edited.indexOf('shall report to the', edited.indexOf('The plenary')));
  });

  it('uses the suffix when the prefix is the same for every occurrence', () => {
    const text = 'Option A: delete the paragraph. Option B: delete the paragraph and merge the annex.';
    const selectors = select(text, 'delete the paragraph', 1);
    const edited = text.replace(
      'Option A: delete the paragraph.',
      'Option A: delete the paragraph. Option A bis: delete the paragraph, again.',
    );
    const result = anchorSpan(edited, selectors);
    expect(result?.start).toBe(edited.indexOf('delete the paragraph and merge'));
  });

  it('takes the occurrence nearest the old position when context cannot decide', () => {
    const text = 'Yes. Yes. Yes. Yes. Yes.';
    const selectors = select(text, 'Yes', 3);
    const stripped = { ...selectors, quote: { ...selectors.quote, prefix: '', suffix: '' } };
    const edited = text.replace(/ /g, '  ');
    const result = anchorSpan(edited, stripped);
    expect(result?.method).toBe('quote');
    // Old start 15; occurrences now at 0, 6, 12, 18, 24: the nearest is 12.
    expect(result?.start).toBe(12);
  });

  it("does not report 'exact' when another occurrence slid under the old position", () => {
    const text = 'costs shall be shared; costs shall be recorded.';
    const selectors = select(text, 'costs', 1);
    const edited = 'Agreed expenditure and costs are shared; costs shall be recorded.';
    // Another "costs" now sits exactly at the old offset, with none of the old context.
    expect(edited.indexOf('costs')).toBe(selectors.position.start);
    const result = anchorSpan(edited, selectors);
    expect(result).toEqual({
      start: edited.lastIndexOf('costs'),
      end: edited.lastIndexOf('costs') + 5,
      method: 'quote',
    });
  });

  it("is 'fuzzy' after a light edit inside the quote", () => {
    const quote = 'publish an annual list of agencies whose licences have been withdrawn';
    const selectors = select(ORIGINAL, quote);
    const edited = ORIGINAL.replace('annual list', 'annual register').replace('have been', 'were');
    const result = anchorSpan(edited, selectors);
    expect(result?.method).toBe('fuzzy');
    expect(textAt(edited, result)).toBe('publish an annual register of agencies whose licences were withdrawn');
  });

  it('anchors a short quote with a typo fixed when its context still agrees', () => {
    const text = 'The Comittee on Budgetary Matters will meet on Tuesday.';
    const selectors = select(text, 'Comittee');
    const edited = 'The Committee on Budgetary Matters will meet on Tuesday.';
    const result = anchorSpan(edited, selectors);
    expect(result?.method).toBe('fuzzy');
    expect(textAt(edited, result)).toBe('Committee');
  });

  it('orphans a short quote whose look-alike has none of its context', () => {
    const selectors = select('Delegations noted the Comittee report.', 'Comittee');
    expect(anchorSpan('A new Committee was formed after lengthy talks.', selectors)).toBeNull();
  });

  it('returns null after a heavy rewrite', () => {
    const selectors = select(ORIGINAL, 'shall publish an annual list of agencies whose licences have been withdrawn');
    const rewritten =
      'Member States shall exchange information on recruitment agencies operating across their borders; ' +
      'a register of sanctioned firms will be kept by the regional office.';
    expect(anchorSpan(rewritten, selectors)).toBeNull();
  });

  it('returns null when the paragraph is empty or the quote is empty', () => {
    const selectors = select(ORIGINAL, 'borders');
    expect(anchorSpan('', selectors)).toBeNull();
    expect(anchorSpan(ORIGINAL, { ...selectors, quote: { ...selectors.quote, exact: '' } })).toBeNull();
  });

  it('ignores a nonsensical position and still finds the quote', () => {
    const selectors = select(ORIGINAL, 'licences');
    const broken = { ...selectors, position: { type: 'TextPositionSelector' as const, start: 9_999, end: 3 } };
    const result = anchorSpan(ORIGINAL, broken);
    expect(result?.method).toBe('quote');
    expect(textAt(ORIGINAL, result)).toBe('licences');
  });

  it('handles accents, non-Latin scripts and emoji in UTF-16 offsets', () => {
    const text = 'Les délégations 🇫🇷 et 🇲🇽 saluent l’accord — 合意を歓迎する — sur la coopération régionale.';
    const selectors = select(text, 'coopération régionale');
    expect(anchorSpan(text, selectors)?.method).toBe('exact');
    const edited = text.replace('🇫🇷 et 🇲🇽', '🇫🇷, 🇲🇽 et 🇨🇦');
    const moved = anchorSpan(edited, selectors);
    expect(moved?.method).toBe('quote');
    expect(textAt(edited, moved)).toBe('coopération régionale');
    const japanese = select(text, '合意を歓迎する');
    // Seven characters allow one edit.
    const changed = text.replace('合意を歓迎する', '合意に歓迎する');
    const fuzzy = anchorSpan(changed, japanese);
    expect(fuzzy?.method).toBe('fuzzy');
    expect(textAt(changed, fuzzy)).toBe('合意に歓迎する');
    expect(anchorSpan(text.replace('合意を歓迎する', '合意を強く歓迎する'), japanese)).toBeNull();
  });

  it('never returns a fuzzy span that cuts an emoji in two', () => {
    const text = 'Agreed 👍 by consensus after the second reading of the text.';
    const selectors = select(text, '👍 by consensus after the second reading');
    const edited = 'Agreed 👌 by consensus after the 2nd reading of the text.';
    const result = anchorSpan(edited, selectors);
    expect(result).not.toBeNull();
    const span = textAt(edited, result) ?? '';
    // No lone surrogate at either end.
    expect(span).toMatch(/^(?![\uDC00-\uDFFF]).*(?<![\uD800-\uDBFF])$/su);
    expect(span).toContain('by consensus after the 2nd reading');
  });
});
