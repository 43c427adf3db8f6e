import { ROUND_TRANSITIONS, type Round, type RoundStatus } from '@concordia/contracts';
import { DateTime } from 'luxon';
import { serverNow } from '../common/server-clock';

/** A wall-clock time without zone, as the window's fields give it (common/wall-clock-text.ts). */
const LOCAL = "yyyy-MM-dd'T'HH:mm";

/** An instant as the wall-clock time of `zone`, for the window's fields. */
export const toZonedInput = (iso: string, zone: string): string => {
  const instant = DateTime.fromISO(iso, { setZone: false }).setZone(zone);
  return instant.isValid ? instant.toFormat(LOCAL) : '';
};

/**
 * A wall-clock time read in `zone` as an instant with its offset ("2025-03-10T09:00:00.000+01:00"),
 * what the API stores. Null for an empty or impossible time — including one skipped by a clock
 * change, which would otherwise be silently moved an hour.
 */
export const fromZonedInput = (local: string, zone: string): string | null => {
  if (local.trim() === '') return null;
  const time = DateTime.fromFormat(local, LOCAL, { zone });
  if (!time.isValid) return null;
  if (time.toFormat(LOCAL) !== local) return null;
  return time.toISO({ suppressMilliseconds: true });
};

/** Whether the window closes after it opens; unknown (either end missing) counts as fine here. */
export const windowIsOrdered = (opensAt: string | null, closesAt: string | null): boolean =>
  opensAt === null || closesAt === null || DateTime.fromISO(closesAt) > DateTime.fromISO(opensAt);

/** Whether the round's closing time has passed: opening it then needs a new one. */
export const closingPassed = (round: Pick<Round, 'closesAt'>, now = serverNow()): boolean =>
  new Date(round.closesAt).getTime() <= now;

/**
 * A new closing time typed in the round's zone (null: typed, but not readable as a date and time):
 * the instant to send, or why it cannot be sent. The server checks again; this saves a round trip.
 */
export const readClosingTime = (
  local: string | null,
  round: Pick<Round, 'opensAt' | 'timeZone'>,
  now = serverNow(),
): { closesAt: string } | { error: 'unreadable' | 'required' | 'invalid' | 'past' | 'beforeOpening' } => {
  if (local === null) return { error: 'unreadable' };
  if (local.trim() === '') return { error: 'required' };
  const closesAt = fromZonedInput(local, round.timeZone);
  if (closesAt === null) return { error: 'invalid' };
  if (DateTime.fromISO(closesAt).toMillis() <= now) return { error: 'past' };
  if (!windowIsOrdered(round.opensAt, closesAt)) return { error: 'beforeOpening' };
  return { closesAt };
};

/** A status change; each is asked first (the dialog says what it does to the delegations). */
export interface RoundAction {
  status: RoundStatus;
  /** "open" again from closed reads as "reopen". */
  label: 'open' | 'reopen' | 'close' | 'conclude';
}

/** The status changes the round allows now, in the order ROUND_TRANSITIONS lists them. */
export const roundActions = (round: Pick<Round, 'status'>): RoundAction[] =>
  ROUND_TRANSITIONS[round.status].map((status): RoundAction => {
    switch (status) {
      case 'open':
        return { status, label: round.status === 'closed' ? 'reopen' : 'open' };
      case 'closed':
        return { status, label: 'close' };
      case 'concluded':
        return { status, label: 'conclude' };
      case 'scheduled':
        return { status, label: 'open' };
    }
  });
