import { ANNOTATION_BODY_MAX } from '@concordia/contracts';
import { translator } from '../testing/translator';

describe('limits are written as each language writes numbers', () => {
  it.each([
    ['en', /Up to 10,000 characters/],
    ['fr', /10\s000 caractères au plus/u],
    ['es', /10\.000|10\s000/u],
  ] as const)('%s', async (lng, expected) => {
    const t = await translator(lng);
    expect(t('annotations.composer.bodyHint', { max: ANNOTATION_BODY_MAX })).toMatch(expected);
    expect(t('validation.maxLength', { max: ANNOTATION_BODY_MAX })).not.toContain(String(ANNOTATION_BODY_MAX));
  });
});

describe('counted things agree with their number', () => {
  it.each([
    ['en', 'Supports 1 amendment', 'Supports 2 amendments'],
    ['fr', 'Soutient 1 amendement', 'Soutient 2 amendements'],
    ['es', 'Apoya 1 enmienda', 'Apoya 2 enmiendas'],
  ] as const)('%s', async (lng, one, two) => {
    const t = await translator(lng);
    expect(t('positions.amendmentsLinked', { count: 1 })).toBe(one);
    expect(t('positions.amendmentsLinked', { count: 2 })).toBe(two);
  });
});

describe("the matrix's size agrees with each of its numbers", () => {
  it.each([
    ['en', '1 delegation × 34 paragraphs', '12 delegations × 1 paragraph'],
    ['fr', '1 délégation × 34 paragraphes', '12 délégations × 1 paragraphe'],
    ['es', '1 delegación × 34 párrafos', '12 delegaciones × 1 párrafo'],
  ] as const)('%s', async (lng, one, many) => {
    const t = await translator(lng);
    const size = (delegations: number, paragraphs: number) =>
      t('positions.matrix.shown', {
        delegations: t('positions.matrix.delegations', { count: delegations }),
        paragraphs: t('positions.matrix.paragraphs', { count: paragraphs }),
      });
    expect(size(1, 34)).toBe(one);
    expect(size(12, 1)).toBe(many);
  });
});
