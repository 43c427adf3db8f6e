import { Types } from 'mongoose';
import { pairWithRounds } from './rounds-reading';

const id = () => new Types.ObjectId();

describe('the rounds that read a thread where it was carried', () => {
  const v2 = id();
  const v3 = id();
  const round1 = { _id: id(), versionId: id() };
  const round2 = { _id: id(), versionId: v2 };
  const round2bis = { _id: id(), versionId: v2 };
  const round3 = { _id: id(), versionId: v3 };
  const anchors = [
    { versionId: v2, paragraphKey: 'p2' },
    { versionId: v3, paragraphKey: 'p7' },
  ];

  it('gives each round reading a version the thread sits in where it sits there', () => {
    const pairs = pairWithRounds([round1, round2, round2bis, round3], anchors);
    expect(pairs.map((p) => [p.roundId, p.read.paragraphKey])).toEqual([
      [round2._id.toHexString(), 'p2'],
      [round2bis._id.toHexString(), 'p2'],
      [round3._id.toHexString(), 'p7'],
    ]);
  });

  it('leaves out the round the change was made in, whose readers are told already', () => {
    const pairs = pairWithRounds([round2, round3], anchors, round3._id);
    expect(pairs.map((p) => p.roundId)).toEqual([round2._id.toHexString()]);
  });

  it('tells no round of a thread carried nowhere', () => {
    expect(pairWithRounds([round1, round2], [])).toEqual([]);
  });
});
