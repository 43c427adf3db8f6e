import type { Block } from '@concordia/drafting';

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const normalise = (text: string): string => decodeEntities(text).replace(/\s+/g, ' ').trim();

type OpenBlock = { tag: string; text: string };

const HEADING = /^h([1-6])$/;
const BLOCK_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'li']);

/**
 * Headings and paragraphs of the HTML mammoth produces from a DOCX: h1..h6 become headings,
 * p and li become paragraphs, everything else (tables, lists, emphasis, links) contributes
 * its text to the block it sits in. Mammoth's HTML is well formed and flat enough that a small
 * tag scanner suffices; a nested block (a list inside a list item) ends the text before it.
 */
export function blocksFromHtml(html: string): Block[] {
  const blocks: Block[] = [];
  const stack: OpenBlock[] = [];
  const emit = (open: OpenBlock): void => {
    const text = normalise(open.text);
    open.text = '';
    if (!text) return;
    const heading = HEADING.exec(open.tag);
    blocks.push(heading ? { kind: 'heading', level: Number(heading[1]), text } : { kind: 'paragraph', text });
  };

  const token = /<(\/?)([a-z][a-z0-9]*)\b[^>]*?(\/?)>|([^<]+)/gi;
  for (let match = token.exec(html); match !== null; match = token.exec(html)) {
    const [, closing, rawTag, selfClosing, text] = match;
    const top = stack[stack.length - 1];
    if (text !== undefined) {
      if (top) top.text += text;
      continue;
    }
    const tag = (rawTag ?? '').toLowerCase();
    if (tag === 'br' || selfClosing) {
      if (top) top.text += ' ';
      continue;
    }
    if (!BLOCK_TAGS.has(tag)) continue;
    if (!closing) {
      if (top) emit(top);
      stack.push({ tag, text: '' });
      continue;
    }
    // Close the innermost block of this tag (and anything left open inside it).
    const at = stack.map((b) => b.tag).lastIndexOf(tag);
    if (at === -1) continue;
    for (const open of stack.splice(at).reverse()) emit(open);
  }
  for (const open of stack.reverse()) emit(open);
  return blocks;
}
