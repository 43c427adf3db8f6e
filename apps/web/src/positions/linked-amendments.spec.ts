import type { Annotation } from '@concordia/contracts';
import { translator } from '../testing/translator';
import { amendmentName, excerpt, linkedAmendments } from './linked-amendments';

const id = (n: number) => n.toString(16).padStart(24, '0');
const amendment = (n: number, over: Partial<Annotation> = {}): Annotation =>
  ({
    id: id(n),
    parentId: null,
    kind: 'amendment',
    status: 'open',
    body: `Why ${n}`,
    authorName: 'Ana',
    delegationName: 'Mexico',
    amendment: { operation: 'replace', text: 'no State' },
    anchor: {
      status: 'anchored',
      method: 'original',
      versionId: id(1),
      paragraphKey: 'p1',
      selectors: {
        quote: { type: 'TextQuoteSelector', exact: 'no single State', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 0, end: 15 },
      },
    },
    ...over,
  }) as Annotation;

describe('excerpt', () => {
  it('keeps short words whole, on one line', () => {
    expect(excerpt('no  State\ncan')).toBe('no State can');
  });

  it('cuts long words after a whole word, with an ellipsis', () => {
    const long = 'The participating States recognise that people have always moved within and between regions';
    const cut = excerpt(long, 40);
    expect(cut).toBe('The participating States recognise that…');
    expect(cut.length).toBeLessThanOrEqual(40);
  });
});

describe('amendmentName', () => {
  it('names the delegation and the proposed words', () => {
    expect(amendmentName(amendment(1))).toEqual({
      id: id(1),
      author: 'Mexico',
      operation: 'replace',
      words: 'no State',
    });
  });

  it('names the deleted words for a deletion, and the author when there is no delegation', () => {
    const deletion = amendment(2, { delegationName: null, amendment: { operation: 'delete', text: '' } });
    expect(amendmentName(deletion)).toMatchObject({ author: 'Ana', operation: 'delete', words: 'no single State' });
  });
});

describe('linkedAmendments', () => {
  it('names those the reader has, in the order recorded, and counts the others', () => {
    const result = linkedAmendments([id(3), id(9), id(1)], [amendment(1), amendment(3, { delegationName: 'Chile' })]);
    expect(result.named.map((n) => n.author)).toEqual(['Chile', 'Mexico']);
    expect(result.unlisted).toBe(1);
  });
});

describe('a linked amendment as each language writes it', () => {
  it.each([
    ['en', 'Mexico — Replace the words: “no State”', '1 amendment not shown here (withdrawn, or not visible to you)'],
    [
      'fr',
      'Mexico — Remplacer les mots\u00a0: «\u00a0no State\u00a0»',
      '1 amendement non affiché ici (retiré, ou que vous ne pouvez pas lire)',
    ],
    [
      'es',
      'Mexico — Reemplazar las palabras: «no State»',
      '1 enmienda no mostrada aquí (retirada, o que usted no puede leer)',
    ],
  ] as const)('%s', async (lng, label, unlisted) => {
    const t = await translator(lng);
    const name = amendmentName(amendment(1));
    if (!name) throw new Error('no name');
    expect(
      t('positions.amendmentLabel', {
        delegation: name.author,
        operation: t(`annotations.composer.operations.${name.operation}`),
        words: name.words,
      }),
    ).toBe(label);
    expect(t('positions.amendmentsUnlisted', { count: 1 })).toBe(unlisted);
  });
});
