import { dateFormatter, type DateFormatter } from '@concordia/contracts';

/**
 * A date and time that names its zone ("Mar 14, 2025, 6:00 PM GMT+1"): a delegate reading a
 * deadline set in another capital must know which clock it is on. `dateStyle`/`timeStyle` cannot
 * carry `timeZoneName`, so the fields are the ones 'medium'/'short' show.
 */
export const zonedDateTimeFormat = (locale: string, timeZone: string): DateFormatter =>
  dateFormatter(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
    timeZone,
  });
