import type { DraftVersionRecord, Models } from '@concordia/dal';
import { Types } from 'mongoose';
import { PublishedParagraphsCache } from '../drafts/published-paragraphs.service';
import { ParagraphStatuses } from './paragraph-statuses.service';

type StoredVersion = Pick<DraftVersionRecord, '_id' | 'draftId' | 'status' | 'sections'>;

/** The version store as the services query it, counting each load of a whole version. */
function fakeModels(versions: StoredVersion[]): { models: Models; loads: () => number } {
  let loads = 0;
  const findById = (id: Types.ObjectId) => {
    loads += 1;
    const found = versions.find((v) => v._id.equals(id)) ?? null;
    const query = { select: () => query, lean: () => query, exec: () => Promise.resolve(found) };
    return query;
  };
  return { models: { draftVersions: { findById } } as unknown as Models, loads: () => loads };
}

const paragraph = (key: string, number: string) => ({ key, number, text: `Paragraph ${number}` });

function publishedVersion(): StoredVersion {
  return {
    _id: new Types.ObjectId(),
    draftId: new Types.ObjectId(),
    status: 'published',
    sections: [
      { paragraphs: [paragraph('p-a', '1.'), paragraph('p-b', '2.')] },
      { paragraphs: [paragraph('p-c', '3.')] },
    ],
  } as unknown as StoredVersion;
}

describe('ParagraphStatuses.keysOf', () => {
  it("lists the round's paragraphs in reading order, and not a key the version lacks", async () => {
    const version = publishedVersion();
    const { models } = fakeModels([version]);
    const statuses = new ParagraphStatuses(new PublishedParagraphsCache(models), models);

    const keys = await statuses.keysOf({ versionId: version._id });

    expect(keys).toEqual(['p-a', 'p-b', 'p-c']);
    expect(keys).not.toContain('no-such-key');
    expect(await statuses.keysOf({ versionId: new Types.ObjectId() })).toEqual([]);
  });

  it('loads a published version once for every check of the same round, and for the numbers read after', async () => {
    const version = publishedVersion();
    const { models, loads } = fakeModels([version]);
    const cache = new PublishedParagraphsCache(models);
    const statuses = new ParagraphStatuses(cache, models);

    // A status change, a speaker request and a silence procedure in the same round.
    for (let i = 0; i < 3; i += 1) await statuses.keysOf({ versionId: version._id });
    expect(await cache.numberOf(version._id, 'p-c')).toBe('3.');

    expect(loads()).toBe(1);
  });
});
