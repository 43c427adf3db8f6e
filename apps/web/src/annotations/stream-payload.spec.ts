import { readStreamPayload } from './stream-payload';

const roundId = '0123456789abcdef01234567';
const stream = `round:${roundId}`;

describe('readStreamPayload', () => {
  it('reads an event of this round', () => {
    const payload = {
      stream,
      seq: 3,
      at: '2026-11-27T05:00:00.000Z',
      event: { type: 'round.status', status: 'closed' },
    };
    expect(readStreamPayload(payload, roundId)).toEqual({ kind: 'event', event: payload });
  });

  it('keeps the place of an event kind it does not know, so the page can reload from there', () => {
    const payload = { stream: `${stream}:delegation:abc`, seq: 7, at: 'x', event: { type: 'annotation.pinned' } };
    expect(readStreamPayload(payload, roundId)).toEqual({
      kind: 'unknown',
      stream: `${stream}:delegation:abc`,
      seq: 7,
    });
  });

  it("ignores another round's events and payloads without a place", () => {
    const other = {
      stream: 'round:ffffffffffffffffffffffff',
      seq: 1,
      at: 'x',
      event: { type: 'round.status', status: 'open' },
    };
    expect(readStreamPayload(other, roundId)).toBeNull();
    expect(
      readStreamPayload({ ...other, stream, event: { type: 'annotation.pinned' }, seq: 'one' }, roundId),
    ).toBeNull();
    expect(readStreamPayload('garbage', roundId)).toBeNull();
  });
});
