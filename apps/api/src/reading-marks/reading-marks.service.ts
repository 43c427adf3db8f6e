import { Injectable } from '@nestjs/common';
import { LockResources, type Models, readingMarkId, type ReadingMarkRecord } from '@concordia/dal';
import { Types } from 'mongoose';
import { InjectModels } from '../infra/database.module';
import { WriteLock } from '../infra/write-lock.service';

export interface VisitMarks {
  previousMark: Date | null;
  mark: Date;
}

/**
 * Users' reading marks (see ReadingMarkRecord): read and replaced by `_id` under the mark's lock,
 * since FerretDB v1 may lose one of two conditional writes racing on a document.
 */
@Injectable()
export class ReadingMarks {
  constructor(
    @InjectModels() private readonly models: Models,
    private readonly lock: WriteLock,
  ) {}

  /**
   * A visit begins (or goes on): its mark moves to now, on the server's clock. A new visit's
   * previous mark is the last visit's; the same visit keeps the previous mark it was given.
   */
  visit(userId: string, roundId: Types.ObjectId, visitId: string): Promise<VisitMarks> {
    const _id = readingMarkId(userId, roundId);
    return this.lock.run(LockResources.readingMark(_id), async () => {
      const current = await this.models.readingMarks.findById(_id).lean<ReadingMarkRecord>().exec();
      const previousMark = current?.visitId === visitId ? (current.previousMark ?? null) : (current?.mark ?? null);
      // Never backwards, should this server's clock be behind the one that wrote the last mark.
      const now = new Date();
      const mark = current && current.mark > now ? current.mark : now;
      const next: ReadingMarkRecord = {
        _id,
        userId: new Types.ObjectId(userId),
        roundId,
        visitId,
        previousMark,
        mark,
      };
      await this.models.readingMarks.replaceOne({ _id }, next, { upsert: true }).exec();
      return { previousMark, mark };
    });
  }
}
