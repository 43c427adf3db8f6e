import { type Threaded, threadsByParagraph } from './annotation-rules';
import { regroupThreads, type ThreadGrouping } from './thread-grouping';

const V = 'v1';
let seq = 0;
const note = (paragraphKey: string, patch: Partial<Threaded> = {}): Threaded => {
  seq += 1;
  return {
    id: `a${String(seq).padStart(4, '0')}`,
    parentId: null,
    createdAt: `2026-01-01T00:${String(Math.floor(seq / 60)).padStart(2, '0')}:${String(seq % 60).padStart(2, '0')}.000Z`,
    anchor: { status: 'anchored', method: 'original', versionId: V, paragraphKey, selectors: null },
    ...patch,
  };
};
const reply = (parent: Threaded, patch: Partial<Threaded> = {}): Threaded =>
  note(parent.anchor.paragraphKey, { parentId: parent.id, ...patch });
const listOf = (...items: Threaded[]) => new Map(items.map((a) => [a.id, a] as const));
const plus = (list: ReadonlyMap<string, Threaded>, ...items: Threaded[]) =>
  new Map([...list, ...items.map((a) => [a.id, a] as const)]);
const without = (list: ReadonlyMap<string, Threaded>, id: string) => new Map([...list].filter(([key]) => key !== id));
const asFull = (grouping: ThreadGrouping<Threaded>) => ({
  byParagraph: new Map(grouping.byParagraph),
  orphaned: grouping.orphaned,
});

describe('regroupThreads', () => {
  const p1 = note('p1');
  const p2 = note('p2');
  const p3 = note('p3');
  const start = listOf(p1, reply(p1), p2, reply(p2), reply(p2), p3);

  it('keeps the threads of paragraphs a live event did not touch as the very same arrays', () => {
    const first = regroupThreads(null, start, V);
    const answer = reply(p2);
    const next = regroupThreads(first, plus(start, answer), V);

    expect(next.byParagraph.get('p1')).toBe(first.byParagraph.get('p1'));
    expect(next.byParagraph.get('p3')).toBe(first.byParagraph.get('p3'));
    expect(next.orphaned).toBe(first.orphaned);
    // The touched paragraph has a new array, its reply in its thread.
    expect(next.byParagraph.get('p2')).not.toBe(first.byParagraph.get('p2'));
    expect(next.byParagraph.get('p2')?.[0]?.replies.at(-1)).toBe(answer);
  });

  it('keeps a paragraph’s untouched threads as the same objects when another of its threads changes', () => {
    const other = note('p1');
    const list = plus(start, other);
    const first = regroupThreads(null, list, V);
    const edited = { ...other };
    const next = regroupThreads(first, plus(list, edited), V);
    expect(next.byParagraph.get('p1')?.[0]).toBe(first.byParagraph.get('p1')?.[0]);
    expect(next.byParagraph.get('p1')?.[1]?.root).toBe(edited);
  });

  it('gives back the same grouping when nothing in the list changed', () => {
    const first = regroupThreads(null, start, V);
    const next = regroupThreads(first, new Map(start), V);
    expect(next.byParagraph).toBe(first.byParagraph);
    expect(next.orphaned).toBe(first.orphaned);
  });

  it('lists every change as threadsByParagraph does', () => {
    const late = note('p1');
    const early = reply(late);
    const moved = { ...p3, anchor: { ...p3.anchor, paragraphKey: 'p1' } };
    const orphanedNow = {
      ...p1,
      anchor: { status: 'orphaned' as const, method: null, versionId: V, paragraphKey: 'p1', selectors: null },
    };
    const elsewhere = note('p4', {
      anchor: { status: 'anchored', method: 'exact', versionId: 'v0', paragraphKey: 'p4', selectors: null },
    });
    const lateReply = reply(p2);
    const steps: Array<(list: ReadonlyMap<string, Threaded>) => ReadonlyMap<string, Threaded>> = [
      // A reply that arrives before its thread's first annotation, then the thread.
      (list) => plus(list, early),
      (list) => plus(list, late),
      (list) => plus(list, moved),
      (list) => plus(list, orphanedNow),
      (list) => plus(list, elsewhere),
      (list) => plus(list, lateReply, note('p5'), note('p2')),
      (list) => without(list, lateReply.id),
      (list) => without(list, p2.id),
      (list) => plus(list, { ...elsewhere, anchor: { ...elsewhere.anchor, versionId: V } }),
    ];
    let list: ReadonlyMap<string, Threaded> = start;
    let grouping = regroupThreads(null, list, V);
    for (const step of steps) {
      list = step(list);
      grouping = regroupThreads(grouping, list, V);
      expect(asFull(grouping)).toEqual(threadsByParagraph(list.values(), V));
    }
  });

  it('lists as threadsByParagraph does through a long run of random events', () => {
    let state = 7;
    const random = (n: number) => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state % n;
    };
    const pick = (list: ReadonlyMap<string, Threaded>) => [...list.values()][random(list.size)];
    let list: ReadonlyMap<string, Threaded> = start;
    let grouping = regroupThreads(null, list, V);
    for (let step = 0; step < 300; step += 1) {
      const some = pick(list);
      const roll = random(6);
      if (roll === 0 || !some) list = plus(list, note(`p${random(5)}`));
      else if (roll === 1) list = plus(list, reply(some.parentId === null ? some : note('p1')));
      else if (roll === 2) list = without(list, some.id);
      else if (roll === 3) list = plus(list, { ...some, anchor: { ...some.anchor, paragraphKey: `p${random(5)}` } });
      else if (roll === 4) list = plus(list, { ...some, anchor: { ...some.anchor, status: 'orphaned' } });
      else list = plus(list, reply(some), reply(some), note('p2'));
      grouping = regroupThreads(grouping, list, V);
      expect(asFull(grouping)).toEqual(threadsByParagraph(list.values(), V));
    }
  });

  it('groups afresh for another version', () => {
    const first = regroupThreads(null, start, V);
    const other = regroupThreads(first, start, 'v2');
    expect(other.byParagraph.size).toBe(0);
  });
});
