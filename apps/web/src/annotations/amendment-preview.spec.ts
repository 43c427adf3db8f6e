import { applyAmendment } from './amendment-preview';
import { selectorsFor } from './selectors';

const TEXT = 'States will exchange data once a year.';
const spanIn = (text: string, words: string) => {
  const start = text.indexOf(words);
  const selectors = selectorsFor(text, { start, end: start + words.length });
  if (!selectors) throw new Error('no selectors');
  return selectors;
};
const span = (words: string) => spanIn(TEXT, words);

describe('applyAmendment', () => {
  it('replaces the span and shows the words changed', () => {
    const result = applyAmendment(TEXT, span('once a year'), { operation: 'replace', text: 'twice a year' });
    expect(result.text).toBe('States will exchange data twice a year.');
    expect(result.changes).toContainEqual({ op: 'delete', text: 'once' });
    expect(result.changes).toContainEqual({ op: 'insert', text: 'twice' });
    expect(
      result.changes
        .filter((c) => c.op !== 'insert')
        .map((c) => c.text)
        .join(''),
    ).toBe(TEXT);
  });

  it('deletes the span', () => {
    expect(applyAmendment(TEXT, span(' once a year'), { operation: 'delete', text: '' }).text).toBe(
      'States will exchange data.',
    );
  });

  it('inserts at the start of the span', () => {
    expect(applyAmendment(TEXT, span('data'), { operation: 'insert', text: 'labour ' }).text).toBe(
      'States will exchange labour data once a year.',
    );
  });

  it('keeps a space between inserted words and the selected words they go before', () => {
    const result = applyAmendment(TEXT, span('data once'), { operation: 'insert', text: 'labour' });
    expect(result.text).toBe('States will exchange labour data once a year.');
    expect(result.changes).toContainEqual({ op: 'insert', text: 'labour ' });
    expect(result.changes.some((c) => c.op === 'delete')).toBe(false);
  });

  it('keeps a space before inserted words that follow a word, and none before a comma', () => {
    const text = 'children, older persons and survivors';
    const at = (words: string) => spanIn(text, words);
    expect(applyAmendment(text, at('older'), { operation: 'insert', text: ' indigenous peoples,' }).text).toBe(
      'children, indigenous peoples, older persons and survivors',
    );
    expect(applyAmendment(text, at(', older persons'), { operation: 'replace', text: ' and others' }).text).toBe(
      'children and others and survivors',
    );
  });

  it('adds no space to a change inside a word', () => {
    expect(applyAmendment(TEXT, span('change'), { operation: 'insert', text: 'inter' }).text).toBe(
      'States will exinterchange data once a year.',
    );
  });

  it('leaves neither two spaces nor a space before a comma where words are deleted', () => {
    expect(applyAmendment(TEXT, span('once a year'), { operation: 'delete', text: '' }).text).toBe(
      'States will exchange data.',
    );
    expect(applyAmendment(TEXT, span('exchange'), { operation: 'delete', text: '' }).text).toBe(
      'States will data once a year.',
    );
    expect(applyAmendment(TEXT, span('once a year'), { operation: 'replace', text: '' }).text).toBe(
      'States will exchange data.',
    );
  });

  it('replaces the whole paragraph without a span', () => {
    expect(applyAmendment(TEXT, null, { operation: 'replace', text: 'States will meet.' }).text).toBe(
      'States will meet.',
    );
  });

  it('shows a new paragraph as wholly inserted', () => {
    expect(applyAmendment(TEXT, null, { operation: 'new_paragraph', text: 'New text.' }).changes).toEqual([
      { op: 'insert', text: 'New text.' },
    ]);
  });
});
