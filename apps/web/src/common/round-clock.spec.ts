import { onBothClocks, readerMoment, sameClock } from './round-clock';

// ICU puts no-break and narrow no-break spaces in times ("6:00 PM"): compared as plain spaces.
const plain = (text: string | null): string | null => text && text.replace(/\s/gu, ' ');

// 23:00 UTC: 6 PM in New York, midnight the next day in Geneva.
const late = new Date('2026-11-30T23:00:00Z');

describe('times on the reader’s clock beside a round on another', () => {
  it('tells clocks that read alike from clocks that do not, at the moment in question', () => {
    expect(sameClock(late, 'Europe/Zurich', 'Europe/Paris')).toBe(true);
    expect(sameClock(late, 'Europe/Zurich', 'America/New_York')).toBe(false);
    // London reads UTC's clock in winter, not in summer: the same two zones, one answer each.
    expect(sameClock(new Date('2026-03-20T12:00:00Z'), 'Europe/London', 'UTC')).toBe(true);
    expect(sameClock(new Date('2026-04-20T12:00:00Z'), 'Europe/London', 'UTC')).toBe(false);
  });

  it('names the reader’s zone on a thread time when the round runs on another clock', () => {
    const inGeneva = readerMoment('en', 'Europe/Zurich', 'America/New_York');
    expect(plain(inGeneva(late))).toBe('Dec 1, 2026, 12:00 AM GMT+1');
    expect(plain(readerMoment('fr', 'Europe/Zurich', 'America/New_York')(late))).toBe('1er déc. 2026, 00:00 UTC+1');
  });

  it('keeps a thread time short when both clocks read it alike, or off any round', () => {
    expect(plain(readerMoment('en', 'Europe/Zurich', 'Europe/Paris')(late))).toBe('Dec 1, 2026, 12:00 AM');
    expect(plain(readerMoment('en', 'America/New_York', 'America/New_York')(late))).toBe('Nov 30, 2026, 6:00 PM');
    expect(plain(readerMoment('en', 'Europe/Zurich', null)(late))).toBe('Dec 1, 2026, 12:00 AM');
  });

  it('gives a round’s closing time on its clock, and on the reader’s when theirs reads otherwise', () => {
    const both = onBothClocks(late, 'en', 'America/New_York', 'Europe/Zurich');
    expect([plain(both.round), plain(both.reader)]).toEqual(['Nov 30, 2026, 6:00 PM EST', 'Dec 1, 12:00 AM GMT+1']);
    const french = onBothClocks(late, 'fr', 'America/New_York', 'Europe/Zurich');
    expect([plain(french.round), plain(french.reader)]).toEqual(['30 nov. 2026, 18:00 UTC−5', '1er déc., 00:00 UTC+1']);
    expect(onBothClocks(late, 'en', 'Europe/Paris', 'Europe/Zurich').reader).toBeNull();
  });
});
