import { zonedDateTimeFormat } from './zoned-format';

describe('a deadline names the zone it is shown in', () => {
  const deadline = new Date('2025-03-14T17:00:00.000Z');

  it.each([
    ['en', 'Europe/Paris', 'Mar 14, 2025, 6:00 PM GMT+1'],
    ['en', 'UTC', 'Mar 14, 2025, 5:00 PM UTC'],
    ['fr', 'Europe/Paris', '14 mars 2025, 18:00 UTC+1'],
    ['es', 'America/Mexico_City', '14 mar 2025, 11:00 GMT-6'],
  ])('%s in %s', (locale, zone, expected) => {
    // Intl may put a narrow no-break space before "PM": compare the words.
    expect(zonedDateTimeFormat(locale, zone).format(deadline).replace(/\s/gu, ' ')).toBe(expected);
  });

  it('names it in a window too, whose ends may sit either side of a clock change', () => {
    const range = zonedDateTimeFormat('en', 'Europe/Paris').formatRange(deadline, new Date('2025-04-01T08:00:00Z'));
    expect(range.replace(/\s/gu, ' ')).toBe('Mar 14, 2025, 6:00 PM GMT+1 – Apr 1, 2025, 10:00 AM GMT+2');
  });
});

describe('a deadline on the first of a month, in French', () => {
  it('reads "1er", in a date and at each end of a window', () => {
    const format = zonedDateTimeFormat('fr', 'Europe/Paris');
    const first = new Date('2026-11-01T17:00:00.000Z');
    expect(format.format(first).replace(/\s/gu, ' ')).toBe('1er nov. 2026, 18:00 UTC+1');
    expect(format.formatRange(first, new Date('2026-12-01T17:00:00.000Z')).replace(/\s/gu, ' ')).toBe(
      '1er nov. 2026, 18:00 UTC+1 – 1er déc. 2026, 18:00 UTC+1',
    );
  });
});
