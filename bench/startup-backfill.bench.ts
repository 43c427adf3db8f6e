/**
 * Start-up cost of the thread_carries back-fill (`backfillThreadCarries`, run by every API
 * start-up before it serves). On a throwaway FerretDB, three databases: an empty one; one with
 * N anchors already copied into thread_carries (a deployment that has run a while); the same
 * plus one carry whose copies were lost (its mark left). In turns, so the machine's other work
 * weighs on all alike: the back-fill as it was (`copyMissingAnchors`, both collections read whole,
 * which ran at every start-up; now once per database) and as it is (then only marked carries).
 *
 *   flock /tmp/bench.lock npm run bench:startup-backfill     (STARTUP_BENCH_ANCHORS=5000 by default)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  type AnnotationAnchorRecord,
  backfillThreadCarries,
  Collections,
  copyMissingAnchors,
  createModels,
  type Models,
} from '@concordia/dal';
import mongoose, { type Connection, Types } from 'mongoose';
import { ferret, procs } from './live-api';
import { median } from './measure';

/** Each thread is carried into this many versions: N anchors are N / VERSIONS threads. */
const VERSIONS = 5;
const ANCHORS = Number(process.env.STARTUP_BENCH_ANCHORS ?? 5000);
const THREADS = Math.ceil(ANCHORS / VERSIONS);
/** Threads of the carry whose copies were lost (the third database). */
const LOST = 100;
const WARM_UP = 2;
const TURNS = 15;
/** Target: with N anchors copied, start-up within this many times an empty database's. */
const TARGET = 2;

type CarryModels = Pick<Models, 'annotationAnchors' | 'threadCarries' | 'threadCarryMarks' | 'migrationMarks'>;

function anchor(annotationId: Types.ObjectId, versionId: Types.ObjectId, from: Types.ObjectId): AnnotationAnchorRecord {
  return {
    _id: new Types.ObjectId(),
    annotationId,
    processId: new Types.ObjectId('6500000000000000000000aa'),
    draftId: new Types.ObjectId('6500000000000000000000bb'),
    versionId,
    fromVersionId: from,
    status: 'anchored',
    method: 'exact',
    paragraphKey: `p${annotationId.toHexString().slice(-4)}`,
    selectors: {
      quote: {
        type: 'TextQuoteSelector',
        exact: 'the parties shall cooperate in good faith',
        prefix: 'In all matters, ',
        suffix: ' and without',
      },
      position: { type: 'TextPositionSelector', start: 16, end: 57 },
    },
    createdAt: new Date(),
  };
}

/** N anchors over VERSIONS versions, each already copied into thread_carries, as a carry leaves them. */
async function loadCopied(connection: Connection): Promise<{ threads: Types.ObjectId[]; versions: Types.ObjectId[] }> {
  const versions = Array.from({ length: VERSIONS + 1 }, () => new Types.ObjectId());
  const threads = Array.from({ length: THREADS }, () => new Types.ObjectId());
  const anchors = connection.collection(Collections.annotationAnchors);
  const carries = connection.collection(Collections.threadCarries);
  for (let i = 0; i < threads.length; i += 200) {
    const batch = threads.slice(i, i + 200);
    const placed = batch.map((id) => versions.slice(1).map((v, k) => anchor(id, v, versions[k])));
    await anchors.insertMany(placed.flat());
    await carries.insertMany(
      batch.map((id, j) => ({
        _id: id,
        anchors: Object.fromEntries(placed[j].map((a) => [a.versionId.toHexString(), a])),
      })),
    );
  }
  return { threads, versions };
}

interface Case {
  name: string;
  models: CarryModels;
  asItWas: number[];
  asItIs: number[];
}

