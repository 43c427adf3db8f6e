import { dateFormatter, type DateFormatter } from '@concordia/contracts';
import { createContext, useContext, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useOptionalMe } from '../auth/auth-context';
import { readerMoment } from './round-clock';
import { zoneName } from './time-zone-names';
import { zonedDateTimeFormat } from './zoned-format';

export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/**
 * The time zone of the round a page is about (the reading page provides it): moments shown there
 * on the reader's clock name their zone when the round's clock reads otherwise (see readerMoment).
 */
export const RoundClock = createContext<string | null>(null);

export interface Formatters {
  timeZone: string;
  /** A moment on the reader's clock; it names its zone inside a RoundClock that reads otherwise. */
  dateTime: (iso: string) => string;
  date: (iso: string) => string;
  /** A deadline (a round's closing, a silence deadline, "valid until"): the time names its zone. */
  deadline: (iso: string) => string;
  /** A round's window, its zone named once at the end. */
  range: (fromIso: string, toIso: string) => string;
  /** A time zone as a sentence names it: "Central European Time (Paris)", not "Europe/Paris". */
  zoneName: (zone: string) => string;
}

/** Dates are shown in the signed-in user's time zone (their profile), else the browser's. */
export const useFormatters = (): Formatters => {
  const { i18n } = useTranslation();
  const me = useOptionalMe();
  const timeZone = me?.user.timeZone ?? browserTimeZone();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const roundZone = useContext(RoundClock);
  return useMemo(() => {
    const safeZone = isValidTimeZone(timeZone) ? timeZone : 'UTC';
    const dateTimeFormat = { format: readerMoment(locale, safeZone, roundZone) };
    const dateFormat = dateFormatter(locale, { dateStyle: 'medium', timeZone: safeZone });
    const deadlineFormat = zonedDateTimeFormat(locale, safeZone);
    const parse = (iso: string): Date | null => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? null : date;
    };
    const moment =
      (format: Pick<DateFormatter, 'format'>) =>
      (iso: string): string => {
        const date = parse(iso);
        return date ? format.format(date) : iso;
      };
    const between =
      (format: DateFormatter) =>
      (fromIso: string, toIso: string): string => {
        const from = parse(fromIso);
        const to = parse(toIso);
        return from && to && from <= to ? format.formatRange(from, to) : `${fromIso} – ${toIso}`;
      };
    return {
      timeZone: safeZone,
      dateTime: moment(dateTimeFormat),
      date: moment(dateFormat),
      deadline: moment(deadlineFormat),
      range: between(deadlineFormat),
      zoneName: (zone: string) => zoneName(locale, zone),
    };
  }, [locale, timeZone, roundZone]);
};

const isValidTimeZone = (timeZone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
};

/** Every IANA zone the browser knows, for the account page's picker. */
export const timeZones = (): string[] => {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
};
