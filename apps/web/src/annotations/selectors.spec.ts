import { locate, segmentText, selectorsFor } from './selectors';

const TEXT = 'States will cooperate. States will share data. States will report.';

describe('selectorsFor', () => {
  it('records the quote with 32 characters of context and the position', () => {
    const start = TEXT.indexOf('share');
    const selectors = selectorsFor(TEXT, { start, end: start + 'share data'.length });
    expect(selectors).toEqual({
      quote: {
        type: 'TextQuoteSelector',
        exact: 'share data',
        prefix: TEXT.slice(start - 32, start),
        suffix: TEXT.slice(start + 10, start + 42),
      },
      position: { type: 'TextPositionSelector', start, end: start + 10 },
    });
  });

  it('clamps the span to the text and refuses blank spans', () => {
    expect(selectorsFor(TEXT, { start: -5, end: 6 })?.position).toEqual({
      type: 'TextPositionSelector',
      start: 0,
      end: 6,
    });
    expect(selectorsFor(TEXT, { start: 6, end: 7 })).toBeNull();
    expect(selectorsFor(TEXT, { start: 3, end: 3 })).toBeNull();
  });
});

describe('locate', () => {
  it('uses the position when the words are still there', () => {
    const selectors = selectorsFor(TEXT, { start: 23, end: 29 });
    if (!selectors) throw new Error('no selectors');
    expect(locate(TEXT, selectors)).toEqual({ start: 23, end: 29 });
  });

  it('finds the right repeated quote by its context when the text moved', () => {
    const at = TEXT.indexOf('States will report');
    const selectors = selectorsFor(TEXT, { start: at, end: at + 6 });
    if (!selectors) throw new Error('no selectors');
    const moved = `Indeed, ${TEXT}`;
    expect(locate(moved, selectors)).toEqual({ start: at + 8, end: at + 14 });
  });

  it('gives null when the quote is gone', () => {
    const selectors = selectorsFor(TEXT, { start: 0, end: 6 });
    if (!selectors) throw new Error('no selectors');
    expect(locate('Nothing in common here.', selectors)).toBeNull();
  });
});

describe('segmentText', () => {
  it('cuts at every boundary and lists the covering annotations', () => {
    expect(
      segmentText('abcdefgh', [
        { id: 'x', start: 1, end: 5 },
        { id: 'y', start: 3, end: 7 },
      ]),
    ).toEqual([
      { text: 'a', ids: [] },
      { text: 'bc', ids: ['x'] },
      { text: 'de', ids: ['x', 'y'] },
      { text: 'fg', ids: ['y'] },
      { text: 'h', ids: [] },
    ]);
  });

  it('keeps the text whole without spans', () => {
    expect(segmentText('abc', [])).toEqual([{ text: 'abc', ids: [] }]);
  });
});
