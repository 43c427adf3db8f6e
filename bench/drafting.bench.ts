/**
 * Drafting benchmark (issue 3): a 2,000-paragraph draft and a revision with 10 % of paragraphs
 * edited, 2 % moved, 2 % added and 2 % removed. Times import with key matching and compare
 * against a plain line diff of the same two texts in the same run, and scores the key matching
 * against the known ground truth. Exits 1 when a target is missed.
 *
 *   npx tsc -b libs/drafting && npx tsc -p bench/tsconfig.json && node .tmp/bench/drafting.bench.js
 */
import type { Section } from '@concordia/contracts';
import { blocksFromText, compareSections, materialise, matchKeys, structureDocument } from '@concordia/drafting';
import { diffLines } from 'diff';
import { medianMs } from './measure';
import { generateDraft, render, revise, seededRandom } from './synthetic-draft';

const PARAGRAPHS = 2_000;
const PER_SECTION = 40;
const SHARES = { edited: 0.1, moved: 0.02, added: 0.02, removed: 0.02 };
const SEED = 20_250_301;
const WARM_UP = 3;
const RUNS = 11;
const COMPARE_TARGET = 3;
const ACCURACY_TARGET = 0.99;

function keyFactory(prefix: string): () => string {
  let next = 0;
  return () => `${prefix}${next++}`;
}

function main(): void {
  const random = seededRandom(SEED);
  const base = generateDraft(random, PARAGRAPHS, PER_SECTION);
  const revision = revise(random, base, SHARES);
  const baseText = render(base);
  const revisedText = render(revision.sections);

  const previous: Section[] = materialise(
    structureDocument(blocksFromText(baseText, 'text')),
    [],
    null,
    keyFactory('k'),
  );
  const previousKeys = previous.flatMap((section) => section.paragraphs.map((p) => p.key));
  if (previousKeys.length !== PARAGRAPHS || previous.length !== base.length) {
    throw new Error(`The base draft parsed into ${previous.length} sections / ${previousKeys.length} paragraphs`);
  }

  const importAndMatch = () => {
    const doc = structureDocument(blocksFromText(revisedText, 'text'));
    return { doc, matching: matchKeys(previous, doc) };
  };
  const { doc, matching } = importAndMatch();
  if (matching.matches.length !== revision.sources.length) {
    throw new Error(`The revision parsed into ${matching.matches.length} paragraphs, not ${revision.sources.length}`);
  }

  const expected = revision.sources.map((source) => (source === null ? null : previousKeys[source]));
  const correct = matching.matches.filter((match, i) => match.key === expected[i]).length;
  const accuracy = correct / expected.length;
  const expectedRemoved = new Set(revision.removed.map((i) => previousKeys[i]));
  const removedRight = matching.removedKeys.filter((key) => expectedRemoved.has(key)).length;

  const next = materialise(
    doc,
    matching.matches.map((match) => match.key),
    previous,
    keyFactory('n'),
  );
  const comparison = compareSections(previous, next);

  const baselineMs = medianMs(() => diffLines(baseText, revisedText), WARM_UP, RUNS);
  // Renumbering makes almost every line of the revision differ from the draft, which slows the
  // line diff down; the same diff without the numbers is shown for reference.
  const withoutNumbers = (text: string) => text.replace(/^\d+\. /gm, '');
  const [baseBare, revisedBare] = [withoutNumbers(baseText), withoutNumbers(revisedText)];
  const bareMs = medianMs(() => diffLines(baseBare, revisedBare), WARM_UP, RUNS);
  const importMs = medianMs(importAndMatch, WARM_UP, RUNS);
  const compareMs = medianMs(() => compareSections(previous, next), WARM_UP, RUNS);
  const importRatio = importMs / baselineMs;
  const compareRatio = compareMs / baselineMs;

  const pass = (ok: boolean) => (ok ? 'ok' : 'MISSED');
  const rows = [
    '| measure | median | ratio to baseline | target |',
    '|---|---:|---:|---|',
    `| baseline: diffLines(draft, revision) | ${baselineMs.toFixed(1)} ms | 1.00 | |`,
    `| reference: diffLines without paragraph numbers | ${bareMs.toFixed(1)} ms | ${(bareMs / baselineMs).toFixed(2)} | |`,
    `| import + key matching | ${importMs.toFixed(1)} ms | ${importRatio.toFixed(2)} | reported |`,
    `| compare | ${compareMs.toFixed(1)} ms | ${compareRatio.toFixed(2)} | <= ${COMPARE_TARGET} (${pass(compareRatio <= COMPARE_TARGET)}) |`,
    `| key matching accuracy | ${correct}/${expected.length} | ${(accuracy * 100).toFixed(2)} % | >= ${ACCURACY_TARGET * 100} % (${pass(accuracy >= ACCURACY_TARGET)}) |`,
  ];
  const stats = comparison.stats;
  const statsRight =
    stats.modified === revision.edited &&
    stats.added === revision.added &&
    stats.removed === revision.removed.length &&
    stats.moved === revision.moved;
  console.log(
    [
      `Drafting benchmark: ${PARAGRAPHS} paragraphs in ${base.length} sections, ${(baseText.length / 1024).toFixed(0)} KiB;`,
      `revision: ${revision.edited} edited, ${revision.moved} moved, ${revision.added} added, ${revision.removed.length} removed.`,
      `Median of ${RUNS} runs after ${WARM_UP} warm-up runs, Node ${process.version}.`,
      '',
      ...rows,
      '',
      `Removed keys found: ${removedRight}/${expectedRemoved.size} (${matching.removedKeys.length - removedRight} wrongly).`,
      `Compare stats: ${JSON.stringify(stats)} (${statsRight ? 'match' : 'DO NOT match'} the ground truth).`,
      `Against the reference line diff: import ${(importMs / bareMs).toFixed(2)}x, compare ${(compareMs / bareMs).toFixed(2)}x.`,
    ].join('\n'),
  );

  if (compareRatio > COMPARE_TARGET || accuracy < ACCURACY_TARGET || !statsRight) process.exitCode = 1;
}

main();
