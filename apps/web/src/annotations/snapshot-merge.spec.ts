import type { Annotation, StreamEvent } from '@concordia/contracts';
import { overSnapshot, RECENT_EVENTS_MS, RecentEvents } from './snapshot-merge';

const annotation = (id: string, body = 'words'): Annotation =>
  ({ id, body, amendment: null, mentions: [], moderation: null }) as unknown as Annotation;
let seq = 0;
const created = (a: Annotation): StreamEvent => ({
  stream: 'round:r',
  seq: ++seq,
  at: '2026-11-27T10:00:00.000Z',
  event: { type: 'annotation.created', annotation: a },
});
const retracted = (id: string): StreamEvent => ({
  stream: 'round:r',
  seq: ++seq,
  at: '2026-11-27T10:00:00.000Z',
  event: { type: 'annotation.retracted', annotationId: id },
});

describe('a snapshot loaded just after live events', () => {
  const stored = annotation('a'.repeat(24));
  const inFlight = annotation('b'.repeat(24), 'sent before its insert was stored');

  it('keeps an annotation shown live that the list, read a moment too early, does not hold yet', () => {
    const recent = new RecentEvents();
    recent.add(created(inFlight), 1_000);
    const shown = overSnapshot([stored], recent.since(1_020), []);
    expect([...shown.keys()]).toEqual([stored.id, inFlight.id]);
  });

  it('still drops an annotation taken back after it was shown', () => {
    const recent = new RecentEvents();
    recent.add(created(inFlight), 1_000);
    recent.add(retracted(inFlight.id), 1_003);
    expect([...overSnapshot([stored], recent.since(1_010), []).keys()]).toEqual([stored.id]);
  });

  it('does not undo what the list already holds: a comment hidden since it was posted stays hidden', () => {
    const recent = new RecentEvents();
    recent.add(created(stored), 1_000);
    const moderation = { hidden: true as const, reason: 'Insult', byName: 'Chair', byUserId: 'c'.repeat(24), at: 'x' };
    const hidden: Annotation = { ...stored, moderation };
    recent.add(
      {
        stream: 'round:r',
        seq: ++seq,
        at: '2026-11-27T10:00:00.000Z',
        event: {
          type: 'annotation.hidden',
          annotation: { ...hidden, body: '', moderation: { ...moderation, reason: null } },
        },
      },
      1_002,
    );
    expect(overSnapshot([hidden], recent.since(1_010), []).get(stored.id)).toEqual(hidden);
  });

  it('re-applies what arrived while the list loaded, in order', () => {
    const during = [created(inFlight), retracted(inFlight.id), created(annotation('c'.repeat(24)))];
    expect([...overSnapshot([stored], [], during).keys()]).toEqual([stored.id, 'c'.repeat(24)]);
  });

  it('forgets events older than the window, which the list already reflects', () => {
    const recent = new RecentEvents();
    recent.add(created(inFlight), 1_000);
    recent.add(created(stored), 1_000 + RECENT_EVENTS_MS);
    expect(recent.since(1_001 + RECENT_EVENTS_MS).map((e) => e.event.type)).toEqual(['annotation.created']);
    expect(recent.since(1_001 + 2 * RECENT_EVENTS_MS)).toEqual([]);
  });
});
