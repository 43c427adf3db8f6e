import type { StreamEvent } from '@concordia/contracts';
import { EventSequencer, StreamCursor } from './stream-cursor';

const memoryStorage = () => {
  const values = new Map<string, string>();
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    removeItem: (key: string) => void values.delete(key),
  };
};

describe('StreamCursor', () => {
  it('applies the next event, ignores seen ones and reports gaps', () => {
    const cursor = new StreamCursor('r1', null);
    cursor.adopt({ 'round:r1': 4 });
    expect(cursor.verdict({ stream: 'round:r1', seq: 4 })).toBe('duplicate');
    expect(cursor.verdict({ stream: 'round:r1', seq: 3 })).toBe('duplicate');
    expect(cursor.verdict({ stream: 'round:r1', seq: 5 })).toBe('apply');
    expect(cursor.verdict({ stream: 'round:r1', seq: 7 })).toBe('gap');
    cursor.advance('round:r1', 5);
    expect(cursor.verdict({ stream: 'round:r1', seq: 5 })).toBe('duplicate');
  });

  it('adopts only streams it has never read, and knows when it has caught up', () => {
    const cursor = new StreamCursor('r1', null);
    cursor.advance('round:r1', 2);
    cursor.adopt({ 'round:r1': 9, 'round:r1:delegation:d': 3 });
    expect(cursor.snapshot()).toEqual({ 'round:r1': 2, 'round:r1:delegation:d': 3 });
    expect(cursor.reached({ 'round:r1': 9 })).toBe(false);
    cursor.advance('round:r1', 9);
    expect(cursor.reached({ 'round:r1': 9, 'round:r1:delegation:d': 3 })).toBe(true);
  });

  it('survives a reload through storage, per round', () => {
    const storage = memoryStorage();
    new StreamCursor('r1', storage).advance('round:r1', 12);
    expect(new StreamCursor('r1', storage).snapshot()).toEqual({ 'round:r1': 12 });
    expect(new StreamCursor('r2', storage).snapshot()).toEqual({});
  });

  it('ignores corrupt storage and forgets a reset stream', () => {
    const storage = memoryStorage();
    storage.setItem('concordia:round-seq:r1', '{"round:r1":-1,"x":"y"');
    const cursor = new StreamCursor('r1', storage);
    expect(cursor.snapshot()).toEqual({});
    cursor.advance('round:r1', 3);
    cursor.forget('round:r1');
    expect(cursor.has('round:r1')).toBe(false);
  });
});

const event = (seq: number, stream = 'round:r1'): StreamEvent => ({
  stream,
  seq,
  at: '2026-01-01T00:00:00.000Z',
  event: { type: 'round.status', status: 'open' },
});

describe('EventSequencer', () => {
  it('holds an event that overtook the replay and releases it once the gap fills', () => {
    const cursor = new StreamCursor('r1', null);
    cursor.adopt({ 'round:r1': 2 });
    const sequencer = new EventSequencer(cursor);
    expect(sequencer.accept(event(5))).toEqual([]);
    expect(sequencer.accept(event(4))).toEqual([]);
    expect(sequencer.waiting).toBe(true);
    expect(sequencer.accept(event(3)).map((e) => e.seq)).toEqual([3, 4, 5]);
    expect(sequencer.waiting).toBe(false);
    expect(sequencer.accept(event(4))).toEqual([]);
    expect(cursor.snapshot()).toEqual({ 'round:r1': 5 });
  });

  it('keeps streams apart and releases held events after a reset', () => {
    const cursor = new StreamCursor('r1', null);
    cursor.adopt({ 'round:r1': 0, 'round:r1:secretariat': 7 });
    const sequencer = new EventSequencer(cursor);
    expect(sequencer.accept(event(8, 'round:r1:secretariat'))).toHaveLength(1);
    expect(sequencer.accept(event(3))).toEqual([]);
    expect(sequencer.accept(event(4))).toEqual([]);
    cursor.reset('round:r1', 3);
    expect(sequencer.release('round:r1').map((e) => e.seq)).toEqual([4]);
    expect(sequencer.waiting).toBe(false);
  });
});
