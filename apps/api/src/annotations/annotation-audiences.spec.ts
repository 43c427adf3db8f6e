import { audiencesFor } from './annotation-audiences';
import { fingerprint } from './request-fingerprint';

describe('audiencesFor', () => {
  it('streams by visibility', () => {
    expect(audiencesFor('round', 'd1')).toEqual([{ kind: 'round' }]);
    expect(audiencesFor('delegation', 'd1')).toEqual([{ kind: 'delegation', delegationId: 'd1' }]);
    expect(audiencesFor('secretariat', 'd1')).toEqual([
      { kind: 'secretariat' },
      { kind: 'delegation', delegationId: 'd1' },
    ]);
    expect(audiencesFor('secretariat', null)).toEqual([{ kind: 'secretariat' }]);
    expect(audiencesFor('delegation', null)).toEqual([]);
  });
});

describe('fingerprint', () => {
  it('ignores key order and undefined fields but not values', () => {
    expect(fingerprint({ a: 1, b: { c: [1, 2] } })).toBe(fingerprint({ b: { c: [1, 2] }, a: 1, d: undefined }));
    expect(fingerprint({ a: 1, b: { c: [1, 2] } })).not.toBe(fingerprint({ a: 1, b: { c: [2, 1] } }));
    expect(fingerprint({ body: 'x', selectors: null })).not.toBe(fingerprint({ body: 'x' }));
  });
});
