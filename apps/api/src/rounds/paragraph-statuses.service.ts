import { Injectable } from '@nestjs/common';
import type { ParagraphStatusEntry } from '@concordia/contracts';
import type { Models, ParagraphStatusRecord, RoundRecord } from '@concordia/dal';
import { PublishedParagraphsCache } from '../drafts/published-paragraphs.service';
import { InjectModels } from '../infra/database.module';

/** The paragraph statuses of a round: every paragraph of its version, `open` unless set. */
@Injectable()
export class ParagraphStatuses {
  constructor(
    private readonly paragraphs: PublishedParagraphsCache,
    @InjectModels() private readonly models: Models,
  ) {}

  /**
   * The paragraph keys of the round's version, in reading order. A round always discusses a
   * published version, which never changes: the cache spares a load of the whole version on
   * each status change, speaker request and silence procedure.
   */
  async keysOf(round: Pick<RoundRecord, 'versionId'>): Promise<string[]> {
    const version = await this.paragraphs.get(round.versionId);
    return version ? [...version.byKey.keys()] : [];
  }

  /** The number readers know the paragraph by ("7."), else its key. */
  async numberOf(round: Pick<RoundRecord, 'versionId'>, key: string): Promise<string> {
    return (await this.paragraphs.numberOf(round.versionId, key)) ?? key;
  }

  async list(round: Pick<RoundRecord, '_id' | 'versionId'>): Promise<ParagraphStatusEntry[]> {
    const [keys, stored] = await Promise.all([
      this.keysOf(round),
      this.models.paragraphStatuses.find({ roundId: round._id }).lean<ParagraphStatusRecord[]>().exec(),
    ]);
    const byKey = new Map(stored.map((s) => [s.key, s]));
    return keys.map((key) => {
      const entry = byKey.get(key);
      return {
        key,
        status: entry?.status ?? 'open',
        updatedAt: entry?.updatedAt.toISOString() ?? null,
        updatedBy: entry?.updatedBy.toHexString() ?? null,
      };
    });
  }
}
