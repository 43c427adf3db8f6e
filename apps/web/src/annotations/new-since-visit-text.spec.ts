import { translator } from '../testing/translator';
import { summaryParts } from './new-since-visit-summary';

describe('"new since your last visit" in each language', () => {
  it.each([
    [
      'en',
      ['1 new since your last visit (5 May)', '3 new since your last visit (5 May)'],
      ['2 updated since your last visit (5 May)', '1 new and 2 updated since your last visit (5 May)'],
      '2 new',
    ],
    [
      'fr',
      ['1 nouveauté depuis votre dernière visite (5 May)', '3 nouveautés depuis votre dernière visite (5 May)'],
      [
        '2 mises à jour depuis votre dernière visite (5 May)',
        '1 nouveauté et 2 mises à jour depuis votre dernière visite (5 May)',
      ],
      '2 nouveaux',
    ],
    [
      'es',
      ['1 novedad desde su última visita (5 May)', '3 novedades desde su última visita (5 May)'],
      [
        '2 actualizaciones desde su última visita (5 May)',
        '1 novedad y 2 actualizaciones desde su última visita (5 May)',
      ],
      '2 nuevos',
    ],
  ] as const)('%s: each count agrees with its number', async (lng, [one, three], [updated, both], marks) => {
    const t = await translator(lng);
    const summary = (fresh: number, changed: number) =>
      t('newSinceVisit.summary', {
        what: summaryParts(t, { new: fresh, updated: changed, withdrawn: 0, positions: 0 }),
        date: '5 May',
      });
    expect(summary(1, 0)).toBe(one);
    expect(summary(3, 0)).toBe(three);
    expect(summary(0, 2)).toBe(updated);
    expect(summary(1, 2)).toBe(both);
    expect(t('newSinceVisit.count', { count: 2 })).toBe(marks);
  });

  it.each([
    ['en', '1 new, 3 positions recorded and 2 withdrawn', '1 position recorded', '2 updated and 1 withdrawn'],
    [
      'fr',
      '1 nouveauté, 3 positions enregistrées et 2 retraits',
      '1 position enregistrée',
      '2 mises à jour et 1 retrait',
    ],
    [
      'es',
      '1 novedad, 3 posiciones registradas y 2 retiradas',
      '1 posición registrada',
      '2 actualizaciones y 1 retirada',
    ],
  ] as const)('%s: positions and withdrawals join the other counts', async (lng, three, positionOnly, two) => {
    const t = await translator(lng);
    expect(summaryParts(t, { new: 1, updated: 0, withdrawn: 2, positions: 3 })).toBe(three);
    expect(summaryParts(t, { new: 0, updated: 0, withdrawn: 0, positions: 1 })).toBe(positionOnly);
    expect(summaryParts(t, { new: 0, updated: 2, withdrawn: 1, positions: 0 })).toBe(two);
    // The paragraph's mark names the delegations, read out with the paragraph's number.
    const full = t('newSinceVisit.positionsFull', { count: 2, number: '12', delegations: 'Brazil, Chile' });
    expect(full).toMatch(/ 12 /u);
    expect(full).toMatch(/Brazil, Chile$/u);
    expect(t('newSinceVisit.positions', { codes: 'BRA, CHL' })).toMatch(/BRA, CHL$/u);
    expect(t('newSinceVisit.withdrawnInParagraph', { count: 2, number: '12' })).toMatch(/^2 \S.* 12 \S/u);
  });

  it.each(['en', 'fr', 'es'] as const)('%s: the marks read out in full name the paragraph', async (lng) => {
    const t = await translator(lng);
    expect(t('newSinceVisit.inParagraph', { count: 2, number: '12' })).toMatch(/^2 \S.* 12 \S/u);
    expect(t('newSinceVisit.updatedInParagraph', { count: 2, number: '12' })).toMatch(/^2 \S.* 12 \S/u);
    expect(t('newSinceVisit.statusChangedFull', { number: '12' })).toMatch(/ 12 /u);
    expect(t('newSinceVisit.itemFull')).not.toBe(t('newSinceVisit.item'));
    // "Updated" reads apart from "New", in the short mark as in the full one.
    expect(t('newSinceVisit.updated')).not.toBe(t('newSinceVisit.item'));
    for (const reason of ['edited', 'disposition', 'sponsored', 'hidden', 'restored'] as const) {
      expect(t(`newSinceVisit.updatedFull.${reason}`)).not.toMatch(/newSinceVisit/);
    }
  });
});
