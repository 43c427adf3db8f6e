import { countPositions, isConsensus, matrixQuerySchema, summarise } from './positions';

describe('position summaries', () => {
  it('counts each value and the silent cells', () => {
    expect(countPositions(['support', null, 'objection', 'support', 'no_position'])).toEqual({
      support: 2,
      support_with_amendments: 0,
      reservation: 0,
      objection: 1,
      no_position: 1,
      none: 1,
    });
  });

  it('sees consensus only with support and neither objection nor reservation', () => {
    expect(isConsensus(countPositions(['support', 'support_with_amendments', 'no_position', null]))).toBe(true);
    expect(isConsensus(countPositions(['support', 'reservation']))).toBe(false);
    expect(isConsensus(countPositions(['support', 'objection']))).toBe(false);
    // Silence, or only "no position", is not consensus.
    expect(isConsensus(countPositions([null, 'no_position']))).toBe(false);
  });

  it('summarises the columns of a matrix', () => {
    const summary = summarise(
      [
        { key: 'a', number: '1' },
        { key: 'b', number: '2' },
      ],
      [{ values: ['support', 'objection'] }, { values: ['support', null] }],
    );
    expect(summary.map((s) => [s.paragraphKey, s.counts.support, s.consensus])).toEqual([
      ['a', 2, true],
      ['b', 0, false],
    ]);
  });
});

describe('matrix filters', () => {
  it('reads comma-separated lists and refuses unknown kinds', () => {
    expect(matrixQuerySchema.parse({ region: 'Europe, Africa,', kind: 'ngo' })).toEqual({
      region: ['Europe', 'Africa'],
      kind: ['ngo'],
    });
    expect(matrixQuerySchema.safeParse({ kind: 'planet' }).success).toBe(false);
    expect(matrixQuerySchema.safeParse({ delegationId: 'not-an-id' }).success).toBe(false);
  });
});
