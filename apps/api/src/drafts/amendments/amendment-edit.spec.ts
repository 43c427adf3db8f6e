import { describeSpan } from '@concordia/anchoring';
import { ErrorCode, type Section } from '@concordia/contracts';
import { amendmentEdit } from './amendment-edit';

const PUBLISHED = 'States will exchange data on migration flows once a year.';
const sections = (text: string): Section[] => [
  {
    key: 's',
    heading: 'I',
    paragraphs: [
      { key: 'p1', number: '1', text },
      { key: 'p2', number: '2', text: 'Other.' },
    ],
  },
];
const words = (quote: string) => {
  const start = PUBLISHED.indexOf(quote);
  return describeSpan(PUBLISHED, start, start + quote.length);
};
const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
};

describe('amendmentEdit: the edit an amendment makes to the working text as it now reads', () => {
  it('edits the paragraph where its words now are', () => {
    const edited = `Participating ${PUBLISHED.charAt(0).toLowerCase()}${PUBLISHED.slice(1)}`;
    expect(
      amendmentEdit(sections(edited), {
        paragraphKey: 'p1',
        selectors: words('once a year'),
        amendment: { operation: 'replace', text: 'twice a year' },
      }),
    ).toEqual({
      type: 'edit_paragraph',
      key: 'p1',
      text: 'Participating states will exchange data on migration flows twice a year.',
    });
  });

  it('adds a new paragraph after its own, in its section', () => {
    expect(
      amendmentEdit(sections(PUBLISHED), {
        paragraphKey: 'p1',
        selectors: null,
        amendment: { operation: 'new_paragraph', text: ' A new one. ' },
      }),
    ).toEqual({ type: 'add_paragraph', sectionKey: 's', afterKey: 'p1', text: 'A new one.' });
  });

  it('deletes the paragraph when it deletes all of its text', () => {
    expect(
      amendmentEdit(sections(PUBLISHED), {
        paragraphKey: 'p1',
        selectors: null,
        amendment: { operation: 'delete', text: '' },
      }),
    ).toEqual({ type: 'delete_paragraph', key: 'p1' });
  });

  it('refuses with AMENDMENT_NOT_APPLICABLE when the words or the paragraph are gone', () => {
    const amendment = { operation: 'replace', text: 'twice a year' } as const;
    const rewritten = sections('States will report at each regional meeting.');
    expect(
      codeOf(() => amendmentEdit(rewritten, { paragraphKey: 'p1', selectors: words('once a year'), amendment })),
    ).toBe(ErrorCode.AmendmentNotApplicable);
    expect(codeOf(() => amendmentEdit(rewritten, { paragraphKey: 'gone', selectors: null, amendment }))).toBe(
      ErrorCode.AmendmentNotApplicable,
    );
  });
});
