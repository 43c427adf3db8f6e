import { ErrorCode } from '@concordia/contracts';
import { parseClientEvent } from './client-events';

describe('parseClientEvent', () => {
  it('accepts a valid ping', () => {
    expect(parseClientEvent('app:ping', { at: 42 })).toEqual({ ok: true, payload: { at: 42 } });
  });

  it.each([[undefined], ['ping'], [{}], [{ at: 'now' }], [{ at: 1, extra: true }]])(
    'rejects %p with SOCKET_EVENT_INVALID naming the event',
    (payload) => {
      const parsed = parseClientEvent('app:ping', payload);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) {
        expect(parsed.error.code).toBe(ErrorCode.SocketEventInvalid);
        expect(parsed.error.event).toBe('app:ping');
        expect(parsed.error.message).toMatch(/app:ping/);
      }
    },
  );
});

describe('parseClientEvent for round events', () => {
  const roundId = '0123456789abcdef01234567';

  it('defaults lastSeq to nothing seen', () => {
    expect(parseClientEvent('round:join', { roundId })).toEqual({ ok: true, payload: { roundId, lastSeq: {} } });
  });

  it.each([
    ['round:join', { roundId, lastSeq: { s: -1 } }],
    ['round:join', { roundId, lastSeq: { s: 1.5 } }],
    ['presence:update', { roundId, paragraphKey: 'x'.repeat(101) }],
    ['typing:update', { roundId, paragraphKey: 'p1' }],
    ['round:leave', { roundId: 'nope' }],
  ] as const)('rejects %s %p', (event, payload) => {
    const parsed = parseClientEvent(event, payload);
    expect(parsed.ok ? null : parsed.error.event).toBe(event);
  });
});
