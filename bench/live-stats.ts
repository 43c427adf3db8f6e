/** Nearest-rank percentile of an ascending array; NaN when it is empty. */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export interface PhaseResult {
  name: string;
  sent: number;
  /** Sends the server refused or that failed (each one also counts as missing at every client). */
  failedSends: number;
  clients: number;
  expected: number;
  received: number;
  missing: number;
  p50: number;
  p99: number;
  max: number;
  /** Per message, the first client to receive it: what persisting costs before the fan-out starts. */
  firstP50: number;
  /** Time from the send to the server's HTTP reply. */
  replyP50: number;
  replyP99: number;
}

export const ms = (value: number): string => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a');
