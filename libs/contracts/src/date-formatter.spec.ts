import { dateFormatter } from './date-formatter';
import { notifiedTime } from './notified-time';

/** Intl may use narrow no-break spaces: compare the words. */
const plain = (text: string): string => text.replace(/\s/gu, ' ');

describe('French writes the first of a month as "1er"', () => {
  const first = new Date('2026-11-01T10:00:00Z');
  const medium = { dateStyle: 'medium', timeZone: 'UTC' } as const;

  it('in a date with the month in words', () => {
    expect(plain(dateFormatter('fr', medium).format(first))).toBe('1er nov. 2026');
    expect(plain(dateFormatter('fr-CH', { dateStyle: 'long', timeZone: 'UTC' }).format(first))).toBe(
      '1er novembre 2026',
    );
  });

  it('in a notification, and at both ends of a window', () => {
    expect(notifiedTime('2026-11-01T10:00:00Z', 'fr', 'UTC')).toBe(
      '1er novembre 2026 à 10:00 temps universel coordonné',
    );
    const window = dateFormatter('fr', medium).formatRange(first, new Date('2026-12-01T10:00:00Z'));
    expect(plain(window)).toBe('1er nov. – 1er déc. 2026');
  });

  it('only on the first: "11 novembre" and "21 novembre" keep their cardinal', () => {
    const format = dateFormatter('fr', medium);
    expect(plain(format.format(new Date('2026-11-11T10:00:00Z')))).toBe('11 nov. 2026');
    expect(plain(format.format(new Date('2026-11-21T10:00:00Z')))).toBe('21 nov. 2026');
  });

  it('not beside a month in digits, nor in other languages', () => {
    expect(dateFormatter('fr', { dateStyle: 'short', timeZone: 'UTC' }).format(first)).toBe('01/11/2026');
    expect(plain(dateFormatter('en', medium).format(first))).toBe('Nov 1, 2026');
    expect(plain(dateFormatter('es', medium).format(first))).toBe('1 nov 2026');
  });
});
