/**
 * Anchoring benchmark (issue 4): 10,000 annotations on random spans of a 2,000-paragraph version,
 * carried to a revision with 10 % of paragraphs edited, 2 % moved, 2 % added and 2 % removed.
 * Times reanchor() against a baseline that only looks for each exact quote in the new text, in
 * the same run, and scores where each annotation landed against the known ground truth. Exits 1
 * when a target is missed.
 *
 *   npx tsc -b libs/anchoring libs/drafting && npx tsc -p bench/tsconfig.json && node .tmp/bench/anchoring.bench.js
 */
import { describeSpan, reanchor, type ReanchorInput, type ReanchorOutcome } from '@concordia/anchoring';
import type { Paragraph, Section } from '@concordia/contracts';
import { blocksFromText, materialise, matchKeys, structureDocument } from '@concordia/drafting';
import { diffWordsWithSpace } from 'diff';
import { medianMs } from './measure';
import { generateDraft, render, revise, seededRandom, type Random } from './synthetic-draft';

const PARAGRAPHS = 2_000;
const PER_SECTION = 40;
const SHARES = { edited: 0.1, moved: 0.02, added: 0.02, removed: 0.02 };
const SEED = 20_251_126;
const ANNOTATIONS = 10_000;
const WARM_UP = 3;
const RUNS = 11;
const TIME_TARGET = 5;
const ACCURACY_TARGET = 0.99;
/** A span is lightly edited when at most this share of its characters changed. */
const LIGHT_EDIT = 0.2;
/** A lightly edited span is in the right place when it overlaps the expected one this much. */
const LIGHT_OVERLAP = 0.8;

function keyFactory(prefix: string): () => string {
  let next = 0;
  return () => `${prefix}${next++}`;
}

/** Where each offset of `before` went in `after`, and which characters changed (word diff). */
interface OffsetMap {
  to: Int32Array;
  changed: Uint8Array;
  insertedAt: Int32Array;
}

function offsetMap(before: string, after: string): OffsetMap {
  const map: OffsetMap = {
    to: new Int32Array(before.length + 1),
    changed: new Uint8Array(before.length),
    insertedAt: new Int32Array(before.length + 1),
  };
  let oldPos = 0;
  let newPos = 0;
  for (const part of diffWordsWithSpace(before, after)) {
    const length = part.value.length;
    if (part.added) {
      map.insertedAt[oldPos] += length;
      newPos += length;
    } else if (part.removed) {
      for (let k = 0; k < length; k += 1) {
        map.to[oldPos + k] = newPos;
        map.changed[oldPos + k] = 1;
      }
      oldPos += length;
    } else {
      for (let k = 0; k < length; k += 1) map.to[oldPos + k] = newPos + k;
      oldPos += length;
      newPos += length;
    }
  }
  map.to[before.length] = after.length;
  return map;
}

type Category = 'unchanged' | 'untouched' | 'light' | 'heavy' | 'removed';

interface Truth {
  category: Category;
  /** Expected paragraph index in the revision, and span there; null when the text is gone. */
  paragraph: number | null;
  start: number;
  end: number;
}

function truthOf(old: Paragraph, start: number, end: number, target: number | null, next: Paragraph[]): Truth {
  if (target === null) return { category: 'removed', paragraph: null, start: -1, end: -1 };
  const text = next[target].text;
  if (text === old.text) return { category: 'unchanged', paragraph: target, start, end };
  const map = offsetMap(old.text, text);
  let changed = 0;
  for (let x = start; x < end; x += 1) changed += map.changed[x];
  for (let x = start + 1; x < end; x += 1) changed += map.insertedAt[x];
  let first = start;
  while (first < end && map.changed[first] === 1) first += 1;
  let last = end - 1;
  while (last >= start && map.changed[last] === 1) last -= 1;
  const expected =
    first <= last ? { start: map.to[first], end: map.to[last] + 1 } : { start: map.to[start], end: map.to[start] };
  const category: Category = changed === 0 ? 'untouched' : changed <= LIGHT_EDIT * (end - start) ? 'light' : 'heavy';
  return { category, paragraph: target, ...expected };
}

