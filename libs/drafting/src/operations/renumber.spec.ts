import { deepFreeze, draft, section } from '../testing/fixtures';
import { firstNumber, renumber } from './renumber';

const withNumbers = (...numbers: string[]) =>
  deepFreeze([
    {
      key: 'S1',
      heading: 'I',
      paragraphs: numbers.slice(0, 2).map((number, i) => ({ key: `a${i}`, number, text: 'T.' })),
    },
    { key: 'S2', heading: 'II', paragraphs: [] },
    {
      key: 'S3',
      heading: 'III',
      paragraphs: numbers.slice(2).map((number, i) => ({ key: `b${i}`, number, text: 'T.' })),
    },
  ]);
const numbers = (sections: ReturnType<typeof renumber>) => sections.flatMap((s) => s.paragraphs.map((p) => p.number));

describe('renumber', () => {
  it('numbers continuously across sections, skipping empty ones, from the first number', () => {
    expect(numbers(renumber(withNumbers('47', '50', '12 bis', '3')))).toEqual(['47', '48', '49', '50']);
  });

  it('starts from 1 when the first number is not a positive integer', () => {
    expect(numbers(renumber(withNumbers('12 bis', '1', '2')))).toEqual(['1', '2', '3']);
    expect(numbers(renumber(withNumbers('0', '1')))).toEqual(['1', '2']);
  });

  it('starts from a given number', () => {
    expect(numbers(renumber(withNumbers('47', '48'), 10))).toEqual(['10', '11']);
  });

  it('returns new objects and keeps keys, texts and headings', () => {
    const input = draft(1, section('S', 'H', [['k', 'Text.']]));
    const output = renumber(input, 5);
    expect(output).toEqual([{ key: 'S', heading: 'H', paragraphs: [{ key: 'k', number: '5', text: 'Text.' }] }]);
    expect(output[0]).not.toBe(input[0]);
    expect(output[0].paragraphs[0]).not.toBe(input[0].paragraphs[0]);
  });

  it('handles a document without paragraphs', () => {
    expect(renumber([])).toEqual([]);
    expect(firstNumber([{ key: 'S', heading: '', paragraphs: [] }])).toBe(1);
  });

  it('reads the first number of a document', () => {
    expect(firstNumber(withNumbers('047', '1'))).toBe(47);
    expect(firstNumber(withNumbers('1.1', '1'))).toBe(1);
  });
});
