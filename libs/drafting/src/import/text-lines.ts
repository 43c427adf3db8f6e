/**
 * Line-level clean-up shared by every import format. Text extracted from PDFs and word
 * processors carries non-breaking spaces, zero-width characters, form feeds between pages and
 * CR/LF line ends; none of them means anything to a paragraph.
 */

const UNICODE_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t]/g;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/** One line: unusual spaces become plain spaces, runs collapse, ends are trimmed. */
export function cleanLine(line: string): string {
  return line.replace(INVISIBLE, '').replace(UNICODE_SPACES, ' ').replace(/ {2,}/g, ' ').trim();
}

/** Multi-line text: every line cleaned, empty lines dropped, kept lines joined by "\n". */
export function cleanMultiline(text: string): string {
  return splitLines(text).map(cleanLine).filter(Boolean).join('\n');
}

/** Lines of a text whatever its line ends; a form feed (page break) counts as a blank line. */
export function splitLines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').replace(/\f/g, '\n\n').split('\n');
}

/** Groups cleaned lines into blocks separated by blank lines. */
export function blankLineBlocks(text: string): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of splitLines(text)) {
    const cleaned = cleanLine(line);
    if (cleaned === '') {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push(cleaned);
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/** Joins the lines of a wrapped paragraph: they are one paragraph, so they join with spaces. */
export function joinWrapped(lines: readonly string[]): string {
  return lines.join(' ').replace(/ {2,}/g, ' ').trim();
}
