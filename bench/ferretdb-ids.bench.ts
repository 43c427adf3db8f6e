/**
 * _id lookups on the embedded FerretDB (tools/ferretdb/id_lookups.go). FerretDB v1.24's SQLite
 * handler builds its `_id_` index on an expression its own lookups do not use, so every
 * findOne / updateOne / deleteOne by _id reads the whole table; our FerretDB adds an index on
 * the expression the lookups use. In one run, two FerretDB processes side by side (baseline:
 * started with -no-id-lookup-index) get the same collection of N documents, then the same
 * random lookups and updates by _id, interleaved so machine noise hits both alike.
 *
 *   npm run bench:ferretdb     (FERRETDB_BENCH_DOCS=3000 by default)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { type Collection, MongoClient, ObjectId } from 'mongodb';
import { ROOT } from './live-api';
import { percentile } from './live-stats';

const DOCS = Number(process.env.FERRETDB_BENCH_DOCS ?? 3000);
const SAMPLES = 300;

interface Ferret {
  uri: string;
  stop(): Promise<void>;
}
const load = createRequire(__filename);
const ferret = load(path.join(ROOT, 'tools/lib/ferretdb.js')) as {
  startFerret(o: { port: number; dir: string; echo: boolean; plainIdLookups?: boolean }): Promise<Ferret>;
};
const procs = load(path.join(ROOT, 'tools/lib/procs.js')) as { freePort(): Promise<number> };

interface Side {
  name: string;
  client: MongoClient;
  docs: Collection<{ _id: ObjectId; body: string; n: number }>;
  find: number[];
  update: number[];
}

async function time(run: () => Promise<unknown>, into: number[]): Promise<void> {
  const start = performance.now();
  await run();
  into.push(performance.now() - start);
}

async function main(): Promise<void> {
  const dirs: string[] = [];
  const servers: Ferret[] = [];
  const sides: Side[] = [];
  try {
    for (const [name, plainIdLookups] of [
      ['baseline: FerretDB as released (-no-id-lookup-index)', true],
      ['ours: with the _id lookup index', false],
    ] as const) {
      const dir = mkdtempSync(path.join(tmpdir(), 'concordia-ferret-bench-'));
      dirs.push(dir);
      const server = await ferret.startFerret({ port: await procs.freePort(), dir, echo: false, plainIdLookups });
      servers.push(server);
      const client = await MongoClient.connect(server.uri);
      sides.push({ name, client, docs: client.db('bench').collection('docs'), find: [], update: [] });
    }
    const ids: ObjectId[] = [];
    for (let i = 0; i < DOCS; i += 500) {
      const batch = Array.from({ length: Math.min(500, DOCS - i) }, (_, j) => ({
        _id: new ObjectId(),
        body: 'A paragraph-sized body of text. '.repeat(10),
        n: i + j,
      }));
      ids.push(...batch.map((d) => d._id));
      for (const side of sides) await side.docs.insertMany(batch);
    }
    // The index is added within two seconds of a collection's creation.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    for (let i = 0; i < SAMPLES; i += 1) {
      const id = ids[Math.floor(Math.random() * ids.length)];
      for (const side of sides) {
        await time(() => side.docs.findOne({ _id: id }), side.find);
        await time(() => side.docs.updateOne({ _id: id }, { $set: { n: -i } }), side.update);
      }
    }
    const p50 = (values: number[]) => percentile(Float64Array.from(values).sort(), 50);
    console.log(`_id lookups on ${DOCS} documents, ${SAMPLES} of each, Node ${process.version}`);
    for (const side of sides) {
      console.log(
        `${side.name.padEnd(52)} findOne p50 ${p50(side.find).toFixed(2)} ms   updateOne p50 ${p50(side.update).toFixed(2)} ms`,
      );
    }
    const [base, ours] = sides;
    console.log(
      `ratio ours / baseline: findOne ${(p50(ours.find) / p50(base.find)).toFixed(2)}, updateOne ${(p50(ours.update) / p50(base.update)).toFixed(2)}`,
    );
  } finally {
    for (const side of sides) await side.client.close();
    for (const server of servers) await server.stop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
