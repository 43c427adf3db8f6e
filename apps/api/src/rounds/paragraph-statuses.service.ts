import { Injectable } from '@nestjs/common';
import type { ParagraphStatusEntry } from '@concordia/contracts';
import type { DraftVersionRecord, Models, ParagraphStatusRecord, RoundRecord } from '@concordia/dal';
import { InjectModels } from '../infra/database.module';

/** The paragraph statuses of a round: every paragraph of its version, `open` unless set. */
@Injectable()
export class ParagraphStatuses {
  constructor(@InjectModels() private readonly models: Models) {}

  async keysOf(round: Pick<RoundRecord, 'versionId'>): Promise<string[]> {
    const version = await this.models.draftVersions
      .findById(round.versionId)
      .select({ sections: 1 })
      .lean<Pick<DraftVersionRecord, 'sections'>>()
      .exec();
    return (version?.sections ?? []).flatMap((s) => s.paragraphs.map((p) => p.key));
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
