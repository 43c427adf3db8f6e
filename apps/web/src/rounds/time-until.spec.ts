import { timeUntil } from './time-until';

describe('timeUntil (how long until a deadline, on the home page)', () => {
  const now = Date.parse('2026-11-27T12:00:00Z');
  const at = (ms: number) => new Date(now + ms).toISOString();

  it('reads in days, hours or minutes, rounded down so it never promises more time than is left', () => {
    expect(timeUntil(at(29.9 * 86_400_000), now, 'en')).toBe('in 29 days');
    expect(timeUntil(at(47 * 3_600_000), now, 'en')).toBe('in 47 hours');
    expect(timeUntil(at(119 * 60_000), now, 'en')).toBe('in 119 minutes');
    expect(timeUntil(at(20_000), now, 'en')).toBe('in 1 minute');
  });

  it("speaks the reader's language", () => {
    expect(timeUntil(at(3 * 86_400_000), now, 'fr')).toBe('dans 3 jours');
    expect(timeUntil(at(5 * 60_000), now, 'es')).toBe('dentro de 5 minutos');
  });

  it('says nothing once the deadline has passed, or for a date it cannot read', () => {
    expect(timeUntil(at(0), now, 'en')).toBeNull();
    expect(timeUntil(at(-60_000), now, 'en')).toBeNull();
    expect(timeUntil('not a date', now, 'en')).toBeNull();
  });
});
