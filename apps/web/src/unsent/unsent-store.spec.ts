import { z } from 'zod';
import { UNSENT_MAX_AGE_MS, UNSENT_MAX_ENTRIES, UnsentStore, type KeyValueStorage } from './unsent-store';

/** Web Storage over a Map, with a switch to refuse writes like a full or disabled storage. */
class MemoryStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  refuse = false;
  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.refuse) throw new Error('QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

const body = z.object({ body: z.string() });
const ALICE = 'a'.repeat(24);
const BOB = 'b'.repeat(24);

const setup = () => {
  const storage = new MemoryStorage();
  let now = Date.UTC(2026, 10, 27);
  const store = new UnsentStore(storage, () => now);
  return {
    storage,
    store,
    advance: (ms: number) => {
      now += ms;
    },
  };
};

describe('UnsentStore', () => {
  it('gives back what was kept at a place, and nothing at another', () => {
    const { store } = setup();
    store.write(ALICE, 'reply:1', { body: 'Mexico agrees.' });
    expect(store.read(ALICE, 'reply:1', body)).toEqual({ body: 'Mexico agrees.' });
    expect(store.read(ALICE, 'reply:2', body)).toBeNull();
    store.write(ALICE, 'reply:1', { body: 'Mexico agrees, with one reservation.' });
    expect(store.read(ALICE, 'reply:1', body)).toEqual({ body: 'Mexico agrees, with one reservation.' });
  });

  it('keeps each user apart: one never reads the other’s text, and a sign-out removes only its own', () => {
    const { store, storage } = setup();
    store.write(ALICE, 'reply:1', { body: 'Alice’s words' });
    store.write(BOB, 'reply:1', { body: 'Bob’s words' });
    expect(store.read(BOB, 'reply:1', body)).toEqual({ body: 'Bob’s words' });
    expect(store.read(ALICE, 'reply:1', body)).toEqual({ body: 'Alice’s words' });

    store.forgetUser(ALICE);
    expect(store.read(ALICE, 'reply:1', body)).toBeNull();
    expect([...storage.items.keys()].some((key) => key.startsWith('concordia.unsent:') && key.includes(ALICE))).toBe(
      false,
    );
    expect(store.read(BOB, 'reply:1', body)).toEqual({ body: 'Bob’s words' });
    // A form that unmounts after the sign-out does not write the text back...
    store.write(ALICE, 'reply:1', { body: 'Alice’s words' });
    expect(store.read(ALICE, 'reply:1', body)).toBeNull();
    // ...until that user signs in again.
    store.openUser(ALICE);
    store.write(ALICE, 'reply:2', { body: 'New words' });
    expect(store.read(ALICE, 'reply:2', body)).toEqual({ body: 'New words' });
  });

  it('after a sign-out in one tab, another tab of the same browser does not write the text back', () => {
    const { store, storage } = setup();
    const otherTab = new UnsentStore(storage);
    store.write(ALICE, 'reply:1', { body: 'words' });
    store.forgetUser(ALICE);
    otherTab.write(ALICE, 'reply:1', { body: 'words' });
    expect(store.read(ALICE, 'reply:1', body)).toBeNull();
    otherTab.openUser(ALICE);
    store.openUser(ALICE);
    otherTab.write(ALICE, 'reply:1', { body: 'signed in again' });
    expect(store.read(ALICE, 'reply:1', body)).toEqual({ body: 'signed in again' });
  });

  it('lets text expire after 30 days, and sweeps other users’ expired text on the next write', () => {
    const { store, storage, advance } = setup();
    store.write(BOB, 'reply:1', { body: 'left on a shared computer' });
    store.write(ALICE, 'reply:1', { body: 'old' });
    advance(UNSENT_MAX_AGE_MS - 1000);
    expect(store.read(ALICE, 'reply:1', body)).toEqual({ body: 'old' });
    advance(2000);
    expect(store.read(ALICE, 'reply:1', body)).toBeNull();
    expect(store.places(ALICE)).toEqual([]);

    store.write(ALICE, 'reply:2', { body: 'fresh' });
    expect(store.places(ALICE)).toEqual(['reply:2']);
    expect([...storage.items.keys()].some((key) => key.includes(BOB))).toBe(false);
  });

  it('is bounded: past the limit the oldest places go first', () => {
    const { store, advance } = setup();
    for (let i = 0; i < UNSENT_MAX_ENTRIES + 5; i += 1) {
      store.write(ALICE, `reply:${i}`, { body: `text ${i}` });
      advance(1000);
    }
    const places = store.places(ALICE);
    expect(places).toHaveLength(UNSENT_MAX_ENTRIES);
    expect(places[0]).toBe(`reply:${UNSENT_MAX_ENTRIES + 4}`);
    expect(store.read(ALICE, 'reply:4', body)).toBeNull();
    expect(store.read(ALICE, 'reply:5', body)).toEqual({ body: 'text 5' });
  });

  it('ignores what does not match: another shape at a place, another store version, unreadable JSON', () => {
    const { store, storage } = setup();
    store.write(ALICE, 'reply:1', { text: 'an older form’s shape' });
    expect(store.read(ALICE, 'reply:1', body)).toBeNull();

    const key = [...storage.items.keys()][0] ?? '';
    storage.items.set(
      key,
      JSON.stringify({ version: 0, entries: { 'reply:1': { savedAt: 0, value: { body: 'x' } } } }),
    );
    expect(store.read(ALICE, 'reply:1', body)).toBeNull();
    storage.items.set(key, '{not json');
    expect(store.read(ALICE, 'reply:1', body)).toBeNull();
    // And a write starts over rather than failing.
    store.write(ALICE, 'reply:1', { body: 'again' });
    expect(store.read(ALICE, 'reply:1', body)).toEqual({ body: 'again' });
  });

  it('removes a place once sent or discarded, and survives storage that refuses writes or is missing', () => {
    const { store, storage } = setup();
    store.write(ALICE, 'reply:1', { body: 'posted' });
    store.write(ALICE, 'reply:2', { body: 'still writing' });
    store.remove(ALICE, 'reply:1');
    expect(store.places(ALICE)).toEqual(['reply:2']);
    store.remove(ALICE, 'reply:2');
    expect(storage.items.size).toBe(0);

    storage.refuse = true;
    expect(() => store.write(ALICE, 'reply:3', { body: 'lost, not thrown' })).not.toThrow();
    const none = new UnsentStore(null);
    expect(() => none.write(ALICE, 'reply:1', { body: 'x' })).not.toThrow();
    expect(none.read(ALICE, 'reply:1', body)).toBeNull();
  });
});
