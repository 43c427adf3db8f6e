import { ErrorCode, type ImportPreview } from '@concordia/contracts';
import { DomainError } from '../errors/domain-errors';
import { resolveKeys } from './key-overrides';

const preview: ImportPreview = {
  sections: [
    {
      heading: 'A',
      paragraphs: [
        { index: 0, number: '1.', text: 'one', matchedKey: 'k1', similarity: 0.9 },
        { index: 1, number: '2.', text: 'two', matchedKey: null, similarity: null },
      ],
    },
    { heading: 'B', paragraphs: [{ index: 2, number: '3.', text: 'three', matchedKey: 'k3', similarity: 0.7 }] },
  ],
  stats: { paragraphs: 3, matched: 2, added: 1, removedKeys: ['k2'] },
  previous: [
    { key: 'k1', number: '1.', text: 'one' },
    { key: 'k2', number: '2.', text: 'deux' },
    { key: 'k3', number: '3.', text: 'three' },
  ],
  warnings: [],
};

const codeOf = (attempt: () => unknown): string | null => {
  try {
    attempt();
    return null;
  } catch (error) {
    return error instanceof DomainError ? `${error.status} ${error.code}` : 'other';
  }
};

describe('resolveKeys', () => {
  it("keeps the matcher's keys without overrides", () => {
    expect(resolveKeys(preview, {})).toEqual(['k1', null, 'k3']);
  });

  it('applies corrections: a previous key, or null for a new paragraph', () => {
    expect(resolveKeys(preview, { '1': 'k2', '2': null })).toEqual(['k1', 'k2', null]);
  });

  it('allows swapping two keys in one request', () => {
    expect(resolveKeys(preview, { '0': 'k3', '2': 'k1' })).toEqual(['k3', null, 'k1']);
  });

  it('refuses unknown paragraphs, unknown keys and a key used twice', () => {
    const invalid = `400 ${ErrorCode.ImportKeyOverrideInvalid}`;
    expect(codeOf(() => resolveKeys(preview, { '3': 'k2' }))).toBe(invalid);
    expect(codeOf(() => resolveKeys(preview, { '1': 'nope' }))).toBe(invalid);
    expect(codeOf(() => resolveKeys(preview, { '1': 'k1' }))).toBe(invalid);
    expect(codeOf(() => resolveKeys(preview, { '1': 'k2' }))).toBeNull();
  });
});
