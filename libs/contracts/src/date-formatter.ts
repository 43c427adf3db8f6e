/** Formats instants like an Intl.DateTimeFormat, with the fixes each language needs over Intl. */
export interface DateFormatter {
  format(date: Date): string;
  formatRange(from: Date, to: Date): string;
}

/** Any letter: a month written as a word ("nov.", "novembre"), not as digits ("11"). */
const WORDED = /\p{L}/u;

/**
 * French writes the first day of a month as an ordinal, "1er novembre", where Intl writes
 * "1 novembre". Only beside a month in words: "01/11/2026" stays as it is.
 */
const frenchFirstDay = (parts: Intl.DateTimeFormatPart[]): string => {
  const wordedMonth = parts.some((part) => part.type === 'month' && WORDED.test(part.value));
  return parts
    .map((part) => (wordedMonth && part.type === 'day' && /^0?1$/u.test(part.value) ? '1er' : part.value))
    .join('');
};

/** A drop-in for `new Intl.DateTimeFormat(locale, options)` that writes dates as the language does. */
export const dateFormatter = (locale: string, options: Intl.DateTimeFormatOptions): DateFormatter => {
  const intl = new Intl.DateTimeFormat(locale, options);
  const french = intl.resolvedOptions().locale.toLowerCase().startsWith('fr');
  if (!french) return { format: (date) => intl.format(date), formatRange: (from, to) => intl.formatRange(from, to) };
  return {
    format: (date) => frenchFirstDay(intl.formatToParts(date)),
    formatRange: (from, to) => frenchFirstDay(intl.formatRangeToParts(from, to)),
  };
};
