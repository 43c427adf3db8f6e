import type { Section } from '@concordia/contracts';
import type { ParsedDocument } from '@concordia/drafting';
import { buildPreview } from './import-preview';

const parsed: ParsedDocument = {
  sections: [
    {
      heading: 'A. Principles',
      paragraphs: [
        { number: '47.', text: 'States cooperate.', explicitNumber: true },
        { number: '48.', text: 'A new paragraph.', explicitNumber: true },
      ],
    },
    { heading: 'B. Pathways', paragraphs: [{ number: '49.', text: 'Pathways widen.', explicitNumber: false }] },
  ],
  warnings: [{ code: 'document_symbol_left_out', params: { symbol: 'A/1/2' } }],
};

const previous: Section[] = [
  {
    key: 's1',
    heading: 'A. Principles',
    paragraphs: [
      { key: 'k1', number: '47.', text: 'States should cooperate.' },
      { key: 'k2', number: '48.', text: 'Pathways widen.' },
      { key: 'k3', number: '49.', text: 'Gone.' },
    ],
  },
];

describe('buildPreview', () => {
  it('numbers paragraphs in document order and reports the matching', () => {
    const preview = buildPreview(
      parsed,
      [
        { index: 0, key: 'k1', similarity: 0.8 },
        { index: 1, key: null, similarity: null },
        { index: 2, key: 'k2', similarity: 1 },
      ],
      ['k3'],
      previous,
    );
    expect(preview.sections).toEqual([
      {
        heading: 'A. Principles',
        paragraphs: [
          { index: 0, number: '47.', text: 'States cooperate.', matchedKey: 'k1', similarity: 0.8 },
          { index: 1, number: '48.', text: 'A new paragraph.', matchedKey: null, similarity: null },
        ],
      },
      {
        heading: 'B. Pathways',
        paragraphs: [{ index: 2, number: '49.', text: 'Pathways widen.', matchedKey: 'k2', similarity: 1 }],
      },
    ]);
    expect(preview.stats).toEqual({ paragraphs: 3, matched: 2, added: 1, removedKeys: ['k3'] });
    expect(preview.previous.map((p) => p.key)).toEqual(['k1', 'k2', 'k3']);
    expect(preview.warnings).toEqual([{ code: 'document_symbol_left_out', params: { symbol: 'A/1/2' } }]);
  });

  it('treats every paragraph as new when there is no previous version', () => {
    const preview = buildPreview(parsed, [], [], null);
    expect(preview.stats).toEqual({ paragraphs: 3, matched: 0, added: 3, removedKeys: [] });
    expect(preview.previous).toEqual([]);
    expect(preview.sections.flatMap((s) => s.paragraphs).every((p) => p.similarity === null)).toBe(true);
  });
});
