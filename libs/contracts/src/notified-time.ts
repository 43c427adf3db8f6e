import { dateFormatter, type DateFormatter } from './date-formatter';

/**
 * Formatters by locale and zone: the worker renders one email per recipient and the web one line
 * per notification, and building an Intl formatter costs far more than using one. Bounded by the
 * number of languages times the IANA zones in use.
 */
const formatters = new Map<string, DateFormatter>();

function formatterFor(locale: string, timeZone: string): DateFormatter {
  const key = `${locale}|${timeZone}`;
  let format = formatters.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'long',
    };
    try {
      format = dateFormatter(locale, { ...options, timeZone });
    } catch {
      // A zone this runtime does not know (stored by hand, or removed from its tz data): UTC, named as such.
      format = dateFormatter(locale, { ...options, timeZone: 'UTC' });
    }
    formatters.set(key, format);
  }
  return format;
}

/**
 * How a notification states a deadline or closing time: in the reader's time zone and language,
 * with the zone named as it stands at that instant ("3 décembre 2026 à 18:00 heure normale
 * d’Europe centrale"; summer time after a change), so nobody reads "18:00" in the wrong zone.
 * Emails, digests and the in-app list all say it this way.
 */
export function notifiedTime(iso: string, locale: string, timeZone: string): string {
  const date = new Date(iso);
  // An empty zone (an account stored without one) would mean the host's zone to Intl: UTC instead.
  return Number.isNaN(date.getTime()) ? iso : formatterFor(locale, timeZone || 'UTC').format(date);
}
