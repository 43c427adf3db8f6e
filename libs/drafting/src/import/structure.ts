import { ErrorCode, PARAGRAPH_TEXT_MAX, SECTION_HEADING_MAX, type ImportWarning } from '@concordia/contracts';
import { DraftingError } from '../drafting-error';
import type { Block } from './block';
import { canonicalNumber, follows, nextFreeNumber } from './paragraph-numbers';
import { BULLET, DOCUMENT_SYMBOL, LEADING_NUMBER, PAGE_NUMBER_ONLY, SUB_ITEM } from './patterns';
import { cleanLine, cleanMultiline } from './text-lines';

export interface ParsedParagraph {
  /** Without the dot: "47", "12 bis". */
  number: string;
  text: string;
  /** False when the document had no number and one was given in sequence. */
  explicitNumber: boolean;
}

export interface ParsedSection {
  /** Empty for the paragraphs before the first heading. */
  heading: string;
  paragraphs: ParsedParagraph[];
}

export interface ParsedDocument {
  sections: ParsedSection[];
  /** What the import changed or left out, for the person checking the preview (worded by the client). */
  warnings: ImportWarning[];
}

interface DraftParagraph {
  number: string | null;
  text: string;
}

interface DraftSection {
  heading: string;
  paragraphs: DraftParagraph[];
}

/** How many instances a warning lists before it summarises the rest. */
const LISTED = 10;

/**
 * Sections and numbered paragraphs from a run of blocks. Headings open sections; paragraphs keep
 * the number they were written with and unnumbered ones continue the sequence; sub-items "(a)"
 * and bullets stay in the paragraph above them. Throws ImportDuplicateNumbers when the document
 * uses a number twice and ImportNoParagraphs when nothing is left to import.
 */
export function structureDocument(blocks: Block[]): ParsedDocument {
  const warnings: ImportWarning[] = [];
  const sections = collectSections(blocks, warnings);
  dropTrailingEmptySections(sections, warnings);

  const paragraphs = sections.flatMap((section) => section.paragraphs);
  if (paragraphs.length === 0) {
    throw new DraftingError(ErrorCode.ImportNoParagraphs, 'The document has no paragraphs to import.');
  }
  rejectDuplicateNumbers(paragraphs);

  const cleaned = paragraphs.map((paragraph) => cleanArtefacts(paragraph.text));
  const numbers = assignNumbers(paragraphs);
  warnings.push(...numberingWarnings(paragraphs, numbers));
  cleaned.forEach(({ footnotes, pageNumber }, i) => {
    if (footnotes.length > 0) {
      warnings.push({ code: 'footnotes_removed', params: { paragraph: numbers[i], markers: footnotes } });
    }
    if (pageNumber) warnings.push({ code: 'page_number_removed', params: { paragraph: numbers[i], page: pageNumber } });
  });

  let index = 0;
  const parsed: ParsedSection[] = sections.map((section) => ({
    heading: section.heading,
    paragraphs: section.paragraphs.map((paragraph) => {
      const i = index++;
      return { number: numbers[i], text: cleaned[i].text, explicitNumber: paragraph.number !== null };
    }),
  }));
  warnings.push(...limitWarnings(parsed));
  return { sections: parsed, warnings };
}

function collectSections(blocks: Block[], warnings: ImportWarning[]): DraftSection[] {
  const sections: DraftSection[] = [];
  // A number alone on its line ("47.") numbers the paragraph that follows it.
  let pendingNumber: string | null = null;
  const current = (): DraftSection => {
    if (sections.length === 0) sections.push({ heading: '', paragraphs: [] });
    return sections[sections.length - 1];
  };
  const dropPendingNumber = (): void => {
    if (pendingNumber !== null) {
      warnings.push({ code: 'number_without_paragraph', params: { number: pendingNumber } });
    }
    pendingNumber = null;
  };

  for (const block of blocks) {
    if (block.kind === 'heading') {
      const heading = cleanLine(block.text);
      if (!heading) continue;
      dropPendingNumber();
      sections.push({ heading, paragraphs: [] });
      continue;
    }
    const text = cleanMultiline(block.text);
    if (!text) continue;
    if (DOCUMENT_SYMBOL.exec(text)?.[0] === text) {
      warnings.push({ code: 'document_symbol_left_out', params: { symbol: text } });
      continue;
    }
    if (PAGE_NUMBER_ONLY.test(text)) {
      warnings.push({ code: 'page_number_left_out', params: { page: text } });
      continue;
    }
    const lead = LEADING_NUMBER.exec(text);
    if (lead) {
      const number = canonicalNumber(lead[1], lead[2]);
      const rest = text.slice(lead[0].length).trim();
      dropPendingNumber();
      if (rest) current().paragraphs.push({ number, text: rest });
      else pendingNumber = number;
      continue;
    }
    const section = current();
    const previous = section.paragraphs[section.paragraphs.length - 1];
    if (previous && pendingNumber === null && (SUB_ITEM.test(text) || BULLET.test(text))) {
      previous.text = `${previous.text}\n${text}`;
      continue;
    }
    section.paragraphs.push({ number: pendingNumber, text });
    pendingNumber = null;
  }
  dropPendingNumber();
  return sections;
}