async function timed(run: () => Promise<void>, into: number[] | null): Promise<void> {
  const start = performance.now();
  await run();
  into?.push(performance.now() - start);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'concordia-startup-bench-'));
  const connections: Connection[] = [];
  let server: { uri: string; stop(): Promise<void> } | null = null;
  try {
    server = await ferret.startFerret({ port: await procs.freePort(), dir, echo: false });
    const open = async (name: string) => {
      const connection = await mongoose.createConnection(server?.uri ?? '', { dbName: `bench_${name}` }).asPromise();
      connections.push(connection);
      return connection;
    };
    const [empty, copied, lost] = [await open('empty'), await open('copied'), await open('lost')];
    await loadCopied(copied);
    // The third: the same, and a carry of LOST threads into a further version that stored its
    // anchors, left its mark and lost its copies. Its mark is recent, so it stays for every turn.
    const { threads, versions } = await loadCopied(lost);
    const last = versions[VERSIONS];
    const into = new Types.ObjectId();
    const lostAnchors = threads.slice(0, LOST).map((id) => anchor(id, into, last));
    await lost
      .collection(Collections.threadCarryMarks)
      .insertOne({ _id: new Types.ObjectId(), versionId: into, anchorIds: lostAnchors.map((a) => a._id) });
    await lost.collection(Collections.annotationAnchors).insertMany(lostAnchors);
    // Our FerretDB adds its _id lookup index within two seconds of a collection's creation.
    await new Promise((resolve) => setTimeout(resolve, 2500));

    const cases: Case[] = [
      { name: 'empty database', models: createModels(empty), asItWas: [], asItIs: [] },
      { name: `${ANCHORS} anchors copied`, models: createModels(copied), asItWas: [], asItIs: [] },
      { name: `${ANCHORS} copied + ${LOST} lost (marked)`, models: createModels(lost), asItWas: [], asItIs: [] },
    ];
    // The first start-up after the upgrade: the once-per-database back-fill, nothing left to write.
    const firstRun: number[] = [];
    for (const c of cases) await timed(() => backfillThreadCarries(c.models), firstRun);

    // Each turn times the back-fill as it is on every database, then as it was; the order of the
    // databases alternates, so that none always follows the old back-fill's 2 s of allocation.
    for (let turn = 0; turn < WARM_UP + TURNS; turn += 1) {
      const keep = turn >= WARM_UP;
      const order = turn % 2 === 0 ? cases : [...cases].reverse();
      for (const c of order) await timed(() => backfillThreadCarries(c.models), keep ? c.asItIs : null);
      for (const c of order) await timed(() => copyMissingAnchors(c.models), keep ? c.asItWas : null);
    }

    const [base, full, marked] = cases;
    const ms = (values: number[]) => `${median(values).toFixed(1)} ms`.padStart(11);
    console.log(
      `thread_carries back-fill at start-up, FerretDB, ${ANCHORS} anchors (${THREADS} threads × ${VERSIONS} versions), ` +
        `median of ${TURNS} turns after ${WARM_UP}, Node ${process.version}`,
    );
    console.log(`${''.padEnd(40)} ${'as it was'.padStart(11)} ${'as it is'.padStart(11)}  ratio is / was`);
    for (const c of cases) {
      console.log(
        `${c.name.padEnd(40)} ${ms(c.asItWas)} ${ms(c.asItIs)}  ${(median(c.asItIs) / median(c.asItWas)).toFixed(3)}`,
      );
    }
    console.log(
      `first start-up as it is (the one-time back-fill): empty ${firstRun[0].toFixed(1)} ms, copied ${firstRun[1].toFixed(1)} ms, ` +
        `copied + lost ${firstRun[2].toFixed(1)} ms`,
    );
    const was = median(full.asItWas) / median(base.asItWas);
    const is = median(full.asItIs) / median(base.asItIs);
    console.log(`${ANCHORS} anchors copied / empty database: as it was ${was.toFixed(2)}, as it is ${is.toFixed(2)}`);
    console.log(
      `with a lost carry of ${LOST} threads / ${ANCHORS} copied, as it is: ${(median(marked.asItIs) / median(full.asItIs)).toFixed(2)}`,
    );
    const ok = is <= TARGET;
    console.log(`target: ${ANCHORS} anchors copied <= ${TARGET}× an empty database, as it is: ${ok ? 'ok' : 'MISSED'}`);
    if (!ok) process.exitCode = 1;
  } finally {
    for (const connection of connections) {
      await connection.dropDatabase().catch(() => undefined);
      await connection.close();
    }
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
