/** The unit a countdown reads best in: minutes under two hours, hours under two days, else days. */
const unitFor = (ms: number): { unit: Intl.RelativeTimeFormatUnit; size: number } => {
  const minutes = ms / 60_000;
  if (minutes < 120) return { unit: 'minute', size: 1 };
  if (minutes < 48 * 60) return { unit: 'hour', size: 60 };
  return { unit: 'day', size: 24 * 60 };
};

/**
 * "in 29 days", "dans 3 heures", "dentro de 5 minutos": how long until a deadline, in the
 * reader's language, rounded down (so it never promises more time than is left), at least a
 * minute while any is left. Null once it has passed.
 */
export const timeUntil = (deadline: string, now: number, locale: string): string | null => {
  const left = Date.parse(deadline) - now;
  if (!(left > 0)) return null;
  const { unit, size } = unitFor(left);
  const count = Math.max(1, Math.floor(left / 60_000 / size));
  return new Intl.RelativeTimeFormat(locale, { numeric: 'always' }).format(count, unit);
};
