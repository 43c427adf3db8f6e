/**
 * Positions benchmark (issue 6): 193 delegations × 300 paragraphs × 5 rounds of positions, about
 * 290,000 append-only records with one to three changes per recorded cell, loaded with the
 * driver into a throwaway API's FerretDB; then the matrix of one round and the evolution across
 * the five rounds, read over HTTP as the web does, each against a plain driver `find` of the
 * same records in the same run. Run with `npm run bench:positions`.
 */
import { performance } from 'node:perf_hooks';
import type { PositionEvolution, PositionMatrix, PositionValue } from '@concordia/contracts';
import { encodeCells, type PositionCell, positionParagraphsCollection, positionRowsCollection } from '@concordia/dal';
import mongoose, { Types } from 'mongoose';
import { api, login, startBenchApi } from './live-api';

const DELEGATIONS = 193;
const PARAGRAPHS = 300;
const ROUNDS = 5;
/** Share of cells with a position in a round; recorded cells change one to three times. */
const RECORDED = 0.5;
const MATRIX_TARGET_MS = 300;
const EVOLUTION_TARGET_MS = 1_000;
const WARM_UP = 2;
const RUNS = 9;

const VALUES: PositionValue[] = ['support', 'support_with_amendments', 'reservation', 'objection', 'no_position'];
const REGIONS = ['Africa', 'Americas', 'Asia-Pacific', 'Europe', 'Middle East'];

