import type { Amendment, SpanSelectors } from '@concordia/contracts';
import { describeSpan } from '../span/describe-span';
import { applyAmendment } from './apply-amendment';

const TEXT = 'States will exchange data once a year.';
const spanIn = (text: string, words: string) => {
  const start = text.indexOf(words);
  return describeSpan(text, start, start + words.length);
};
/** The amended paragraph; these spans are all still in their text. */
const amend = (paragraph: string, selectors: SpanSelectors | null, amendment: Amendment) => {
  const result = applyAmendment(paragraph, selectors, amendment);
  if (!result) throw new Error('the span was not found');
  return result;
};
const span = (words: string) => spanIn(TEXT, words);

describe('applyAmendment', () => {
  it('replaces the span and shows the words changed', () => {
    const result = amend(TEXT, span('once a year'), { operation: 'replace', text: 'twice a year' });
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
    expect(amend(TEXT, span(' once a year'), { operation: 'delete', text: '' }).text).toBe(
      'States will exchange data.',
    );
  });

  it('inserts at the start of the span', () => {
    expect(amend(TEXT, span('data'), { operation: 'insert', text: 'labour ' }).text).toBe(
      'States will exchange labour data once a year.',
    );
  });

  it('keeps a space between inserted words and the selected words they go before', () => {
    const result = amend(TEXT, span('data once'), { operation: 'insert', text: 'labour' });
    expect(result.text).toBe('States will exchange labour data once a year.');
    expect(result.changes).toContainEqual({ op: 'insert', text: 'labour ' });
    expect(result.changes.some((c) => c.op === 'delete')).toBe(false);
  });

  it('keeps a space before inserted words that follow a word, and none before a comma', () => {
    const text = 'children, older persons and survivors';
    const at = (words: string) => spanIn(text, words);
    expect(amend(text, at('older'), { operation: 'insert', text: ' indigenous peoples,' }).text).toBe(
      'children, indigenous peoples, older persons and survivors',
    );
    expect(amend(text, at(', older persons'), { operation: 'replace', text: ' and others' }).text).toBe(
      'children and others and survivors',
    );
  });

  it('adds no space to a change inside a word', () => {
    expect(amend(TEXT, span('change'), { operation: 'insert', text: 'inter' }).text).toBe(
      'States will exinterchange data once a year.',
    );
  });

  it('leaves neither two spaces nor a space before a comma where words are deleted', () => {
    expect(amend(TEXT, span('once a year'), { operation: 'delete', text: '' }).text).toBe('States will exchange data.');
    expect(amend(TEXT, span('exchange'), { operation: 'delete', text: '' }).text).toBe('States will data once a year.');
    expect(amend(TEXT, span('once a year'), { operation: 'replace', text: '' }).text).toBe(
      'States will exchange data.',
    );
  });

  it('replaces the whole paragraph without a span', () => {
    expect(amend(TEXT, null, { operation: 'replace', text: 'States will meet.' }).text).toBe('States will meet.');
  });

  it('shows a new paragraph as wholly inserted', () => {
    expect(amend(TEXT, null, { operation: 'new_paragraph', text: 'New text.' }).changes).toEqual([
      { op: 'insert', text: 'New text.' },
    ]);
  });
});

describe('applyAmendment on a paragraph edited since the amendment was made', () => {
  const original = 'States will exchange data on migration flows once a year, through their focal points.';
  const onceAYear = spanIn(original, 'once a year');
  const twice = { operation: 'replace', text: 'twice a year' } as const;

  it('finds the words where an earlier edit moved them', () => {
    const edited =
      'Participating States will exchange data on migration flows once a year, through their focal points.';
    expect(amend(edited, onceAYear, twice).text).toBe(
      'Participating States will exchange data on migration flows twice a year, through their focal points.',
    );
  });

  it('takes the repeated words whose context still agrees, not the first ones', () => {
    const text =
      'Data once a year is too rare. States will exchange data on migration flows once a year, through their focal points.';
    const result = amend(text, onceAYear, twice);
    expect(result.text).toBe(
      'Data once a year is too rare. States will exchange data on migration flows twice a year, through their focal points.',
    );
  });

  it('acts on slightly reworded words (fuzzy match)', () => {
    const original2 = 'States will exchange anonymised data on migration flows through their national focal points.';
    const selectors = spanIn(original2, 'anonymised data on migration flows');
    const edited = 'States will exchange anonymized data on migration flow through their national focal points.';
    expect(amend(edited, selectors, { operation: 'delete', text: '' }).text).toBe(
      'States will exchange through their national focal points.',
    );
  });

  it('does not apply when the words are gone', () => {
    const rewritten = 'States will report on migration flows at each regional meeting.';
    expect(applyAmendment(rewritten, onceAYear, twice)).toBeNull();
  });
});
