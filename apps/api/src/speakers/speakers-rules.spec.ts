import { ErrorCode } from '@concordia/contracts';
import type { SpeakerEntryRecord } from '@concordia/dal';
import { Types } from 'mongoose';
import {
  emptySpeakers,
  endFloor,
  endedTurn,
  giveFloor,
  newlyNext,
  reorder,
  requestFloor,
  type SpeakersState,
  withdraw,
} from './speakers-rules';

const A = new Types.ObjectId();
const B = new Types.ObjectId();
const C = new Types.ObjectId();
const chair = { userId: new Types.ObjectId(), name: 'The chair' };
const other = { userId: new Types.ObjectId(), name: 'Another chair' };
const at = (s: number) => new Date(Date.UTC(2025, 4, 6, 10, 0, s));
const entry = (id: string, delegationId: Types.ObjectId): SpeakerEntryRecord => ({
  id,
  delegationId,
  delegationName: id,
  paragraphKey: 'p1',
  requestedBy: new Types.ObjectId(),
  requestedByName: 'someone',
  requestedAt: at(0),
});
const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
};
const ids = (s: SpeakersState) => s.queue.map((e) => e.id);

describe("speakers' list rules", () => {
  const three = () =>
    [entry('a', A), entry('b', B), entry('c', C)].reduce((s, e) => requestFloor(s, e), emptySpeakers());

  it('queues each delegation once, waiting or speaking', () => {
    const s = three();
    expect(ids(s)).toEqual(['a', 'b', 'c']);
    expect(codeOf(() => requestFloor(s, entry('a2', A)))).toBe(ErrorCode.SpeakerAlreadyQueued);
    const speaking = giveFloor(s, 'a', at(1), chair);
    expect(codeOf(() => requestFloor(speaking, entry('a3', A)))).toBe(ErrorCode.SpeakerAlreadyQueued);
  });

  it('withdraws a waiting request only', () => {
    expect(ids(withdraw(three(), 'b'))).toEqual(['a', 'c']);
    expect(codeOf(() => withdraw(three(), 'zz'))).toBe(ErrorCode.SpeakerNotFound);
  });

  it('reorders with a full permutation only', () => {
    expect(ids(reorder(three(), ['c', 'a', 'b']))).toEqual(['c', 'a', 'b']);
    for (const bad of [
      ['c', 'a'],
      ['c', 'a', 'a'],
      ['c', 'a', 'b', 'x'],
      ['c', 'a', 'x'],
    ]) {
      expect(codeOf(() => reorder(three(), bad))).toBe(ErrorCode.SpeakersOrderInvalid);
    }
  });

  it('gives the floor, ends the previous turn on the next one, and keeps the elapsed time', () => {
    let s = giveFloor(three(), 'b', at(1), chair);
    expect(s.floor).toMatchObject({ id: 'b', givenAt: at(1) });
    expect(ids(s)).toEqual(['a', 'c']);
    s = giveFloor(s, 'a', at(31), chair);
    expect(s.lastTurn).toMatchObject({ id: 'b', givenAt: at(1), endedAt: at(31) });
    s = endFloor(s, at(45), chair);
    expect(s.floor).toBeNull();
    expect(s.lastTurn).toMatchObject({ id: 'a', endedAt: at(45) });
    expect(codeOf(() => endFloor(s, at(50), chair))).toBe(ErrorCode.SpeakerNotFound);
    expect(codeOf(() => giveFloor(s, 'a', at(50), chair))).toBe(ErrorCode.SpeakerNotFound);
  });

  it('names the turn a change finished, and who gave and ended it', () => {
    const speaking = giveFloor(three(), 'b', at(1), chair);
    expect(endedTurn(three(), speaking)).toBeNull();
    const next = giveFloor(speaking, 'a', at(31), other);
    expect(endedTurn(speaking, next)).toMatchObject({ id: 'b', givenBy: chair, endedBy: other, endedAt: at(31) });
    expect(endedTurn(next, endFloor(next, at(40), chair))).toMatchObject({ id: 'a', endedBy: chair });
    expect(endedTurn(next, reorder(next, ['c']))).toBeNull();
  });
});

describe('newlyNext (who is told their turn is next)', () => {
  const three = () =>
    [entry('a', A), entry('b', B), entry('c', C)].reduce((s, e) => requestFloor(s, e), emptySpeakers());

  it('names the entry a floor given or a new order put first', () => {
    const before = three();
    expect(newlyNext(before, giveFloor(before, 'a', at(1), chair))?.id).toBe('b');
    expect(newlyNext(before, reorder(before, ['c', 'a', 'b']))?.id).toBe('c');
    expect(newlyNext(emptySpeakers(), requestFloor(emptySpeakers(), entry('a', A)))?.id).toBe('a');
  });

  it('names nobody when the head of the queue stays the same or the queue empties', () => {
    const before = three();
    expect(newlyNext(before, reorder(before, ['a', 'c', 'b']))).toBeNull();
    expect(newlyNext(before, giveFloor(before, 'c', at(1), chair))).toBeNull();
    const one = requestFloor(emptySpeakers(), entry('a', A));
    expect(newlyNext(one, giveFloor(one, 'a', at(1), chair))).toBeNull();
  });
});
