import { streamEventSchema, type StreamEvent } from '@concordia/contracts';

const streamPlaceSchema = streamEventSchema.pick({ stream: true, seq: true });

export type StreamPayload =
  | { kind: 'event'; event: StreamEvent }
  /**
   * An event of a kind this page does not know: a newer server's, reaching a tab opened before a
   * deploy. Only its place in the stream is known; the page reloads its snapshot from there
   * rather than wait for that number forever.
   */
  | { kind: 'unknown'; stream: string; seq: number };

/** A `stream:event` payload for this round's streams, or null (another round's, or no event at all). */
export function readStreamPayload(payload: unknown, roundId: string): StreamPayload | null {
  const ours = (stream: string) => stream.startsWith(`round:${roundId}`);
  const parsed = streamEventSchema.safeParse(payload);
  if (parsed.success) return ours(parsed.data.stream) ? { kind: 'event', event: parsed.data } : null;
  const place = streamPlaceSchema.safeParse(payload);
  return place.success && ours(place.data.stream) ? { kind: 'unknown', ...place.data } : null;
}
