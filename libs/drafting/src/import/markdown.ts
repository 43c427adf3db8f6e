import type { Block } from './block';
import { segmentBlock } from './segment';
import { joinWrapped } from './text-lines';

/**
 * Markdown blocks: headings are explicit (ATX "#" lines and setext underlines), so no heading is
 * guessed from the shape of a line. Inline syntax is removed because paragraphs hold plain text.
 */
export function markdownBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let pending: string[] = [];
  const flush = (): void => {
    if (pending.length > 0) blocks.push(...segmentBlock(pending, 'markdown'));
    pending = [];
  };

  for (const line of lines) {
    const atx = /^(#{1,6})(?:\s+|$)(.*)$/.exec(line);
    if (atx) {
      flush();
      const text = stripInline(atx[2].replace(/(?:^|\s+)#+\s*$/, '').trim());
      if (text) blocks.push({ kind: 'heading', level: atx[1].length, text });
      continue;
    }
    const setext = /^(=+|-+)$/.exec(line);
    if (setext && pending.length > 0) {
      blocks.push({ kind: 'heading', level: setext[1].startsWith('=') ? 1 : 2, text: joinWrapped(pending) });
      pending = [];
      continue;
    }
    if (/^(?:([-*_])\s*)(?:\1\s*){2,}$/.test(line) || /^(?:```|~~~)/.test(line)) {
      flush();
      continue;
    }
    const text = stripInline(line.replace(/^(?:>\s?)+/, '').trim());
    if (text) pending.push(text);
  }
  flush();
  return blocks;
}

const ESCAPED = /\\([\\`*_{}[\]()#+\-.!>|~<])/g;
const PROTECTED = /[\uE000-\uE07F]/g;

/** Removes inline Markdown (emphasis, links, code, tags) and keeps the words. */
export function stripInline(line: string): string {
  // Escaped characters are hidden in the private-use area so no rule below treats them as syntax.
  const hidden = line.replace(ESCAPED, (_match, char: string) => String.fromCharCode(0xe000 + char.charCodeAt(0)));
  const plain = hidden
    .replace(/(`+)(.+?)\1/g, '$2')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
    .replace(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g, '')
    .replace(/(\*\*|__)(?=\S)(.*?\S)\1/g, '$2')
    .replace(/\*(?=\S)([^*]*?\S)\*/g, '$1')
    .replace(/(?<![\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu, '$1')
    .replace(/~~(?=\S)(.*?\S)~~/g, '$1')
    .replace(/\\$/, '');
  return plain.replace(PROTECTED, (char) => String.fromCharCode(char.charCodeAt(0) - 0xe000)).trim();
}
