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
