import { Injectable } from '@nestjs/common';
import { LockResources, type Models, threadFollowers, type ThreadFollowRecord } from '@concordia/dal';
import { Types } from 'mongoose';
import { InjectModels } from '../infra/database.module';
import { WriteLock } from '../infra/write-lock.service';

type Root = { _id: Types.ObjectId; authorId: Types.ObjectId };

/** Who follows a thread (see ThreadFollowRecord): read by the thread's id, rewritten under its lock. */
@Injectable()
export class ThreadFollows {
  constructor(
    @InjectModels() private readonly models: Models,
    private readonly lock: WriteLock,
  ) {}

  async following(root: Root, userId: string): Promise<boolean> {
    return threadFollowers(root, await this.load(root._id)).some((id) => id.equals(userId));
  }

  /** Idempotent: replying, and the "follow" button. */
  follow(root: Root, userId: string): Promise<boolean> {
    return this.set(root, userId, true);
  }

  unfollow(root: Root, userId: string): Promise<boolean> {
    return this.set(root, userId, false);
  }

  private async set(root: Root, userId: string, follow: boolean): Promise<boolean> {
    const user = new Types.ObjectId(userId);
    return this.lock.run(LockResources.threadFollows(root._id), async () => {
      const current = await this.load(root._id);
      const others = (ids: Types.ObjectId[] | undefined) => (ids ?? []).filter((id) => !id.equals(user));
      const next = {
        followerIds: follow ? [...others(current?.followerIds), user] : others(current?.followerIds),
        unfollowedIds: follow ? others(current?.unfollowedIds) : [...others(current?.unfollowedIds), user],
      };
      if (current) {
        await this.models.threadFollows.collection.replaceOne({ _id: root._id }, next);
      } else {
        // A plain insert: an upsert would drop the empty arrays on FerretDB v1.
        await this.models.threadFollows.collection.insertOne({ _id: root._id, ...next });
      }
      return follow;
    });
  }

  private load(threadId: Types.ObjectId): Promise<ThreadFollowRecord | null> {
    return this.models.threadFollows.findById(threadId).lean<ThreadFollowRecord>().exec();
  }
}
