import type { Section } from '@concordia/contracts';
import { auditSlices } from './operation-audit';

const before: Section[] = [
  {
    key: 's1',
    heading: 'Principles',
    paragraphs: [
      { key: 'a', number: '1', text: 'Alpha.' },
      { key: 'b', number: '2', text: 'Beta.' },
    ],
  },
  { key: 's2', heading: 'Pathways', paragraphs: [{ key: 'c', number: '3', text: 'Gamma.' }] },
];

describe('auditSlices', () => {
  it('keeps only the edited paragraph, not the ones renumbered after it', () => {
    const after: Section[] = [
      {
        key: 's1',
        heading: 'Principles',
        paragraphs: [
          { key: 'n', number: '1', text: 'New.' },
          { key: 'a', number: '2', text: 'Alpha.' },
          { key: 'b', number: '3', text: 'Beta.' },
        ],
      },
      { key: 's2', heading: 'Pathways', paragraphs: [{ key: 'c', number: '4', text: 'Gamma.' }] },
    ];
    const slices = auditSlices(
      { type: 'add_paragraph', sectionKey: 's1', afterKey: null, text: 'New.' },
      before,
      after,
    );
    expect(slices.before.paragraphs).toEqual([]);
    expect(slices.after.paragraphs).toEqual([{ key: 'n', sectionKey: 's1', number: '1', text: 'New.' }]);
    expect(slices.after.sections).toEqual([{ key: 's1', heading: 'Principles', position: 0 }]);
  });

  it('records a move with both places, and an edit with both texts', () => {
    const moved: Section[] = [
      { ...before[0], paragraphs: [before[0].paragraphs[1]] },
      {
        ...before[1],
        paragraphs: [
          { key: 'c', number: '2', text: 'Gamma.' },
          { key: 'a', number: '3', text: 'Alpha.' },
        ],
      },
    ];
    const move = auditSlices({ type: 'move_paragraph', key: 'a', toSectionKey: 's2', afterKey: 'c' }, before, moved);
    expect(move.before.paragraphs).toEqual([{ key: 'a', sectionKey: 's1', number: '1', text: 'Alpha.' }]);
    expect(move.after.paragraphs).toEqual([{ key: 'a', sectionKey: 's2', number: '3', text: 'Alpha.' }]);

    const edited: Section[] = [
      { ...before[0], paragraphs: [{ key: 'a', number: '1', text: 'Alpha, amended.' }, before[0].paragraphs[1]] },
      before[1],
    ];
    const edit = auditSlices({ type: 'edit_paragraph', key: 'a', text: 'Alpha, amended.' }, before, edited);
    expect(edit.before.paragraphs.map((p) => p.text)).toEqual(['Alpha.']);
    expect(edit.after.paragraphs.map((p) => p.text)).toEqual(['Alpha, amended.']);
    expect(edit.after.sections).toEqual([]);
  });

  it('records a deleted section and a renamed one', () => {
    const renamed = auditSlices({ type: 'rename_section', sectionKey: 's2', heading: 'Routes' }, before, [
      before[0],
      { ...before[1], heading: 'Routes' },
    ]);
    expect(renamed.before.sections).toEqual([{ key: 's2', heading: 'Pathways', position: 1 }]);
    expect(renamed.after.sections).toEqual([{ key: 's2', heading: 'Routes', position: 1 }]);
    expect(renamed.after.paragraphs).toEqual([]);
  });
});
