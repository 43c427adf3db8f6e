/**
 * The real texts in ../shared/corpus (beside the repository; CORPUS_DIR overrides it, as for the
 * integration tests) as import fixtures. They are read at run time and never copied: assertions
 * are derived from the files themselves.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { compareSections } from '../compare/compare-sections';
import { matchKeys } from '../matching/match-keys';
import { materialise } from '../matching/materialise';
import { applyOperation } from '../operations/apply-operation';
import { counter, paragraphKeys } from '../testing/fixtures';
import { blocksFromText } from './blocks';
import { DOCUMENT_SYMBOL } from './patterns';
import { structureDocument } from './structure';

function corpusDir(): string {
  if (process.env.CORPUS_DIR) return process.env.CORPUS_DIR;
  let dir = __dirname;
  while (!existsSync(join(dir, 'nx.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no nx.json above ${__dirname}`);
    dir = parent;
  }
  const corpus = resolve(dir, '../shared/corpus');
  if (!existsSync(corpus)) throw new Error(`The corpus is expected beside the repository, at ${corpus}`);
  return corpus;
}

const read = (name: string): string => readFileSync(join(corpusDir(), name), 'utf8');
const flat = (text: string): string => text.replace(/\s+/g, ' ').trim();

describe('corpus: UN report excerpt (one flattened page)', () => {
  const raw = read('a-59-377-excerpt.txt');
  const doc = structureDocument(blocksFromText(raw, 'text'));
  const paragraphs = doc.sections.flatMap((s) => s.paragraphs);
  const symbol = DOCUMENT_SYMBOL.exec(raw)?.[0];
  const lastLine = raw.trim().split('\n').pop()?.trim() ?? '';

  it('finds one lettered section and its numbered paragraphs, keeping their numbers', () => {
    expect(doc.sections).toHaveLength(1);
    expect(doc.sections[0].heading).toMatch(/^C\. \p{Lu}/u);
    expect(flat(raw)).toContain(doc.sections[0].heading);
    expect(paragraphs.map((p) => p.number)).toEqual(['47', '48', '49']);
    expect(paragraphs.every((p) => p.explicitNumber)).toBe(true);
  });

  it('leaves the page header symbol, footnote markers, page number and stray line out, saying so', () => {
    expect(symbol).toBeDefined();
    expect(doc.sections[0].heading).not.toContain(symbol);
    for (const p of paragraphs) {
      expect(p.text).not.toMatch(/^\d/);
      expect(p.text).not.toMatch(/\p{Ll}[.,;]\d/u);
      expect(p.text).toMatch(/\.$/);
      expect(flat(raw)).toContain(p.text.slice(0, 80));
    }
    expect(doc.warnings).toEqual(
      expect.arrayContaining([
        { code: 'document_symbol_left_out', params: { symbol } },
        { code: 'empty_heading_left_out', params: { heading: lastLine } },
        { code: 'footnotes_removed', params: { paragraph: '48', markers: [expect.stringMatching(/^\d+$/)] } },
        {
          code: 'footnotes_removed',
          params: { paragraph: '49', markers: [expect.stringMatching(/^\d+$/), expect.stringMatching(/^\d+$/)] },
        },
        { code: 'page_number_removed', params: { paragraph: '49', page: expect.stringMatching(/^\d+$/) } },
      ]),
    );
  });

  it('keeps keys through a revision: edited, moved and new paragraphs', () => {
    const previous = materialise(doc, [], null, counter('k'));
    const [p47, p48, p49] = paragraphs;
    const words = p48.text.split(' ');
    words.splice(5, 3, 'substantially', 'amended', 'wording');
    const revised = [
      doc.sections[0].heading,
      `47. ${p49.text}`,
      `48. ${p47.text}`,
      `49. ${words.join(' ')}`,
      '50. A paragraph written for this test and found nowhere else.',
    ].join('\n\n');
    const next = structureDocument(blocksFromText(revised, 'text'));
    const { matches, removedKeys } = matchKeys(previous, next);
    const [k47, k48, k49] = paragraphKeys(previous);
    expect(matches.map((m) => m.key)).toEqual([k49, k47, k48, null]);
    expect(matches[2].similarity).toBeGreaterThan(0.8);
    expect(matches[2].similarity).toBeLessThan(1);
    expect(removedKeys).toEqual([]);

    const version = materialise(
      next,
      matches.map((m) => m.key),
      previous,
      counter('n'),
    );
    expect(version[0].key).toBe(previous[0].key);
    const comparison = compareSections(previous, version);
    expect(comparison.stats).toEqual({ unchanged: 2, modified: 1, added: 1, removed: 0, moved: 1, renumbered: 3 });
  });

  it('edits as a working version: a split keeps the key with the larger part, numbering from 47', () => {
    const version = materialise(doc, [], null, counter('k'));
    const [, k48] = paragraphKeys(version);
    const text = version[0].paragraphs[1].text;
    const at = text.indexOf('. ') + 1;
    const split = applyOperation(version, { type: 'split_paragraph', key: k48, at }, counter('s'));
    const after = split[0].paragraphs;
    expect(after.map((p) => p.number)).toEqual(['47', '48', '49', '50']);
    const larger = after[1].text.length >= after[2].text.length ? after[1] : after[2];
    expect(larger.key).toBe(k48);
    const merged = applyOperation(
      split,
      { type: 'merge_paragraphs', key: after[1].key, nextKey: after[2].key },
      counter('m'),
    );
    expect(merged[0].paragraphs[1]).toEqual({ key: k48, number: '48', text: flat(text) });
  });
});

describe('corpus: summary without headings or numbers', () => {
  const raw = read('berne-initiative-summary.txt');
  const blocks = raw
    .split(/\n\s*\n/)
    .map((b) => flat(b.replace(/\u00a0/g, ' ')))
    .filter(Boolean);

  it.each(['text', 'markdown'] as const)('reads %s as one untitled section numbered from 1', (format) => {
    const doc = structureDocument(blocksFromText(raw, format));
    expect(doc.sections).toHaveLength(1);
    expect(doc.sections[0].heading).toBe('');
    expect(doc.sections[0].paragraphs).toEqual(
      blocks.map((text, i) => ({ number: String(i + 1), text, explicitNumber: false })),
    );
    expect(doc.warnings).toEqual([{ code: 'no_paragraph_numbers', params: {} }]);
  });

  it('has the paragraphs the file has, with no non-breaking spaces left', () => {
    const doc = structureDocument(blocksFromText(raw, 'text'));
    expect(blocks.length).toBeGreaterThan(1);
    expect(doc.sections[0].paragraphs).toHaveLength(blocks.length);
    expect(doc.sections[0].paragraphs.some((p) => p.text.includes('\u00a0'))).toBe(false);
  });
});
