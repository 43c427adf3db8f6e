import type { PositionCounts } from '@concordia/contracts';
import { translator } from '../testing/translator';
import type { TFunction } from 'i18next';
import { consensusVerdict, countParts } from './consensus-counts';

const countsLine = (t: TFunction, c: PositionCounts) => countParts(t, c).join(' · ');

const counts: PositionCounts = {
  support: 1,
  support_with_amendments: 0,
  reservation: 1,
  objection: 2,
  no_position: 1,
  none: 2,
};

describe("a paragraph's counts agree with each number", () => {
  it.each([
    ['en', '1 support · 0 with amendments · 1 reservation · 2 objections · 3 silent'],
    ['fr', '1 soutien · 0 avec amendements · 1 réserve · 2 objections · 3 sans position'],
    ['es', '1 apoyo · 0 con enmiendas · 1 reserva · 2 objeciones · 3 sin posición'],
  ] as const)('%s', async (lng, expected) => {
    expect(countsLine(await translator(lng), counts)).toBe(expected);
  });

  it('French writes a count of zero in the singular', async () => {
    const none = { ...counts, support: 0, reservation: 0, objection: 0 };
    expect(countsLine(await translator('fr'), none)).toMatch(/^0 soutien · .* · 0 réserve · 0 objection · /);
  });
});

describe("a paragraph's verdict in the consensus summary", () => {
  const nothing: PositionCounts = {
    support: 0,
    support_with_amendments: 0,
    reservation: 0,
    objection: 0,
    no_position: 0,
    none: 6,
  };

  it('is "No positions yet" while no delegation has recorded one, not "No consensus"', async () => {
    const verdict = consensusVerdict({ consensus: false, counts: nothing });
    expect(verdict).toBe('noPositions');
    const [en, fr, es] = await Promise.all([translator('en'), translator('fr'), translator('es')]);
    expect([en, fr, es].map((t) => t(`positions.matrix.${verdict}`))).toEqual([
      'No positions yet',
      'Aucune position',
      'Sin posiciones',
    ]);
  });

  it('is "No consensus" once a delegation objects, reserves or says it has no position', () => {
    expect(consensusVerdict({ consensus: false, counts: { ...nothing, objection: 1, none: 5 } })).toBe('noConsensus');
    expect(consensusVerdict({ consensus: false, counts: { ...nothing, reservation: 1, none: 5 } })).toBe('noConsensus');
    expect(consensusVerdict({ consensus: false, counts: { ...nothing, no_position: 1, none: 5 } })).toBe('noConsensus');
    expect(consensusVerdict({ consensus: true, counts: { ...nothing, support: 1, none: 5 } })).toBe('consensus');
  });
});
