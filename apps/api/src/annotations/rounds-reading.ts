import type { Models } from '@concordia/dal';
import type { Types } from 'mongoose';

/** A round, by its id and the version its readers read. */
export interface RoundOnVersion {
  _id: Types.ObjectId;
  versionId: Types.ObjectId;
}

/** A round reading one of the given versions, with what it reads there (an anchor, a version). */
export interface ReadIn<T> {
  roundId: string;
  read: T;
}

/**
 * Pairs each round with what it reads among `items` (matched by version), leaving out `except`
 * (the round the change was made in, whose readers are told already). A round reading none of
 * the versions gets nothing.
 */
export const pairWithRounds = <T extends { versionId: Types.ObjectId }>(
  rounds: readonly RoundOnVersion[],
  items: readonly T[],
  except?: Types.ObjectId,
): ReadIn<T>[] =>
  rounds.flatMap((round) => {
    const read = items.find((item) => item.versionId.equals(round.versionId));
    if (!read || except?.equals(round._id)) return [];
    return [{ roundId: round._id.toHexString(), read }];
  });

/**
 * The rounds of a process that read one of the versions of `items`, each with its item: who
 * is to be told live of a thread sitting in those versions (carried there, or changed since).
 */
export const roundsReading = async <T extends { versionId: Types.ObjectId }>(
  models: Pick<Models, 'rounds'>,
  processId: Types.ObjectId,
  items: readonly T[],
  except?: Types.ObjectId,
): Promise<ReadIn<T>[]> => {
  if (items.length === 0) return [];
  const rounds = await models.rounds
    .find({ processId, versionId: { $in: items.map((item) => item.versionId) } })
    .select({ _id: 1, versionId: 1 })
    .lean<RoundOnVersion[]>()
    .exec();
  return pairWithRounds(rounds, items, except);
};
