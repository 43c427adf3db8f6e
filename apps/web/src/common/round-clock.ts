import { dateFormatter } from '@concordia/contracts';
import { DateTime } from 'luxon';
import { zonedDateTimeFormat } from './zoned-format';

/** Whether two zones' clocks read the same at `date`: Geneva and Paris do, Geneva and New York do not. */
export const sameClock = (date: Date, a: string, b: string): boolean =>
  DateTime.fromJSDate(date, { zone: a }).offset === DateTime.fromJSDate(date, { zone: b }).offset;

/**
 * A moment on the reader's clock, on a page about a round: when the round runs on another clock
 * (its closing time is shown on the round's), the time names its zone, so a delegate in Geneva
 * does not read "Nov 30, 11:00 PM" beside "closes Nov 30, 6:00 PM EST" as New York time. On the
 * round's clock, or off any round (`roundZone` null), it stays short.
 */
export const readerMoment = (locale: string, readerZone: string, roundZone: string | null) => {
  const plain = dateFormatter(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: readerZone });
  const named = zonedDateTimeFormat(locale, readerZone);
  return (date: Date): string =>
    (roundZone === null || sameClock(date, readerZone, roundZone) ? plain : named).format(date);
};

/**
 * A round's time on its own clock, and on the reader's when it reads otherwise there ("Dec 1,
 * 12:00 AM GMT+1", no year: it is the same moment). Null for the reader when the clocks agree.
 */
export const onBothClocks = (
  date: Date,
  locale: string,
  roundZone: string,
  readerZone: string,
): { round: string; reader: string | null } => ({
  round: zonedDateTimeFormat(locale, roundZone).format(date),
  reader: sameClock(date, roundZone, readerZone)
    ? null
    : dateFormatter(locale, {
        month: 'short',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        timeZoneName: 'short',
        timeZone: readerZone,
      }).format(date),
});
