import { translator } from '../testing/translator';

describe('"new since your last visit" in each language', () => {
  it.each([
    ['en', '1 new since your last visit (5 May)', '3 new since your last visit (5 May)', '2 new'],
    [
      'fr',
      '1 nouveauté depuis votre dernière visite (5 May)',
      '3 nouveautés depuis votre dernière visite (5 May)',
      '2 nouveaux',
    ],
    ['es', '1 novedad desde su última visita (5 May)', '3 novedades desde su última visita (5 May)', '2 nuevos'],
  ] as const)('%s: the count agrees with its number', async (lng, one, three, marks) => {
    const t = await translator(lng);
    expect(t('newSinceVisit.summary', { count: 1, date: '5 May' })).toBe(one);
    expect(t('newSinceVisit.summary', { count: 3, date: '5 May' })).toBe(three);
    expect(t('newSinceVisit.count', { count: 2 })).toBe(marks);
  });

  it.each(['en', 'fr', 'es'] as const)('%s: the marks read out in full name the paragraph', async (lng) => {
    const t = await translator(lng);
    expect(t('newSinceVisit.inParagraph', { count: 2, number: '12' })).toMatch(/^2 \S.* 12 \S/u);
    expect(t('newSinceVisit.itemFull')).not.toBe(t('newSinceVisit.item'));
  });
});
