// Shared with the API, whose exports write durations as the pages show them.
export { formatDuration } from '@concordia/contracts';

/** Days, hours, minutes and seconds a chair types in, as milliseconds; null when nothing is set. */
export function noticeMs(parts: { days?: number; hours?: number; minutes?: number; seconds?: number }): number | null {
  const ms =
    ((parts.days ?? 0) * 86_400 + (parts.hours ?? 0) * 3600 + (parts.minutes ?? 0) * 60 + (parts.seconds ?? 0)) * 1000;
  return ms > 0 ? ms : null;
}
