import { CONTEXT_LENGTH, describeSpan, selectorsMatch } from './describe-span';

const TEXT =
  'The Parties agree to meet again before the end of the second quarter to review the draft work plan and its budget.';

describe('describeSpan', () => {
  it('records the quote, up to 32 characters of context and the position', () => {
    const start = TEXT.indexOf('review');
    const selectors = describeSpan(TEXT, start, start + 'review the draft work plan'.length);
    expect(selectors).toEqual({
      quote: {
        type: 'TextQuoteSelector',
        exact: 'review the draft work plan',
        prefix: TEXT.slice(start - CONTEXT_LENGTH, start),
        suffix: ' and its budget.',
      },
      position: { type: 'TextPositionSelector', start, end: start + 26 },
    });
    expect(selectors.quote.prefix).toHaveLength(32);
  });

  it('keeps shorter context at the edges of the paragraph', () => {
    expect(describeSpan(TEXT, 0, 3).quote).toMatchObject({ exact: 'The', prefix: '' });
    const whole = describeSpan(TEXT, 0, TEXT.length);
    expect(whole.quote).toMatchObject({ exact: TEXT, prefix: '', suffix: '' });
  });

  it.each([
    [-1, 4],
    [4, 4],
    [9, 4],
    [0, TEXT.length + 1],
    [1.5, 4],
    [Number.NaN, 4],
  ])('throws RangeError for [%p, %p)', (start, end) => {
    expect(() => describeSpan(TEXT, start, end)).toThrow(RangeError);
  });

  it('throws RangeError on an empty text', () => {
    expect(() => describeSpan('', 0, 0)).toThrow(RangeError);
  });

  it('counts UTF-16 code units and never cuts a surrogate pair', () => {
    const text = 'Délégations 🇺🇳 et observateurs';
    const flag = text.indexOf('🇺🇳');
    expect(describeSpan(text, flag, flag + 4).quote.exact).toBe('🇺🇳');
    expect(() => describeSpan(text, flag + 1, flag + 4)).toThrow(RangeError);
    expect(() => describeSpan(text, flag, flag + 3)).toThrow(RangeError);
  });

  it('shortens the context rather than cut a pair at its far end', () => {
    const text = `${'😀'.repeat(20)}accord${'😀'.repeat(20)}`;
    const selectors = describeSpan(text, 40, 46);
    expect(selectors.quote.exact).toBe('accord');
    expect(selectors.quote.prefix).toBe('😀'.repeat(16));
    expect(selectors.quote.suffix).toBe('😀'.repeat(16));
    const odd = `x${text}`;
    const shifted = describeSpan(odd, 41, 47);
    // 32 code units back would land inside a pair: the prefix keeps 15 whole emoji + nothing cut.
    expect(shifted.quote.prefix).toBe('😀'.repeat(16));
    expect(shifted.quote.suffix.length).toBeLessThanOrEqual(CONTEXT_LENGTH);
    expect(selectorsMatch(odd, shifted)).toBe(true);
  });
});

describe('selectorsMatch', () => {
  const start = TEXT.indexOf('second quarter');
  const selectors = describeSpan(TEXT, start, start + 'second quarter'.length);

  it('accepts selectors made from the same text', () => {
    expect(selectorsMatch(TEXT, selectors)).toBe(true);
  });

  it('accepts shorter context than the library would record', () => {
    expect(selectorsMatch(TEXT, { ...selectors, quote: { ...selectors.quote, prefix: 'the ', suffix: '' } })).toBe(
      true,
    );
  });

  it('rejects a quote that is not at the position', () => {
    const moved = { ...selectors, position: { ...selectors.position, start: start + 1, end: start + 15 } };
    expect(selectorsMatch(TEXT, moved)).toBe(false);
    expect(selectorsMatch(TEXT, { ...selectors, quote: { ...selectors.quote, exact: 'third quarter!' } })).toBe(false);
  });

  it('rejects context that disagrees with the text', () => {
    expect(selectorsMatch(TEXT, { ...selectors, quote: { ...selectors.quote, prefix: 'beginning of the ' } })).toBe(
      false,
    );
    expect(selectorsMatch(TEXT, { ...selectors, quote: { ...selectors.quote, suffix: ' of next year' } })).toBe(false);
  });

  it('rejects a position that does not fit the quote or the text', () => {
    const at = (s: number, e: number) => ({
      ...selectors,
      position: { type: 'TextPositionSelector' as const, start: s, end: e },
    });
    expect(selectorsMatch(TEXT, at(start, start + 13))).toBe(false);
    expect(selectorsMatch(TEXT, at(start, start))).toBe(false);
    expect(selectorsMatch(TEXT, at(-1, 13))).toBe(false);
    expect(selectorsMatch(TEXT, at(TEXT.length, TEXT.length + 14))).toBe(false);
    expect(selectorsMatch('', at(0, 0))).toBe(false);
  });

  it('rejects a span that cuts a surrogate pair', () => {
    const text = 'Signed 🖋 today';
    const pen = text.indexOf('🖋');
    const half = {
      quote: { type: 'TextQuoteSelector' as const, exact: text.slice(pen + 1, pen + 3), prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector' as const, start: pen + 1, end: pen + 3 },
    };
    expect(selectorsMatch(text, half)).toBe(false);
  });
});
