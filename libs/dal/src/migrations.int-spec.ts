import { randomBytes } from 'node:crypto';
import mongoose, { type Connection, Types } from 'mongoose';
import { Collections } from './collections';
import { createModels, ensureIndexes } from './models';
import { CARRY_MARK_LEASE_MS } from './schemas/thread-carry-mark.schema';

describe('ensureIndexes on data written before versions had a sequence', () => {
  let connection: Connection;

  // Each case starts from a database of its own: what one start-up records, the next one reads.
  beforeEach(async () => {
    connection = await mongoose
      .createConnection(process.env.MONGODB_URI ?? '', { dbName: `concordia_it_dal_${randomBytes(4).toString('hex')}` })
      .asPromise();
  });
  afterEach(async () => {
    jest.restoreAllMocks();
    await connection.dropDatabase();
    await connection.close();
  });

  /** An anchor as a carry stores it: annotation `annotationId` carried into `versionId`. */
  const anchor = (annotationId: Types.ObjectId, versionId: Types.ObjectId) => ({
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
  const copies = async () =>
    new Map(
      (await connection.collection(Collections.threadCarries).find({}).toArray()).map((c) => [
        c._id.toHexString(),
        c['anchors'] as Record<string, unknown>,
      ]),
    );

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
    const [rev1, rev2] = [anchor(annotationId, new Types.ObjectId()), anchor(annotationId, new Types.ObjectId())];
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

  it('reads the anchors at the first start-up only: later ones no longer look for copies to fill', async () => {
    const anchors = connection.collection(Collections.annotationAnchors);
    const [before, after] = [
      anchor(new Types.ObjectId(), new Types.ObjectId()),
      anchor(new Types.ObjectId(), new Types.ObjectId()),
    ];
    await anchors.insertOne(before);
    const models = createModels(connection);

    await ensureIndexes(models);
    expect((await copies()).get(before.annotationId.toHexString())).toEqual({
      [before.versionId.toHexString()]: before,
    });

    // Stored without its copy and without a carry's mark: no carry leaves that, and a start-up
    // that still found it would have read every anchor.
    await anchors.insertOne(after);
    await ensureIndexes(models);
    expect((await copies()).has(after.annotationId.toHexString())).toBe(false);
  });

  it('copies at start-up the anchors of a carry whose copies were lost, found by its mark', async () => {
    const models = createModels(connection);
    await ensureIndexes(models);
    const anchors = connection.collection(Collections.annotationAnchors);
    const marks = connection.collection(Collections.threadCarryMarks);
    // Two carries that stored their anchors and not their copies: one just now (its carrier may
    // still be writing, in another process), one long ago.
    const [recent, old] = [new Types.ObjectId(), new Types.ObjectId()];
    const recentAnchors = [anchor(new Types.ObjectId(), recent), anchor(new Types.ObjectId(), recent)];
    const oldAnchor = anchor(new Types.ObjectId(), old);
    const oldMarkId = Types.ObjectId.createFromTime(Math.floor((Date.now() - CARRY_MARK_LEASE_MS) / 1000) - 60);
    await marks.insertMany([
      { _id: new Types.ObjectId(), versionId: recent, anchorIds: recentAnchors.map((a) => a._id) },
      // Its carrier lost the second anchor to another carrier (which copies its own): never stored.
      { _id: oldMarkId, versionId: old, anchorIds: [oldAnchor._id, new Types.ObjectId()] },
    ]);
    await anchors.insertMany([...recentAnchors, oldAnchor]);

    await ensureIndexes(models);
    const copied = await copies();
    for (const a of [...recentAnchors, oldAnchor]) {
      expect(copied.get(a.annotationId.toHexString())).toEqual({ [a.versionId.toHexString()]: a });
    }
    // The recent mark stays (a failure of a carry still running must stay repairable); the old one is done.
    expect((await marks.find({}).toArray()).map((m) => m['versionId'] as Types.ObjectId)).toEqual([recent]);
  });

  it('does not record the back-fill as done when it fails midway, so the next start-up does it again', async () => {
    const anchors = [1, 2, 3].map(() => anchor(new Types.ObjectId(), new Types.ObjectId()));
    await connection.collection(Collections.annotationAnchors).insertMany(anchors);
    const models = createModels(connection);
    const write = models.threadCarries.updateOne.bind(models.threadCarries);
    let writes = 0;
    // The database goes away after the first copy.
    jest.spyOn(models.threadCarries, 'updateOne').mockImplementation((...args: Parameters<typeof write>) => {
      writes += 1;
      if (writes > 1) throw new Error('connection lost');
      return write(...args);
    });

    await expect(ensureIndexes(models)).rejects.toThrow('connection lost');
    expect(await connection.collection(Collections.migrationMarks).countDocuments({})).toBe(0);

    jest.restoreAllMocks();
    await ensureIndexes(models);
    const copied = await copies();
    for (const a of anchors)
      expect(copied.get(a.annotationId.toHexString())).toEqual({ [a.versionId.toHexString()]: a });
    expect(await connection.collection(Collections.migrationMarks).countDocuments({})).toBe(1);
  });
});
