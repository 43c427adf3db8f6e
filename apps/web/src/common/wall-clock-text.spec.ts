import { formatWallClock, readWallClock } from './wall-clock-text';

describe('a wall-clock time as the app writes it', () => {
  it('follows the language: day first and 24-hour in French and Spanish, the month in words', () => {
    expect(formatWallClock('2026-11-30T18:00', 'fr', 'dateTime')).toBe('30 nov. 2026, 18:00');
    expect(formatWallClock('2026-11-30T18:00', 'es', 'dateTime')).toBe('30 nov 2026, 18:00');
    expect(formatWallClock('2026-11-30T18:00', 'en', 'dateTime')).toBe('Nov 30, 2026, 6:00 PM');
    expect(formatWallClock('2026-11-01', 'fr', 'date')).toBe('1er nov. 2026');
    expect(formatWallClock('2026-09-01', 'es', 'date')).toBe('1 sept 2026');
  });

  it('is empty for no value', () => {
    expect(formatWallClock('', 'fr', 'dateTime')).toBe('');
  });

  it.each([
    ['fr', '2026-03-08T02:30'],
    ['es', '2026-12-31T23:59'],
    ['en', '2026-01-01T00:00'],
    ['en', '2026-06-15T12:05'],
    ['fr', '2026-11-01T09:00'],
  ])('reads back what it writes in %s (%s)', (locale, value) => {
    expect(readWallClock(formatWallClock(value, locale, 'dateTime'), locale, 'dateTime')).toBe(value);
  });
});

describe('a wall-clock time as a person types it', () => {
  it.each([
    ['30 novembre 2026 18:00', 'fr'],
    ['30 novembre 2026 à 18 h 00', 'fr'],
    ['30 Nov 2026 18h', 'fr'],
    ['30 nov. 2026, 18h00', 'fr'],
    ['30/11/2026 18:00', 'fr'],
    ['30.11.2026 18.00', 'fr'],
    ['30 de noviembre de 2026, 18:00', 'es'],
    ['30 noviembre 2026 a las 18:00', 'es'],
    ['30/11/2026 18:00', 'es'],
    ['Nov 30, 2026, 6:00 PM', 'en'],
    ['November 30th 2026 at 6pm', 'en'],
    ['11/30/2026 6:00 p.m.', 'en'],
    ['30 November 2026 18:00', 'en'],
    ['2026-11-30 18:00', 'fr'],
    ['2026-11-30T18:00', 'es'],
  ])('reads "%s" in %s as 30 November 2026 at 18:00', (text, locale) => {
    expect(readWallClock(text, locale, 'dateTime')).toBe('2026-11-30T18:00');
  });

  it('takes months without accents, and their first letters when only one month starts so', () => {
    expect(readWallClock('3 fevrier 2027 9:30', 'fr', 'dateTime')).toBe('2027-02-03T09:30');
    expect(readWallClock('15 aout 2027 9h', 'fr', 'dateTime')).toBe('2027-08-15T09:00');
    expect(readWallClock('2 juil 2027 9h', 'fr', 'dateTime')).toBe('2027-07-02T09:00');
    expect(readWallClock('1er sept. 2027 12:00', 'fr', 'dateTime')).toBe('2027-09-01T12:00');
    expect(readWallClock('2 ju 2027 9h', 'fr', 'dateTime')).toBeNull();
    expect(readWallClock('2 jui 2027 9h', 'fr', 'dateTime')).toBeNull();
  });

  it('reads 12 a.m. as midnight and 12 p.m. as noon', () => {
    expect(readWallClock('Nov 30, 2026, 12:00 AM', 'en', 'dateTime')).toBe('2026-11-30T00:00');
    expect(readWallClock('Nov 30, 2026, 12:30 PM', 'en', 'dateTime')).toBe('2026-11-30T12:30');
  });

  it.each([
    ['', 'fr'],
    ['30 novembre 2026', 'fr'],
    ['30 novembre 2026 18', 'fr'],
    ['31 novembre 2026 18:00', 'fr'],
    ['30/13/2026 18:00', 'fr'],
    ['11/30/2026 18:00', 'fr'],
    ['30 novembre 2026 24:00', 'fr'],
    ['30 novembre 2026 18:60', 'fr'],
    ['30 novembre 26 18:00', 'fr'],
    ['Nov 30, 2026, 13:00 PM', 'en'],
    ['demain 18:00', 'fr'],
  ])('cannot read "%s" in %s', (text, locale) => {
    expect(readWallClock(text, locale, 'dateTime')).toBeNull();
  });

  it('reads a day without time for a date, and refuses one with a time', () => {
    expect(readWallClock('12 mars 2026', 'fr', 'date')).toBe('2026-03-12');
    expect(readWallClock('12/03/2026', 'es', 'date')).toBe('2026-03-12');
    expect(readWallClock('03/12/2026', 'en', 'date')).toBe('2026-03-12');
    expect(readWallClock('Mar 12, 2026', 'en', 'date')).toBe('2026-03-12');
    expect(readWallClock('12 mars 2026 18:00', 'fr', 'date')).toBeNull();
    expect(readWallClock('29 févr. 2026', 'fr', 'date')).toBeNull();
  });
});
