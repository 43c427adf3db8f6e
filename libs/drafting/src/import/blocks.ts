import type { Block } from './block';
import { markdownBlocks } from './markdown';
import { DOCUMENT_SYMBOL, standaloneHeadingLevel, strongHeadingLevel } from './patterns';
import { segmentBlock } from './segment';
import { blankLineBlocks } from './text-lines';

/**
 * Headings and paragraphs of a plain-text or Markdown document. Paragraphs are separated by
 * blank lines (the lines of a wrapped paragraph join into one); numbered paragraphs are also
 * found without blank lines between them. Markdown headings are its own "#" lines; plain-text
 * headings are recognised by shape (see patterns.ts).
 */
export function blocksFromText(text: string, format: 'text' | 'markdown'): Block[] {
  const blocks: Block[] = [];
  for (const lines of blankLineBlocks(text)) {
    blocks.push(...(format === 'markdown' ? markdownBlocks(lines) : plainTextBlocks(lines)));
  }
  return blocks;
}

function plainTextBlocks(block: readonly string[]): Block[] {
  const blocks: Block[] = [];
  const lines = [...block];

  // A page header's document symbol ("A/59/377") becomes a block of its own, so it does not end
  // up in a heading or paragraph; structureDocument leaves it out and says so.
  const symbol = DOCUMENT_SYMBOL.exec(lines[0]);
  if (symbol) {
    blocks.push({ kind: 'paragraph', text: symbol[0] });
    const rest = lines[0].slice(symbol[0].length).trim();
    if (rest) lines[0] = rest;
    else lines.shift();
  }

  // "II. CONTEXT" directly above its first paragraph, without a blank line between them. A
  // lower-case next line means the first line is the start of a wrapped sentence instead.
  while (lines.length > 1 && !/^\p{Ll}/u.test(lines[1])) {
    const level = strongHeadingLevel(lines[0]);
    if (level === null) break;
    blocks.push({ kind: 'heading', level, text: lines[0] });
    lines.shift();
  }

  if (lines.length === 1) {
    const level = standaloneHeadingLevel(lines[0]);
    if (level !== null) return [...blocks, { kind: 'heading', level, text: lines[0] }];
  }
  if (lines.length > 0) blocks.push(...segmentBlock(lines, 'text'));
  return blocks;
}
