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
