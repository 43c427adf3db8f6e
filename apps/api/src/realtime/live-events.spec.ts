import { streams } from '@concordia/contracts';
import { streamOf } from './live-events.service';

describe('streamOf', () => {
  const roundId = '0123456789abcdef01234567';
  it('names one stream per audience of the round', () => {
    expect(streamOf(roundId, { kind: 'round' })).toBe(streams.round(roundId));
    expect(streamOf(roundId, { kind: 'delegation', delegationId: 'd1' })).toBe(streams.delegation(roundId, 'd1'));
    expect(streamOf(roundId, { kind: 'secretariat' })).toBe(streams.secretariat(roundId));
    expect(
      new Set([streams.round(roundId), streams.delegation(roundId, 'd1'), streams.secretariat(roundId)]).size,
    ).toBe(3);
  });
});
