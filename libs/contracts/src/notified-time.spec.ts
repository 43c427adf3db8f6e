import { notifiedTime } from './notified-time';

describe('how a notification states a time', () => {
  const closing = '2026-12-03T17:00:00.000Z';

  it("in the reader's zone and language, naming the zone", () => {
    expect(notifiedTime(closing, 'en', 'Europe/Zurich')).toBe(
      'December 3, 2026 at 6:00 PM Central European Standard Time',
    );
    expect(notifiedTime(closing, 'fr', 'Europe/Zurich')).toBe(
      '3 décembre 2026 à 18:00 heure normale d’Europe centrale',
    );
    expect(notifiedTime(closing, 'es', 'America/Bogota')).toBe(
      '3 de diciembre de 2026 a las 12:00 hora estándar de Colombia',
    );
  });

  it('names summer or standard time as it stands at that instant, across a change', () => {
    // Europe moves to summer time at 01:00 UTC on 29 March 2026: 01:30 CET, then 03:30 CEST an hour later.
    expect(notifiedTime('2026-03-29T00:30:00Z', 'en', 'Europe/Paris')).toBe(
      'March 29, 2026 at 1:30 AM Central European Standard Time',
    );
    expect(notifiedTime('2026-03-29T01:30:00Z', 'en', 'Europe/Paris')).toBe(
      'March 29, 2026 at 3:30 AM Central European Summer Time',
    );
    // New York's clocks go back on 1 November 2026: 1:30 AM happens twice, and only the zone tells which.
    expect(notifiedTime('2026-11-01T05:30:00Z', 'es', 'America/New_York')).toBe(
      '1 de noviembre de 2026 a las 1:30 hora de verano oriental',
    );
    expect(notifiedTime('2026-11-01T06:30:00Z', 'es', 'America/New_York')).toBe(
      '1 de noviembre de 2026 a las 1:30 hora estándar oriental',
    );
  });

  it('falls back to UTC, said as such, for a zone it does not know or an account without one', () => {
    expect(notifiedTime(closing, 'fr', 'Mars/Olympus_Mons')).toBe('3 décembre 2026 à 17:00 temps universel coordonné');
    expect(notifiedTime(closing, 'en', '')).toBe('December 3, 2026 at 5:00 PM Coordinated Universal Time');
  });

  it('shows what it was given rather than "Invalid Date"', () => {
    expect(notifiedTime('soon', 'en', 'UTC')).toBe('soon');
  });
});
