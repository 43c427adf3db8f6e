import { Types } from 'mongoose';
import { threadFollowers } from '@concordia/dal';
import { boundBySilence, readsThread, speaksFor, takesPart } from './recipients';

const round = (delegationIds: Types.ObjectId[], confidentiality: 'delegations' | 'observers' | 'public') => ({
  delegationIds,
  confidentiality,
});
const member = (
  role: 'secretariat' | 'chair' | 'head_of_delegation' | 'delegate' | 'observer',
  delegationId: Types.ObjectId | null = null,
) => ({
  userId: new Types.ObjectId(),
  role,
  delegationId,
});

describe('takesPart (who a round event reaches)', () => {
  const inRound = new Types.ObjectId();
  const outside = new Types.ObjectId();

  it('always includes the secretariat and the chairs', () => {
    expect(takesPart(member('secretariat'), round([], 'delegations'))).toBe(true);
    expect(takesPart(member('chair'), round([], 'delegations'))).toBe(true);
  });

  it('includes delegates and heads only when their delegation takes part', () => {
    expect(takesPart(member('delegate', inRound), round([inRound], 'public'))).toBe(true);
    expect(takesPart(member('head_of_delegation', inRound), round([inRound], 'public'))).toBe(true);
    expect(takesPart(member('delegate', outside), round([inRound], 'public'))).toBe(false);
    expect(takesPart(member('delegate', null), round([inRound], 'public'))).toBe(false);
  });

  it('includes observers unless the round is for delegations only', () => {
    expect(takesPart(member('observer', outside), round([inRound], 'observers'))).toBe(true);
    expect(takesPart(member('observer', outside), round([inRound], 'public'))).toBe(true);
    expect(takesPart(member('observer', outside), round([inRound], 'delegations'))).toBe(false);
  });
});

describe('boundBySilence (who a silence procedure reaches)', () => {
  const inRound = new Types.ObjectId();
  const outside = new Types.ObjectId();
  const chair = member('chair');
  const theRound = { delegationIds: [inRound], chairUserId: chair.userId };

  it("includes the secretariat and the round's own chair, not the other chairs", () => {
    expect(boundBySilence(member('secretariat'), theRound)).toBe(true);
    expect(boundBySilence(chair, theRound)).toBe(true);
    expect(boundBySilence(member('chair'), theRound)).toBe(false);
  });

  it('includes the members of participating delegations only, never observers', () => {
    expect(boundBySilence(member('head_of_delegation', inRound), theRound)).toBe(true);
    expect(boundBySilence(member('delegate', inRound), theRound)).toBe(true);
    expect(boundBySilence(member('delegate', outside), theRound)).toBe(false);
    expect(boundBySilence(member('delegate', null), theRound)).toBe(false);
    expect(boundBySilence(member('observer', inRound), theRound)).toBe(false);
  });
});

describe('speaksFor (who "your turn is next" reaches)', () => {
  const next = new Types.ObjectId();

  it("reaches the head and delegates of that delegation, whatever the id's case", () => {
    expect(speaksFor(member('head_of_delegation', next), next.toHexString())).toBe(true);
    expect(speaksFor(member('delegate', next), next.toHexString().toUpperCase())).toBe(true);
  });

  it('reaches no one else', () => {
    expect(speaksFor(member('delegate', new Types.ObjectId()), next.toHexString())).toBe(false);
    expect(speaksFor(member('secretariat'), next.toHexString())).toBe(false);
    expect(speaksFor(member('observer', next), next.toHexString())).toBe(false);
  });
});

describe('who a reply in a thread reaches', () => {
  const a = new Types.ObjectId();
  const b = new Types.ObjectId();
  const author = member('delegate', a);
  const inRound = round([a, b], 'observers');
  const thread = (visibility: 'round' | 'delegation' | 'secretariat') => ({
    authorId: author.userId,
    visibility,
    audienceDelegationId: a,
  });

  it('follows the author and the followers, minus whoever stopped', () => {
    const replier = new Types.ObjectId();
    const quitter = new Types.ObjectId();
    const ids = (list: Types.ObjectId[]) => list.map((id) => id.toHexString()).sort();
    expect(ids(threadFollowers({ authorId: author.userId }, null))).toEqual(ids([author.userId]));
    expect(
      ids(threadFollowers({ authorId: author.userId }, { followerIds: [replier, quitter], unfollowedIds: [quitter] })),
    ).toEqual(ids([author.userId, replier]));
    expect(
      ids(threadFollowers({ authorId: author.userId }, { followerIds: [replier], unfollowedIds: [author.userId] })),
    ).toEqual(ids([replier]));
  });

  it('keeps an internal thread to its delegation, and a secretariat thread to it and the secretariat', () => {
    const other = member('delegate', b);
    const secretariat = member('secretariat');
    const colleague = member('head_of_delegation', a);
    expect([author, colleague, other, secretariat].map((m) => readsThread(m, thread('round'), inRound))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect([author, colleague, other, secretariat].map((m) => readsThread(m, thread('delegation'), inRound))).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect([author, colleague, other, secretariat].map((m) => readsThread(m, thread('secretariat'), inRound))).toEqual([
      true,
      true,
      false,
      true,
    ]);
  });

  it('reaches nobody whose delegation no longer takes part in the round', () => {
    expect(readsThread(author, thread('round'), round([b], 'observers'))).toBe(false);
  });
});