/** A heading with nothing after it closes the document: usually a stray line, not a section. */
function dropTrailingEmptySections(sections: DraftSection[], warnings: ImportWarning[]): void {
  while (sections.length > 0 && sections[sections.length - 1].paragraphs.length === 0) {
    const dropped = sections.pop();
    if (dropped?.heading) {
      warnings.push({ code: 'empty_heading_left_out', params: { heading: dropped.heading } });
    }
  }
}

function rejectDuplicateNumbers(paragraphs: DraftParagraph[]): void {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const { number } of paragraphs) {
    if (number === null) continue;
    if (seen.has(number)) duplicates.add(number);
    seen.add(number);
  }
  if (duplicates.size > 0) {
    const numbers = [...duplicates];
    throw new DraftingError(
      ErrorCode.ImportDuplicateNumbers,
      `Paragraph numbers used more than once: ${numbers.join(', ')}.`,
      { numbers },
    );
  }
}

function assignNumbers(paragraphs: DraftParagraph[]): string[] {
  const taken = new Set(paragraphs.flatMap(({ number }) => (number === null ? [] : [number])));
  let previous: string | null = null;
  return paragraphs.map(({ number }) => {
    const assigned = number ?? nextFreeNumber(previous, taken);
    taken.add(assigned);
    previous = assigned;
    return assigned;
  });
}

function numberingWarnings(paragraphs: DraftParagraph[], numbers: string[]): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  const explicitCount = paragraphs.filter(({ number }) => number !== null).length;
  if (explicitCount === 0) {
    warnings.push({ code: 'no_paragraph_numbers', params: {} });
    return warnings;
  }
  const given = numbers.filter((_, i) => paragraphs[i].number === null);
  if (given.length > 0) {
    warnings.push({ code: 'numbered_in_sequence', params: { numbers: given.slice(0, LISTED), more: more(given) } });
  }
  const jumps: { from: string; to: string }[] = [];
  for (let i = 1; i < paragraphs.length; i += 1) {
    const before = paragraphs[i - 1].number;
    const after = paragraphs[i].number;
    if (before !== null && after !== null && !follows(before, after)) jumps.push({ from: before, to: after });
  }
  if (jumps.length > 0) {
    warnings.push({ code: 'numbering_jumps', params: { jumps: jumps.slice(0, LISTED), more: more(jumps) } });
  }
  return warnings;
}

/** How many instances a warning leaves unlisted. */
function more(items: readonly unknown[]): number {
  return Math.max(0, items.length - LISTED);
}

/** "Australia.9 " -> "Australia. ": a footnote reference glued to the end of a sentence. */
const FOOTNOTE_MARK = /(?<=[\p{Ll})\]’”"])([.,;])(\d{1,3})(?=\s|$)/gu;
/** "... levels. 15" at the very end: the page number printed below the paragraph. */
const TRAILING_PAGE_NUMBER = /([.!?][’”")\]]?)\s+(\d{1,4})$/;

/** Removes what PDF extraction adds to a paragraph: footnote references and a page number. */
function cleanArtefacts(text: string): { text: string; footnotes: string[]; pageNumber: string | null } {
  const footnotes: string[] = [];
  let cleaned = text.replace(FOOTNOTE_MARK, (_match, punctuation: string, mark: string) => {
    footnotes.push(mark);
    return punctuation;
  });
  let pageNumber: string | null = null;
  cleaned = cleaned.replace(TRAILING_PAGE_NUMBER, (_match, end: string, page: string) => {
    pageNumber = page;
    return end;
  });
  return { text: cleaned, footnotes, pageNumber };
}

function limitWarnings(sections: ParsedSection[]): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  for (const section of sections) {
    if (section.heading.length > SECTION_HEADING_MAX) {
      warnings.push({
        code: 'heading_too_long',
        params: { heading: section.heading.slice(0, 60), max: SECTION_HEADING_MAX },
      });
    }
    for (const paragraph of section.paragraphs) {
      if (paragraph.text.length > PARAGRAPH_TEXT_MAX) {
        warnings.push({ code: 'paragraph_too_long', params: { paragraph: paragraph.number, max: PARAGRAPH_TEXT_MAX } });
      }
    }
  }
  return warnings;
}
