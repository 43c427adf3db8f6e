import 'reflect-metadata';
import { ErrorCode, type ImportFormat, QueueName } from '@concordia/contracts';
import { createModels, type ImportRecord, type Models } from '@concordia/dal';
import type { INestApplicationContext } from '@nestjs/common';
import { type Job, Queue } from 'bullmq';
import { type Connection, Types } from 'mongoose';
import { MONGO_CONNECTION } from '../infrastructure/mongo.provider';
import { docx, zip } from '../test/docx';
import {
  dropDatabase,
  eventually,
  memoryLogger,
  removeRedisKeys,
  requireEnv,
  testConfig,
  uniqueName,
} from '../test/int-env';
import { createWorkerApp, startWorkerApp } from '../worker-app';

async function settled(queue: Queue, job: Job): Promise<Job> {
  return eventually(
    `job ${job.id} to settle`,
    async () => {
      const state = await job.getState();
      return state === 'completed' || state === 'failed' ? queue.getJob(job.id!) : undefined;
    },
    20_000,
  );
}

describe('parse-import on the real Redis and FerretDB', () => {
  const prefix = uniqueName('imports');
  const dbName = uniqueName('imports');
  let app: INestApplicationContext;
  let producer: Queue;
  let models: Models;
  const processId = new Types.ObjectId();
  const draftId = new Types.ObjectId();

  /** Stores an upload as the API does, and enqueues its job (jobId = importId). */
  async function imported(format: ImportFormat, bytes: Buffer | string, fields: Partial<ImportRecord> = {}) {
    const id = new Types.ObjectId();
    const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
    await models.importFiles.create({ _id: id, data, createdAt: new Date() });
    await models.imports.create({
      _id: id,
      processId,
      draftId,
      fileName: `upload.${format}`,
      format,
      sizeBytes: data.length,
      status: 'queued',
      progress: 0,
      createdBy: new Types.ObjectId(),
      ...fields,
    });
    const job = await settled(
      producer,
      await producer.add('parse-import', { importId: id.toHexString() }, { jobId: id.toHexString() }),
    );
    const record = await models.imports.findById(id).lean<ImportRecord>().exec();
    return { job, record: record! };
  }

  // Starting the worker's whole context takes far longer than a test on a loaded machine.
  beforeAll(async () => {
    app = await createWorkerApp({ config: testConfig(prefix, dbName), logger: memoryLogger().logger });
    await startWorkerApp(app);
    models = createModels(app.get<Connection>(MONGO_CONNECTION));
    producer = new Queue(QueueName.Imports, { connection: { url: requireEnv('REDIS_URL') }, prefix });
  }, 120_000);

  afterAll(async () => {
    await producer?.close();
    await app?.close();
    await removeRedisKeys(prefix);
    await dropDatabase(dbName);
  });

  it('reads a DOCX: headings become sections, numbered paragraphs keep their numbers', async () => {
    const { job, record } = await imported(
      'docx',
      docx([
        { heading: 1, text: 'Draft International Agenda' },
        { heading: 2, text: 'C. Towards rights-based migration management' },
        { text: '47. Exploring new forms of migration management is a priority.' },
        { text: '48. The objective of these forums is cooperation among States & partners.' },
        { heading: 2, text: 'D. Regional consultations' },
        { text: '49. Consultations were held in the Swiss capital.' },
      ]),
    );
    expect(job.returnvalue).toEqual({ importId: record._id.toHexString(), outcome: 'ready' });
    expect(record).toMatchObject({ status: 'ready', progress: 100, error: null, baseVersionId: null });
    const preview = record.preview!;
    expect(preview.sections.map((s) => s.heading)).toEqual(
      expect.arrayContaining(['C. Towards rights-based migration management', 'D. Regional consultations']),
    );
    const paragraphs = preview.sections.flatMap((s) => s.paragraphs);
    expect(paragraphs.map((p) => [p.index, p.number, p.matchedKey])).toEqual([
      [0, '47', null],
      [1, '48', null],
      [2, '49', null],
    ]);
    expect(paragraphs[1].text).toBe('The objective of these forums is cooperation among States & partners.');
    expect(preview.stats).toEqual({ paragraphs: 3, matched: 0, added: 3, removedKeys: [] });
    expect(record.parsed?.sections.flatMap((s) => s.paragraphs.map((p) => p.explicitNumber))).toEqual([
      true,
      true,
      true,
    ]);
  });

  it("matches the paragraphs to the keys of the draft's latest published version", async () => {
    const section = (key: string, texts: [string, string][]) => ({
      key,
      heading: 'I. Principles',
      paragraphs: texts.map(([k, text], i) => ({ key: k, number: String(i + 1), text })),
    });
    const common = { draftId, processId, status: 'published' as const, revision: 0, publishedAt: new Date() };
    await models.draftVersions.create({
      ...common,
      label: 'Zero draft',
      sequence: 0,
      sections: [section('s-old', [['old', 'An older text nobody should match against.']])],
    });
    const latest = await models.draftVersions.create({
      ...common,
      label: 'Rev.1',
      sequence: 1,
      sections: [
        section('s1', [
          ['k-coop', 'States cooperate closely on the management of migration at every level.'],
          ['k-rights', 'The human rights of all migrants are respected, whatever their status.'],
          ['k-gone', 'This paragraph disappears from the revised text entirely.'],
        ]),
      ],
    });
    const text = [
      'I. PRINCIPLES',
      '',
      '1. The human rights of all migrants are respected, whatever their status.',
      '',
      '2. States cooperate closely on the management of migration at all levels.',
      '',
      '3. A paragraph that is new in this revision of the agenda.',
    ].join('\n');
    const { record } = await imported('text', text);
    expect(record.status).toBe('ready');
    expect(record.baseVersionId?.toHexString()).toBe(latest._id.toHexString());
    const preview = record.preview!;
    const rows = preview.sections.flatMap((s) => s.paragraphs);
    expect(rows.map((r) => r.matchedKey)).toEqual(['k-rights', 'k-coop', null]);
    expect(rows[0].similarity).toBe(1);
    expect(rows[1].similarity).toBeGreaterThan(0.5);
    expect(rows[1].similarity).toBeLessThan(1);
    expect(preview.stats).toEqual({ paragraphs: 3, matched: 2, added: 1, removedKeys: ['k-gone'] });
    expect(preview.previous.map((p) => p.key)).toEqual(['k-coop', 'k-rights', 'k-gone']);
    await models.draftVersions.deleteMany({ draftId });
  });

  it('fails a damaged DOCX with IMPORT_FILE_CORRUPT and keeps no result', async () => {
    for (const bytes of [
      zip({ 'word/document.xml': '<w:document><w:body><w:p>unclosed' }),
      zip({ 'word/other.xml': '<x/>' }),
      Buffer.concat([Buffer.from('PK\x03\x04word/document.xml'), Buffer.alloc(40)]),
    ]) {
      const { job, record } = await imported('docx', bytes);
      expect(job.returnvalue).toMatchObject({ outcome: 'failed', code: ErrorCode.ImportFileCorrupt });
      expect(record).toMatchObject({ status: 'failed', preview: null, parsed: null });
      expect(record.error).toEqual({
        code: ErrorCode.ImportFileCorrupt,
        message: expect.stringMatching(/cannot be read/),
      });
    }
  });

  it('fails documents with duplicate numbers or without paragraphs, without retrying', async () => {
    const duplicates = await imported('text', '1. One.\n\n2. Two.\n\n2. Two again.\n');
    expect(duplicates.record.error?.code).toBe(ErrorCode.ImportDuplicateNumbers);
    expect(duplicates.job.attemptsMade).toBe(1);
    const empty = await imported('markdown', '# Only a title\n');
    expect(empty.record).toMatchObject({ status: 'failed', error: { code: ErrorCode.ImportNoParagraphs } });
  });

  it('leaves a discarded import alone', async () => {
    const { job, record } = await imported('text', '1. Text.', { status: 'discarded' });
    expect(job.returnvalue).toMatchObject({ outcome: 'skipped' });
    expect(record).toMatchObject({ status: 'discarded', progress: 0, preview: null });
  });

  it('marks the import failed after the last attempt of an unexpected error', async () => {
    const id = new Types.ObjectId();
    await models.imports.create({
      _id: id,
      processId,
      draftId,
      fileName: 'lost.txt',
      format: 'text',
      sizeBytes: 1,
      status: 'queued',
      createdBy: new Types.ObjectId(),
    });
    // No bytes stored: the handler throws, BullMQ retries, the last attempt records the failure.
    const job = await settled(
      producer,
      await producer.add(
        'parse-import',
        { importId: id.toHexString() },
        { jobId: id.toHexString(), attempts: 2, backoff: 10 },
      ),
    );
    expect(await job.getState()).toBe('failed');
    expect(job.attemptsMade).toBe(2);
    const record = await models.imports.findById(id).lean<ImportRecord>().exec();
    expect(record).toMatchObject({ status: 'failed', error: { code: ErrorCode.Internal } });
  });
});
