import type { Notification } from '@concordia/contracts';
import { mergeLatest } from './shown-notifications';

const item = (n: number, read = false): Notification => ({
  id: n.toString(16).padStart(24, '0'),
  event: {
    type: 'round.closed',
    processId: 'a'.repeat(24),
    actorUserId: null,
    actorName: null,
    roundId: 'b'.repeat(24),
    roundName: 'First reading',
  },
  createdAt: '2026-11-28T06:00:00.000Z',
  readAt: read ? '2026-11-28T06:01:00.000Z' : null,
});
const ids = (items: Notification[]) => items.map((i) => parseInt(i.id, 16));
const NOW = '2026-11-28T07:00:00.000Z';

describe('the notifications page when the unread count moves', () => {
  it('puts what arrived on top and keeps the older pages already loaded', () => {
    const shown = { items: [item(5), item(4), item(3), item(2)], next: item(2).id };
    const latest = { items: [item(7), item(6), item(5)], next: item(5).id };
    const merged = mergeLatest(shown, latest, 5, NOW);
    expect(ids(merged.items)).toEqual([7, 6, 5, 4, 3, 2]);
    expect(merged.next).toBe(item(2).id);
  });

  it('pages on from the oldest item shown, so no item comes twice', () => {
    const shown = { items: [item(4), item(3)], next: item(3).id };
    expect(mergeLatest(shown, { items: [item(5), item(4)], next: item(4).id }, 2, NOW).next).toBe(item(3).id);
    expect(mergeLatest({ items: [], next: null }, { items: [item(5)], next: item(5).id }, 1, NOW).next).toBe(
      item(5).id,
    );
  });

  it('takes the read state of the fresh page for the items it covers', () => {
    const shown = { items: [item(3), item(2)], next: null };
    const merged = mergeLatest(shown, { items: [item(3, true), item(2)], next: null }, 1, NOW);
    expect(merged.items.map((i) => i.readAt !== null)).toEqual([true, false]);
  });

  it('shows everything read once nothing is unread (read in another tab), also on older pages', () => {
    const shown = { items: [item(3), item(2), item(1)], next: null };
    const merged = mergeLatest(shown, { items: [item(3, true)], next: item(3).id }, 0, NOW);
    expect(merged.items.every((i) => i.readAt !== null)).toBe(true);
    expect(ids(merged.items)).toEqual([3, 2, 1]);
  });

  it('starts over from the fresh page when more arrived than a page holds', () => {
    const shown = { items: [item(2), item(1)], next: null };
    const latest = { items: [item(30), item(29)], next: item(29).id };
    expect(mergeLatest(shown, latest, 4, NOW)).toEqual(latest);
  });

  it('shows the first notification arriving on an empty page', () => {
    const merged = mergeLatest({ items: [], next: null }, { items: [item(1)], next: null }, 1, NOW);
    expect(ids(merged.items)).toEqual([1]);
  });
});