function between(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** A span of whole words, as a delegate would select: a word or two, or a phrase of up to 15. */
function randomSpan(random: Random, text: string): { start: number; end: number } {
  const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const count = Math.min(words.length, random() < 0.25 ? between(random, 1, 2) : between(random, 3, 15));
  const first = between(random, 0, words.length - count);
  return { start: words[first].start, end: words[first + count - 1].end };
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union === 0 ? 0 : inter / union;
}

function isRight(outcome: ReanchorOutcome, truth: Truth, next: Paragraph[]): boolean {
  if (truth.paragraph === null) return outcome.status === 'orphaned';
  if (truth.category === 'heavy' && outcome.status === 'orphaned') return true;
  if (outcome.status !== 'anchored' || outcome.paragraphKey !== next[truth.paragraph].key || !outcome.selectors)
    return false;
  const { start, end } = outcome.selectors.position;
  if (truth.category === 'light') return overlap({ start, end }, truth) >= LIGHT_OVERLAP;
  // A rewritten span has no single right place: it is right in its paragraph, over what is left of it.
  if (truth.category === 'heavy') return overlap({ start, end }, truth) > 0;
  return start === truth.start && end === truth.end;
}

/** The baseline: each exact quote looked up in its paragraph of the new version, else the whole text. */
function baseline(annotations: readonly ReanchorInput[], to: Section[]): number {
  const byKey = new Map(to.flatMap((section) => section.paragraphs.map((p) => [p.key, p.text] as const)));
  const whole = to.flatMap((section) => section.paragraphs.map((p) => p.text)).join('\n');
  let found = 0;
  for (const annotation of annotations) {
    if (annotation.selectors === null) continue;
    const exact = annotation.selectors.quote.exact;
    const own = byKey.get(annotation.paragraphKey);
    if ((own !== undefined && own.includes(exact)) || whole.includes(exact)) found += 1;
  }
  return found;
}

function main(): void {
  const random = seededRandom(SEED);
  const base = generateDraft(random, PARAGRAPHS, PER_SECTION);
  const revision = revise(random, base, SHARES);
  const previous: Section[] = materialise(
    structureDocument(blocksFromText(render(base), 'text')),
    [],
    null,
    keyFactory('k'),
  );
  const doc = structureDocument(blocksFromText(render(revision.sections), 'text'));
  const matching = matchKeys(previous, doc);
  const next = materialise(
    doc,
    matching.matches.map((match) => match.key),
    previous,
    keyFactory('n'),
  );
  const before = previous.flatMap((section) => section.paragraphs);
  const after = next.flatMap((section) => section.paragraphs);
  if (before.length !== PARAGRAPHS || after.length !== revision.sources.length) {
    throw new Error(
      `Parsed ${before.length} / ${after.length} paragraphs, expected ${PARAGRAPHS} / ${revision.sources.length}`,
    );
  }
  const targetOf = new Map<number, number>();
  revision.sources.forEach((source, index) => {
    if (source !== null) targetOf.set(source, index);
  });

  const annotations: ReanchorInput[] = [];
  const truths: Truth[] = [];
  for (let n = 0; n < ANNOTATIONS; n += 1) {
    const p = Math.floor(random() * before.length);
    const { start, end } = randomSpan(random, before[p].text);
    annotations.push({ id: `a${n}`, paragraphKey: before[p].key, selectors: describeSpan(before[p].text, start, end) });
    truths.push(truthOf(before[p], start, end, targetOf.get(p) ?? null, after));
  }

  const outcomes = reanchor(annotations, previous, next);
  const tally = new Map<Category, { total: number; right: number; anchored: number }>();
  const methods = new Map<string, number>();
  outcomes.forEach((outcome, i) => {
    const row = tally.get(truths[i].category) ?? { total: 0, right: 0, anchored: 0 };
    row.total += 1;
    if (isRight(outcome, truths[i], after)) row.right += 1;
    if (outcome.status === 'anchored') row.anchored += 1;
    tally.set(truths[i].category, row);
    methods.set(outcome.method ?? 'orphaned', (methods.get(outcome.method ?? 'orphaned') ?? 0) + 1);
  });
  const scored: Category[] = ['unchanged', 'untouched', 'light'];
  const total = scored.reduce((sum, c) => sum + (tally.get(c)?.total ?? 0), 0);
  const right = scored.reduce((sum, c) => sum + (tally.get(c)?.right ?? 0), 0);
  const accuracy = right / total;
  const complete = outcomes.length === annotations.length && outcomes.every((o, i) => o.id === annotations[i].id);

  const baselineMs = medianMs(() => baseline(annotations, next), WARM_UP, RUNS);
  const reanchorMs = medianMs(() => reanchor(annotations, previous, next), WARM_UP, RUNS);
  const ratio = reanchorMs / baselineMs;

  const pass = (ok: boolean) => (ok ? 'ok' : 'MISSED');
  const line = (c: Category, label: string) => {
    const row = tally.get(c) ?? { total: 0, right: 0, anchored: 0 };
    return `| ${label} | ${row.total} | ${row.anchored} | ${row.right} (${((row.right / Math.max(1, row.total)) * 100).toFixed(2)} %) |`;
  };
  console.log(
    [
      `Anchoring benchmark: ${ANNOTATIONS} annotations on ${PARAGRAPHS} paragraphs; revision: ${revision.edited} edited,`,
      `${revision.moved} moved, ${revision.added} added, ${revision.removed.length} removed.`,
      `Median of ${RUNS} runs after ${WARM_UP} warm-up runs, Node ${process.version}.`,
      '',
      '| measure | median | ratio to baseline | target |',
      '|---|---:|---:|---|',
      `| baseline: exact quote in same-key paragraph, else whole text | ${baselineMs.toFixed(1)} ms | 1.00 | |`,
      `| reanchor() | ${reanchorMs.toFixed(1)} ms | ${ratio.toFixed(2)} | <= ${TIME_TARGET} (${pass(ratio <= TIME_TARGET)}) |`,
      `| right place, unchanged or lightly edited text | ${right}/${total} | ${(accuracy * 100).toFixed(2)} % | >= ${ACCURACY_TARGET * 100} % (${pass(accuracy >= ACCURACY_TARGET)}) |`,
      '',
      '| annotations on | count | anchored | right place (or rightly orphaned) |',
      '|---|---:|---:|---:|',
      line('unchanged', 'unchanged paragraph (incl. moved)'),
      line('untouched', 'edited paragraph, span untouched'),
      line('light', `span lightly edited (<= ${LIGHT_EDIT * 100} % of its characters)`),
      line('heavy', 'span heavily edited: orphaned or on what is left (reported only)'),
      line('removed', 'removed paragraph (reported only)'),
      '',
      `Methods: ${[...methods].map(([m, n]) => `${m} ${n}`).join(', ')}. One outcome per input, in order: ${complete ? 'yes' : 'NO'}.`,
    ].join('\n'),
  );

  if (ratio > TIME_TARGET || accuracy < ACCURACY_TARGET || !complete) process.exitCode = 1;
}

main();
