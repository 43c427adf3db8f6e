import { randomBytes } from 'node:crypto';
import mongoose, { type Connection, Types } from 'mongoose';
import { Collections } from './collections';
import { createModels, ensureIndexes } from './models';

describe('ensureIndexes on data written before versions had a sequence', () => {
  let connection: Connection;

  beforeAll(async () => {
    connection = await mongoose
      .createConnection(process.env.MONGODB_URI ?? '', { dbName: `concordia_it_dal_${randomBytes(4).toString('hex')}` })
      .asPromise();
  });
  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  it('moves the version number to sequence, resets the edit counter and drops the old unique index', async () => {
    const versions = connection.collection(Collections.draftVersions);
    await versions.createIndex({ draftId: 1, revision: 1 }, { unique: true });
    const draftId = new Types.ObjectId();
    const legacy = (revision: number) => ({
      draftId,
      processId: new Types.ObjectId(),
      label: `v${revision}`,
      status: 'published',
      revision,
      publishedAt: new Date(),
      sections: [],
    });
    await versions.insertMany([legacy(0), legacy(1)]);

    const models = createModels(connection);
    await ensureIndexes(models);
    await ensureIndexes(models);

    const docs = await versions
      .find({}, { projection: { label: 1, sequence: 1, revision: 1 } })
      .sort({ label: 1 })
      .toArray();
    expect(docs.map((d): unknown[] => [d['label'], d['sequence'], d['revision']])).toEqual([
      ['v0', 0, 0],
      ['v1', 1, 0],
    ]);
    const names = (await versions.indexes()).map((index) => index.name);
    expect(names).not.toContain('draftId_1_revision_1');
    expect(names).toContain('draftId_1_sequence_1');
    // The new unique index holds: a second version 1 of the draft is refused.
    await expect(versions.insertOne({ ...legacy(7), sequence: 1 })).rejects.toMatchObject({ code: 11000 });
  });

  it('indexes by thread the anchors of threads carried before the index existed, once', async () => {
    const anchors = connection.collection(Collections.annotationAnchors);
    const annotationId = new Types.ObjectId();
    const anchor = (versionId: Types.ObjectId) => ({
      _id: new Types.ObjectId(),
      annotationId,
      processId: new Types.ObjectId(),
      draftId: new Types.ObjectId(),
      versionId,
      fromVersionId: new Types.ObjectId(),
      status: 'anchored',
      method: 'exact',
      paragraphKey: 'p1',
      selectors: null,
      createdAt: new Date(),
    });
    const [rev1, rev2] = [anchor(new Types.ObjectId()), anchor(new Types.ObjectId())];
    await anchors.insertMany([rev1, rev2]);

    const models = createModels(connection);
    await ensureIndexes(models);
    await ensureIndexes(models);

    const carries = await connection.collection(Collections.threadCarries).find({}).toArray();
    expect(carries).toEqual([
      {
        _id: annotationId,
        anchors: { [rev1.versionId.toHexString()]: rev1, [rev2.versionId.toHexString()]: rev2 },
      },
    ]);
  });
});
