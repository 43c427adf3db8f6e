/**
 * Annotation search benchmark (issue 4): 600 threads of four annotations each (2,400, bodies of
 * three to six synthetic sentences, one in twenty with a Spanish sentence added, a tenth internal to a delegation and a tenth
 * for the secretariat) loaded with the driver into the demo round of a throwaway API; then, as
 * the demo delegate over HTTP, the round's list (the baseline: a search reads it first) against
 * the same list searched by words, by words, kind and delegation, and by disposition. The
 * search filters in memory after the list is read, so it should cost the list plus little.
 * Run with `npm run bench:annotation-search`.
 */
import { performance } from 'node:perf_hooks';
import { type Annotation, annotationMatches, searchCriteria } from '@concordia/contracts';
import { type mongo, Types } from 'mongoose';
import { api, login, openDemoRound, runWithBenchDatabase } from './live-api';
import { median, medianMs } from './measure';
import { paragraphText, pick, seededRandom } from './synthetic-draft';

const THREADS = 600;
const REPLIES = 3;
const WARM_UP = 2;
const RUNS = 15;
/** A search may cost this much more than the list it filters. */
const TARGET_RATIO = 1.5;

/** Words a twentieth of the annotations add to their text, for a search that finds a few threads. */
const RARE = 'La readmisión digna es prioritaria.';

async function load(db: mongo.Db, roundId: string, delegate: string): Promise<number> {
  const random = seededRandom(4);
  const round = await db.collection('rounds').findOne({ _id: new Types.ObjectId(roundId) });
  const version = round ? await db.collection('draft_versions').findOne({ _id: round.versionId }) : null;
  const me = await db.collection('users').findOne({ email: delegate });
  const membership = me ? await db.collection('memberships').findOne({ userId: me._id }) : null;
  if (!round || !version || !me || !membership)
    throw new Error('the demo round, its version or the delegate is missing');
  const keys = (version.sections as Array<{ paragraphs: Array<{ key: string }> }>).flatMap((s) =>
    s.paragraphs.map((p) => p.key),
  );
  const delegations = [membership.delegationId as Types.ObjectId, ...(round.delegationIds as Types.ObjectId[])];
  const body = () => `${paragraphText(random)}${random() < 0.05 ? ` ${RARE}` : ''}`;
  const records: Record<string, unknown>[] = [];
  for (let i = 0; i < THREADS; i += 1) {
    const rootId = new Types.ObjectId();
    const delegationId = pick(random, delegations);
    const roll = random();
    const visibility = roll < 0.8 ? 'round' : roll < 0.9 ? 'delegation' : 'secretariat';
    const kind = pick(random, ['comment', 'question', 'amendment', 'reservation'] as const);
    const annotation = (id: Types.ObjectId, parentId: Types.ObjectId | null, text: string) => ({
      _id: id,
      clientId: new Types.ObjectId().toHexString(),
      requestHash: 'bench',
      processId: round.processId,
      roundId: round._id,
      draftId: version.draftId,
      versionId: version._id,
      parentId,
      kind: parentId ? 'comment' : kind,
      visibility,
      body: text,
      amendment: !parentId && kind === 'amendment' ? { operation: 'replace', text: body() } : null,
      originalBody: text,
      originalAmendment: null,
      paragraphKey: pick(random, keys),
      selectors: null,
      authorId: new Types.ObjectId(),
      authorName: 'Bench author',
      delegationId,
      delegationName: `Delegation ${delegationId.toHexString().slice(-4)}`,
      mentions: [],
      audienceDelegationId: visibility === 'round' ? null : delegationId,
      threadAuthorId: new Types.ObjectId(),
      status: 'open',
      editedAt: null,
      createdAt: new Date(Date.UTC(2030, 0, 1, 0, 0, i)),
    });
    records.push(annotation(rootId, null, body()));
    for (let r = 0; r < REPLIES; r += 1) records.push(annotation(new Types.ObjectId(), rootId, body()));
  }
  for (let i = 0; i < records.length; i += 500) {
    await db.collection('annotations').insertMany(records.slice(i, i + 500));
  }
  return records.length;
}

function row(name: string, ms: number, ratio: number): string {
  return `| ${name.padEnd(62)} | ${ms.toFixed(1).padStart(8)} ms | ${ratio.toFixed(2).padStart(5)} |`;
}

runWithBenchDatabase(async (bench, db) => {
  let missed = false;
  const token = await login(bench.baseUrl, 'delegate@concordia.test', 'concordia-demo');
  const { roundId } = await openDemoRound(bench.baseUrl, token);
  const started = performance.now();
  const loaded = await load(db, roundId, 'delegate@concordia.test');
  console.log(`loaded ${loaded} annotations in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const path = (query: string) => `/api/rounds/${roundId}/annotations?includeOrphaned=true${query}`;
  const get = (query: string) =>
    api<{ items: Annotation[] }>(bench.baseUrl, 'GET', path(query), token, undefined, 60_000);
  const all = (await get('')).items;
  const delegationId = all.find((a) => a.delegationId)?.delegationId ?? '';
  const searches: Array<[string, string]> = [
    ['words: "READMISION DIGNA"', '&q=READMISION%20DIGNA'],
    ['words, kind and delegation', `&q=migrant%20workers&kind=amendment,question&delegationId=${delegationId}`],
    ['a phrase no thread holds', '&q=%22digna%20readmisi%C3%B3n%22'],
    ['disposition: none', '&disposition=none'],
  ];
  console.log(`the delegate reads ${all.length} annotations of the round`);
  for (const [name, query] of searches) console.log(`${name}: ${(await get(query)).items.length} annotations`);

  // The list and each search in turns, so that what else the machine does weighs on both alike;
  // the ratio is the median of each turn's ratio.
  const timed = async (query: string) => {
    const start = performance.now();
    await get(query);
    return performance.now() - start;
  };
  const lines: string[] = [];
  const listTimes: number[] = [];
  for (const [name, query] of searches) {
    for (let i = 0; i < WARM_UP; i += 1) {
      await timed('');
      await timed(query);
    }
    const turns: Array<[number, number]> = [];
    for (let i = 0; i < RUNS; i += 1) turns.push([await timed(''), await timed(query)]);
    listTimes.push(...turns.map(([list]) => list));
    const ratio = median(turns.map(([list, searched]) => searched / list));
    lines.push(row(`GET searched, ${name}`, median(turns.map(([, searched]) => searched)), ratio));
    if (ratio > TARGET_RATIO) missed = true;
  }
  const listMs = median(listTimes);
  lines.unshift(row('GET the round list (what a search reads first), every turn', listMs, 1));
  // The part the search adds, in this process: fold and test every annotation once.
  const criteria = searchCriteria({ q: 'READMISION DIGNA' });
  const matchMs = medianMs(() => all.filter((a) => annotationMatches(a, criteria)), WARM_UP, RUNS);
  lines.push(row(`in memory: match ${all.length} annotations by two words`, matchMs, matchMs / listMs));

  console.log(`\n| measure | median | ratio to the list |\n|---|---:|---:|\n${lines.join('\n')}`);
  console.log(`\ntarget: every search ≤ ${TARGET_RATIO}× the list: ${missed ? 'MISSED' : 'ok'}`);
  return { missed };
});
