import {
  closingPassed,
  fromZonedInput,
  readClosingTime,
  roundActions,
  toZonedInput,
  windowIsOrdered,
} from './round-window';

describe('round window in a time zone', () => {
  it('reads a wall-clock time in the chosen zone, with its offset', () => {
    expect(fromZonedInput('2025-03-10T09:00', 'Europe/Zurich')).toBe('2025-03-10T09:00:00+01:00');
    expect(fromZonedInput('2025-07-10T09:00', 'Europe/Zurich')).toBe('2025-07-10T09:00:00+02:00');
    expect(fromZonedInput('2025-03-10T09:00', 'America/Mexico_City')).toBe('2025-03-10T09:00:00-06:00');
  });

  it('refuses empty and impossible times, including one a clock change skips', () => {
    expect(fromZonedInput('', 'UTC')).toBeNull();
    expect(fromZonedInput('2025-02-30T09:00', 'UTC')).toBeNull();
    expect(fromZonedInput('2025-03-30T02:30', 'Europe/Zurich')).toBeNull();
  });

  it('shows a stored instant as the wall time of the zone, round trip', () => {
    expect(toZonedInput('2025-03-10T08:00:00.000Z', 'Europe/Zurich')).toBe('2025-03-10T09:00');
    const stored = fromZonedInput('2025-11-02T18:30', 'Asia/Manila');
    expect(stored && toZonedInput(stored, 'Asia/Manila')).toBe('2025-11-02T18:30');
  });

  it('checks that the window closes after it opens', () => {
    expect(windowIsOrdered('2025-03-10T09:00:00+01:00', '2025-03-10T09:30:00+01:00')).toBe(true);
    // Same instant written in two zones is not "after".
    expect(windowIsOrdered('2025-03-10T09:00:00+01:00', '2025-03-10T08:00:00+00:00')).toBe(false);
    expect(windowIsOrdered(null, '2025-03-10T08:00:00+00:00')).toBe(true);
  });
});

describe('roundActions', () => {
  it('follows the allowed transitions', () => {
    expect(roundActions({ status: 'scheduled' }).map((a) => a.label)).toEqual(['open']);
    expect(roundActions({ status: 'open' })).toEqual([{ status: 'closed', label: 'close' }]);
    expect(roundActions({ status: 'closed' })).toEqual([
      { status: 'open', label: 'reopen' },
      { status: 'concluded', label: 'conclude' },
    ]);
    expect(roundActions({ status: 'concluded' })).toEqual([]);
  });
});

describe('a new closing time', () => {
  const round = {
    opensAt: '2026-05-01T07:00:00.000Z',
    closesAt: '2026-05-09T16:00:00.000Z',
    timeZone: 'Europe/Zurich',
  };
  const now = Date.parse('2026-05-06T10:00:00Z');

  it('knows when the closing time has passed', () => {
    expect(closingPassed(round, now)).toBe(false);
    expect(closingPassed(round, Date.parse(round.closesAt))).toBe(true);
  });

  it("reads the time in the round's zone and says why one cannot be sent", () => {
    expect(readClosingTime('2026-05-20T18:00', round, now)).toEqual({ closesAt: '2026-05-20T18:00:00+02:00' });
    expect(readClosingTime('', round, now)).toEqual({ error: 'required' });
    // Typed, but not readable as a date and time (the field says how to write one).
    expect(readClosingTime(null, round, now)).toEqual({ error: 'unreadable' });
    expect(readClosingTime('2026-03-29T02:30', round, now)).toEqual({ error: 'invalid' });
    // 12:00 in Zurich is 10:00 UTC: not after now.
    expect(readClosingTime('2026-05-06T12:00', round, now)).toEqual({ error: 'past' });
    const later = { ...round, opensAt: '2026-06-01T07:00:00.000Z' };
    expect(readClosingTime('2026-05-20T18:00', later, now)).toEqual({ error: 'beforeOpening' });
  });
});
