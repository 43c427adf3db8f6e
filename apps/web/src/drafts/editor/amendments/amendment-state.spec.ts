import { describeSpan } from '@concordia/anchoring';
import type { Section, WorkingAmendment } from '@concordia/contracts';
import { amendmentState, isToApply } from './amendment-state';

const TEXT = 'States will exchange data once a year.';
const start = TEXT.indexOf('once a year');
const item = (fields: Partial<WorkingAmendment> = {}): WorkingAmendment => ({
  annotationId: '0123456789abcdef01234567',
  paragraphKey: 'p1',
  lastParagraphKey: 'p1',
  operation: 'replace',
  text: 'twice a year',
  selectors: describeSpan(TEXT, start, start + 'once a year'.length),
  authorName: 'Ana',
  delegationName: 'Chile',
  roundId: '0123456789abcdef01234568',
  roundName: 'R1',
  disposition: { value: 'accepted', reason: 'Agreed' },
  sponsors: [],
  applied: false,
  withdrawn: false,
  ...fields,
});
const working = (text: string): Section[] => [
  { key: 's', heading: '', paragraphs: [{ key: 'p1', number: '1', text }] },
];

describe('amendmentState', () => {
  it('previews the paragraph as Apply would leave it', () => {
    const state = amendmentState(item(), working(TEXT));
    expect(state.kind === 'applicable' && state.preview.text).toBe('States will exchange data twice a year.');
  });

  it('says why it cannot be applied: already applied, words gone, paragraph gone', () => {
    expect(amendmentState(item({ applied: true }), working(TEXT))).toEqual({ kind: 'applied' });
    expect(amendmentState(item(), working('States will meet.'))).toEqual({
      kind: 'not_applicable',
      reason: 'words_gone',
    });
    expect(amendmentState(item({ paragraphKey: null, lastParagraphKey: 'gone' }), working(TEXT))).toEqual({
      kind: 'not_applicable',
      reason: 'paragraph_gone',
    });
  });

  it('tries an orphan on the paragraph it was last on', () => {
    expect(amendmentState(item({ paragraphKey: null }), working(TEXT)).kind).toBe('applicable');
  });

  it('warns that deleting all of the text deletes the paragraph', () => {
    const state = amendmentState(item({ operation: 'delete', text: '', selectors: null }), working(TEXT));
    expect(state.kind === 'applicable' && state.deletesParagraph).toBe(true);
  });
});

describe('isToApply', () => {
  it('counts accepted and partly accepted amendments not yet applied', () => {
    expect(isToApply(item())).toBe(true);
    expect(isToApply(item({ disposition: { value: 'partly_accepted', reason: '' } }))).toBe(true);
    expect(isToApply(item({ disposition: { value: 'not_retained', reason: '' } }))).toBe(false);
    expect(isToApply(item({ disposition: null }))).toBe(false);
    expect(isToApply(item({ applied: true }))).toBe(false);
  });

  it('never counts a withdrawn amendment, even once its application is undone', () => {
    expect(isToApply(item({ withdrawn: true }))).toBe(false);
  });
});
