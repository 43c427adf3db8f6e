import { dateFormatter } from '@concordia/contracts';
import { DateTime, Info } from 'luxon';

/**
 * A wall-clock date and time without zone, as the rounds' window is stored in the form
 * ("2026-11-30T18:00", round-window.ts) or a day ("2026-11-30", the audit filter). The zone is
 * applied elsewhere, which also refuses a time skipped by a clock change.
 */
export type WallClockKind = 'date' | 'dateTime';

const CANONICAL: Record<WallClockKind, string> = { date: 'yyyy-MM-dd', dateTime: "yyyy-MM-dd'T'HH:mm" };

/** The fields the app shows a deadline with (zoned-format.ts), without the zone. */
const SHOWN: Record<WallClockKind, Intl.DateTimeFormatOptions> = {
  date: { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' },
  dateTime: { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'UTC' },
};

/** Intl puts narrow and no-break spaces in times ("6:00 PM"): a person types a plain one. */
const plainSpaces = (text: string): string => text.replace(/\s/gu, ' ');

/**
 * How the app writes a wall-clock time in `locale`: "Nov 30, 2026, 6:00 PM", "30 nov. 2026, 18:00",
 * "30 nov 2026, 18:00". Empty for an empty or unreadable value.
 */
export const formatWallClock = (value: string, locale: string, kind: WallClockKind): string => {
  const time = DateTime.fromFormat(value, CANONICAL[kind], { zone: 'UTC' });
  if (!time.isValid) return '';
  return plainSpaces(dateFormatter(locale, SHOWN[kind]).format(time.toJSDate()));
};

/** Lower case, accents and dots dropped: "Févr." and "fevr" are one word. */
const fold = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\./gu, '').trim();

const monthNames = new Map<string, { long: string[]; short: string[] }>();
const monthsOf = (locale: string) => {
  let names = monthNames.get(locale);
  if (!names) {
    names = {
      long: Info.months('long', { locale }).map(fold),
      short: Info.months('short', { locale }).map(fold),
    };
    monthNames.set(locale, names);
  }
  return names;
};

/**
 * The month a word names in `locale` (1–12): its short form, or the start of its name when only one
 * month starts so ("juil", "sept"; not "ju").
 */
const monthOf = (word: string, locale: string): number | null => {
  const folded = fold(word);
  if (folded.length < 3) return null;
  const { long, short } = monthsOf(locale);
  const exact = short.indexOf(folded);
  if (exact >= 0) return exact + 1;
  const starting = long.flatMap((name, index) => (name.startsWith(folded) ? [index + 1] : []));
  return starting.length === 1 ? (starting[0] ?? null) : null;
};

/** Day before month in numbers ("30/11/2026") everywhere but in English ("11/30/2026"). */
const dayFirst = (locale: string): boolean => !locale.toLowerCase().startsWith('en');

interface Day {
  year: number;
  month: number;
  day: number;
}

/** Words around a date that carry nothing: "1er", "30th", "30 de noviembre de 2026", "le". */
const FILLER = new Set(['de', 'del', 'le', 'the', 'of']);
const DAY_NUMBER = /^(\d{1,2})(?:er|st|nd|rd|th|º|o)?$/u;

const readDay = (text: string, locale: string): Day | null => {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u.exec(text);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u.exec(text);
  if (numeric) {
    const [first, second] = [Number(numeric[1]), Number(numeric[2])];
    return dayFirst(locale)
      ? { year: Number(numeric[3]), month: second, day: first }
      : { year: Number(numeric[3]), month: first, day: second };
  }
  // In words, the month names itself: day and month in either order, the year last.
  const words = text
    .replace(/,/gu, ' ')
    .split(' ')
    .filter((word) => word !== '' && !FILLER.has(word));
  if (words.length !== 3 || !/^\d{4}$/u.test(words[2] ?? '')) return null;
  const year = Number(words[2]);
  for (const [dayWord, monthWord] of [
    [words[0], words[1]],
    [words[1], words[0]],
  ]) {
    const day = DAY_NUMBER.exec(dayWord ?? '');
    const month = monthWord === undefined ? null : monthOf(monthWord, locale);
    if (day && month !== null) return { year, month, day: Number(day[1]) };
  }
  return null;
};

interface Time {
  hour: number;
  minute: number;
  /** What is left before the time: the date and the words that join them. */
  before: string;
}

/** "6 pm", "6:30 p.m.", "18:00", "18h", "18 h 30", "18.30", at the end of the text. */
const TWELVE_HOUR = /(?:^|[\s,])(\d{1,2})(?:\s*[:.h]\s*(\d{2}))?\s*([ap])\s?m$/u;
const TWENTY_FOUR_HOUR = /(?:^|[\s,])(\d{1,2})\s*(?:[:.]\s*(\d{2})|h\s*(\d{2})?)$/u;

const readTime = (text: string): Time | null => {
  const twelve = TWELVE_HOUR.exec(text);
  if (twelve) {
    const hour = Number(twelve[1]);
    if (hour < 1 || hour > 12) return null;
    return {
      hour: (hour % 12) + (twelve[3] === 'p' ? 12 : 0),
      minute: Number(twelve[2] ?? 0),
      before: text.slice(0, twelve.index),
    };
  }
  const plain = TWENTY_FOUR_HOUR.exec(text);
  if (!plain) return null;
  return { hour: Number(plain[1]), minute: Number(plain[2] ?? plain[3] ?? 0), before: text.slice(0, plain.index) };
};

/** The words that join a date to its time: "à", "at", "a las", a comma, a dash. */
const JOINER = /(?:[\s,]+(?:a las|a la|at|a|-))?[\s,]*$/u;

/**
 * What a person typed as a date (and time), read in `locale`'s conventions, as the canonical
 * value ("2026-11-30T18:00"); null when it cannot be read or names no such day or time. Takes what
 * the field shows (formatWallClock) and what people type instead: the month in words or its first
 * letters, without accents or dots, or in numbers in the language's order ("30/11/2026"), or as
 * ISO ("2026-11-30"); the time as "18:00", "18h30" or "6:30 pm". The time is required with it.
 */
export const readWallClock = (text: string, locale: string, kind: WallClockKind): string | null => {
  const folded = plainSpaces(text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase())
    .replace(/ +/gu, ' ')
    .replace(/\b(a|p)\.m\.?/gu, '$1m')
    .replace(/^(\d{4}-\d{1,2}-\d{1,2})t/u, '$1 ')
    .trim();
  if (folded === '') return null;
  let datePart = folded;
  let hour = 0;
  let minute = 0;
  if (kind === 'dateTime') {
    const time = readTime(folded);
    if (!time) return null;
    ({ hour, minute } = time);
    datePart = time.before.replace(JOINER, '');
  }
  const day = readDay(datePart.trim(), locale);
  if (!day) return null;
  const time = DateTime.fromObject({ ...day, hour, minute }, { zone: 'UTC' });
  // Luxon takes 24:00 as the next day's midnight: a person typing it meant something else.
  return time.isValid && time.hour === hour ? time.toFormat(CANONICAL[kind]) : null;
};