/** mulberry32: the same data on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function medianMs(run: () => Promise<unknown>, warmUp = WARM_UP, runs = RUNS): Promise<number> {
  for (let i = 0; i < warmUp; i += 1) await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const middle = Math.floor(times.length / 2);
  return times.length % 2 === 1 ? (times[middle] ?? 0) : ((times[middle - 1] ?? 0) + (times[middle] ?? 0)) / 2;
}

interface Loaded {
  processId: Types.ObjectId;
  roundIds: Types.ObjectId[];
  records: number;
}

async function load(db: mongoose.mongo.Db): Promise<Loaded> {
  const random = prng(6);
  const process = await db.collection('processes').findOne({ title: 'Meridian Process on Human Mobility' });
  if (!process) throw new Error('the demo process is missing');
  const processId = process._id;
  const now = new Date();

  const delegations = Array.from({ length: DELEGATIONS }, (_, i) => ({
    _id: new Types.ObjectId(),
    name: `Bench delegation ${i + 1}`,
    code: `B${String(i + 1).padStart(3, '0')}`,
    kind: i % 10 === 9 ? 'ngo' : 'member_state',
    region: REGIONS[i % REGIONS.length],
    createdAt: now,
    updatedAt: now,
  }));
  await db.collection('delegations').insertMany(delegations);

  const paragraphs = Array.from({ length: PARAGRAPHS }, (_, i) => ({
    key: new Types.ObjectId().toHexString().slice(12),
    number: String(i + 1),
    text: `Paragraph ${i + 1} of the benchmark draft, long enough to look like a sentence of a text.`,
  }));
  const versionId = new Types.ObjectId();
  await db.collection('draft_versions').insertOne({
    _id: versionId,
    draftId: new Types.ObjectId(),
    label: 'Bench',
    status: 'published',
    sequence: 0,
    revision: 0,
    publishedAt: now,
    sections: [{ key: 'bench-section', heading: 'I. Bench', paragraphs }],
    createdAt: now,
    updatedAt: now,
  });

  const roundIds = Array.from({ length: ROUNDS }, () => new Types.ObjectId());
  await db.collection('rounds').insertMany(
    roundIds.map((_id, r) => ({
      _id,
      processId,
      name: `Bench round ${r + 1}`,
      versionId,
      chairUserId: new Types.ObjectId(),
      delegationIds: delegations.map((d) => d._id),
      opensAt: new Date(Date.UTC(2030, r, 1)),
      closesAt: new Date(Date.UTC(2030, r, 5)),
      timeZone: 'UTC',
      confidentiality: 'observers',
      status: r === ROUNDS - 1 ? 'open' : 'closed',
      createdAt: now,
      updatedAt: now,
    })),
  );

  // The log, then each delegation's row with the latest record of every cell, as the writer keeps them.
  const authorId = new Types.ObjectId();
  let batch: Record<string, unknown>[] = [];
  let records = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await db.collection('positions').insertMany(batch, { ordered: false });
    records += batch.length;
    batch = [];
  };
  for (const roundId of roundIds) {
    const rows: { _id: Types.ObjectId; cells: string }[] = [];
    const byParagraph = new Map<string, Record<string, Record<string, unknown>[]>>();
    for (const delegation of delegations) {
      const cells = new Map<string, PositionCell>();
      for (const paragraph of paragraphs) {
        if (random() >= RECORDED) continue;
        const changes = 1 + Math.floor(random() * 3);
        for (let seq = 1; seq <= changes; seq += 1) {
          const value = VALUES[Math.floor(random() * VALUES.length)] ?? 'support';
          const record = {
            _id: new Types.ObjectId(),
            processId,
            roundId,
            paragraphKey: paragraph.key,
            delegationId: delegation._id,
            value,
            statement: '',
            amendmentIds: [],
            authorId,
            authorName: 'Bench head',
            seq,
            recordedAt: now,
          };
          batch.push(record);
          const sheet = byParagraph.get(paragraph.key) ?? {};
          byParagraph.set(paragraph.key, sheet);
          (sheet[delegation._id.toHexString()] ??= []).push(record);
          cells.set(paragraph.key, { value, seq });
        }
        if (batch.length >= 5_000) await flush();
      }
      rows.push({ _id: delegation._id, cells: encodeCells(cells) });
    }
    await db.collection(positionRowsCollection(roundId)).insertMany(rows);
    const sheets = [...byParagraph].map(([key, sheet]) => ({ _id: key as unknown as Types.ObjectId, cells: sheet }));
    for (let i = 0; i < sheets.length; i += 20) {
      await db.collection(positionParagraphsCollection(roundId)).insertMany(sheets.slice(i, i + 20));
    }
  }
  await flush();
  return { processId, roundIds, records };
}

function row(name: string, ms: number, baseline: number, target: string): string {
  return `| ${name.padEnd(58)} | ${ms.toFixed(1).padStart(8)} ms | ${(ms / baseline).toFixed(2).padStart(6)} | ${target} |`;
}

async function main(): Promise<void> {
  console.log('starting a throwaway FerretDB and API…');
  const bench = await startBenchApi();
  const connection = await mongoose.createConnection(bench.mongoUri).asPromise();
  let failed = false;
  try {
    const db = connection.db;
    if (!db) throw new Error('no database on the connection');
    const started = performance.now();
    const { roundIds, records } = await load(db);
    console.log(`loaded ${records} position records in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const lastRound = roundIds.at(-1);
    if (!lastRound) throw new Error('no round');
    const token = await login(bench.baseUrl, 'secretariat@concordia.test', 'concordia-demo');

    const matrix = await api<PositionMatrix>(
      bench.baseUrl,
      'GET',
      `/api/rounds/${lastRound.toHexString()}/positions/matrix`,
      token,
      undefined,
      60_000,
    );
    const filled = matrix.rows.reduce((n, r) => n + r.values.filter((v) => v !== null).length, 0);
    console.log(`matrix: ${matrix.delegations.length} × ${matrix.paragraphs.length}, ${filled} cells with a position`);

    const matrixMs = await medianMs(() =>
      api(bench.baseUrl, 'GET', `/api/rounds/${lastRound.toHexString()}/positions/matrix`, token, undefined, 60_000),
    );
    const evolutionMs = await medianMs(() =>
      api<PositionEvolution>(
        bench.baseUrl,
        'GET',
        `/api/rounds/${lastRound.toHexString()}/positions/evolution`,
        token,
        undefined,
        60_000,
      ),
    );
    // Not targets, but the other reads of a paragraph at this size: its panel and one cell's history.
    const key = matrix.paragraphs[0]?.key ?? '';
    const someone = matrix.delegations[0]?.id ?? '';
    const panelMs = await medianMs(() =>
      api(bench.baseUrl, 'GET', `/api/rounds/${lastRound.toHexString()}/positions?paragraphKey=${key}`, token),
    );
    const historyMs = await medianMs(() =>
      api(
        bench.baseUrl,
        'GET',
        `/api/rounds/${lastRound.toHexString()}/positions/history?paragraphKey=${key}&delegationId=${someone}`,
        token,
      ),
    );
    // Baselines: the driver reading, with no API in between, the documents each answer is built from…
    const rowsOf = (roundId: Types.ObjectId) => db.collection(positionRowsCollection(roundId)).find({}).toArray();
    const rowsOne = await medianMs(() => rowsOf(lastRound));
    const rowsAll = await medianMs(() => Promise.all(roundIds.map(rowsOf)));
    // …and the append-only log of the same positions, which a matrix built from the log would read.
    const logOne = await medianMs(() => db.collection('positions').find({ roundId: lastRound }).toArray(), 1, 3);
    const logAll = await medianMs(
      () =>
        db
          .collection('positions')
          .find({ roundId: { $in: roundIds } })
          .toArray(),
      0,
      1,
    );

    const matrixOk = matrixMs <= MATRIX_TARGET_MS;
    const evolutionOk = evolutionMs <= EVOLUTION_TARGET_MS;
    failed = !matrixOk || !evolutionOk;
    console.log('');
    console.log(`| ${'measure'.padEnd(58)} | ${'median'.padStart(11)} | ${'ratio'.padStart(6)} | target |`);
    console.log(`| ${'-'.repeat(58)} | ${'-'.repeat(11)} | ${'-'.repeat(6)} | ------ |`);
    console.log(row("driver find: one round's rows (193 documents)", rowsOne, rowsOne, ''));
    console.log(
      row(
        'GET matrix of one round (HTTP, 193 × 300)',
        matrixMs,
        rowsOne,
        `<= ${MATRIX_TARGET_MS} ms (${matrixOk ? 'ok' : 'MISSED'})`,
      ),
    );
    console.log(row("driver find: one round's log records", logOne, rowsOne, ''));
    console.log(row("driver find: five rounds' rows (5 × 193 documents)", rowsAll, rowsAll, ''));
    console.log(
      row(
        'GET evolution across 5 rounds (HTTP)',
        evolutionMs,
        rowsAll,
        `<= ${EVOLUTION_TARGET_MS} ms (${evolutionOk ? 'ok' : 'MISSED'})`,
      ),
    );
    console.log(row("driver find: five rounds' log records", logAll, rowsAll, ''));
    console.log(row("GET a paragraph's current positions (panel)", panelMs, rowsOne, 'reported'));
    console.log(row("GET one cell's history", historyMs, rowsOne, 'reported'));
    console.log('');
    console.log(
      `matrix / log find of the same round: ${(matrixMs / logOne).toFixed(3)}; evolution / log find of the five rounds: ${(evolutionMs / logAll).toFixed(3)}`,
    );
  } finally {
    await connection.close();
    await bench.stop();
  }
  if (failed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
