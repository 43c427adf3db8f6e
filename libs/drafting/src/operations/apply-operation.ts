import { ErrorCode, type Paragraph, type Section, type TextOperation } from '@concordia/contracts';
import { DraftingError } from '../drafting-error';
import type { KeyFactory } from '../matching/materialise';
import { firstNumber, renumber } from './renumber';

/**
 * One edit of a working version. Pure: the input is not touched, a new array is returned, and
 * paragraphs are renumbered continuously from the document's first number. Keys are stable: an
 * edit or a move keeps the key, a split leaves it with the larger part, a merge with the longer
 * paragraph. Unknown keys give ParagraphNotFound / SectionNotFound; impossible edits
 * OperationInvalid; deleting a section that still has paragraphs SectionNotEmpty.
 */
export function applyOperation(sections: Section[], op: TextOperation, newKey: KeyFactory): Section[] {
  // Sections and their paragraph lists are copied; paragraph objects are replaced, never changed.
  const doc: Section[] = sections.map((section) => ({ ...section, paragraphs: [...section.paragraphs] }));
  const keys = new KeySource(doc, newKey);

  switch (op.type) {
    case 'add_paragraph': {
      const section = doc[sectionIndex(doc, op.sectionKey)];
      const at = insertionIndex(section, op.afterKey);
      section.paragraphs.splice(at, 0, { key: keys.paragraph(), number: '', text: requireText(op.text) });
      break;
    }
    case 'edit_paragraph': {
      const { section, index } = locateParagraph(doc, op.key);
      section.paragraphs[index] = { ...section.paragraphs[index], text: requireText(op.text) };
      break;
    }
    case 'split_paragraph':
      splitParagraph(doc, op.key, op.at, keys);
      break;
    case 'merge_paragraphs':
      mergeParagraphs(doc, op.key, op.nextKey);
      break;
    case 'move_paragraph': {
      if (op.afterKey === op.key) invalid('A paragraph cannot be placed after itself.', { key: op.key });
      const from = locateParagraph(doc, op.key);
      const target = doc[sectionIndex(doc, op.toSectionKey)];
      const [moved] = from.section.paragraphs.splice(from.index, 1);
      target.paragraphs.splice(insertionIndex(target, op.afterKey), 0, moved);
      break;
    }
    case 'delete_paragraph': {
      const { section, index } = locateParagraph(doc, op.key);
      section.paragraphs.splice(index, 1);
      break;
    }
    case 'add_section': {
      const at = op.afterSectionKey === null ? 0 : sectionIndex(doc, op.afterSectionKey) + 1;
      doc.splice(at, 0, { key: keys.section(), heading: requireText(op.heading), paragraphs: [] });
      break;
    }
    case 'rename_section': {
      const s = sectionIndex(doc, op.sectionKey);
      doc[s] = { ...doc[s], heading: requireText(op.heading) };
      break;
    }
    case 'move_section': {
      if (op.afterSectionKey === op.sectionKey) {
        invalid('A section cannot be placed after itself.', { sectionKey: op.sectionKey });
      }
      const [moved] = doc.splice(sectionIndex(doc, op.sectionKey), 1);
      const at = op.afterSectionKey === null ? 0 : sectionIndex(doc, op.afterSectionKey) + 1;
      doc.splice(at, 0, moved);
      break;
    }
    case 'delete_section': {
      const s = sectionIndex(doc, op.sectionKey);
      const count = doc[s].paragraphs.length;
      if (count > 0) {
        throw new DraftingError(
          ErrorCode.SectionNotEmpty,
          count === 1
            ? 'The section still has 1 paragraph; move or delete it first.'
            : `The section still has ${count} paragraphs; move or delete them first.`,
          { sectionKey: op.sectionKey, paragraphs: count },
        );
      }
      doc.splice(s, 1);
      break;
    }
  }
  return renumber(doc, firstNumber(sections));
}

function splitParagraph(doc: Section[], key: string, at: number, keys: KeySource): void {
  const { section, index } = locateParagraph(doc, key);
  const paragraph = section.paragraphs[index];
  const { text } = paragraph;
  if (!Number.isInteger(at) || at <= 0 || at >= text.length) {
    invalid(`A split must fall inside the text (1 to ${text.length - 1}).`, { key, at });
  }
  if (isHighSurrogate(text.charCodeAt(at - 1))) invalid('A split cannot cut a character in two.', { key, at });
  const head = text.slice(0, at).trim();
  const tail = text.slice(at).trim();
  if (!head || !tail) invalid('A split would leave an empty paragraph.', { key, at });
  // The larger part is the paragraph people were discussing: it keeps the key (ties: the first).
  const headKeeps = head.length >= tail.length;
  const other = keys.paragraph();
  section.paragraphs.splice(
    index,
    1,
    { ...paragraph, key: headKeeps ? key : other, text: head },
    { ...paragraph, key: headKeeps ? other : key, text: tail },
  );
}

function mergeParagraphs(doc: Section[], key: string, nextKey: string): void {
  if (key === nextKey) invalid('A paragraph cannot be merged with itself.', { key });
  const first = locateParagraph(doc, key);
  const second = locateParagraph(doc, nextKey);
  if (first.section !== second.section || second.index !== first.index + 1) {
    invalid('Only a paragraph and the one right after it in the same section can be merged.', { key, nextKey });
  }
  const a = first.section.paragraphs[first.index];
  const b = second.section.paragraphs[second.index];
  const text = `${a.text.trimEnd()} ${b.text.trimStart()}`.trim();
  if (!text) invalid('The merge would leave an empty paragraph.', { key, nextKey });
  // The longer paragraph carries more of the discussion: its key survives (ties: the first).
  const survivor = a.text.trim().length >= b.text.trim().length ? a : b;
  first.section.paragraphs.splice(first.index, 2, { ...a, key: survivor.key, text });
}

function locateParagraph(doc: Section[], key: string): { section: Section; index: number } {
  for (const section of doc) {
    const index = section.paragraphs.findIndex((paragraph) => paragraph.key === key);
    if (index >= 0) return { section, index };
  }
  throw new DraftingError(ErrorCode.ParagraphNotFound, 'No paragraph has this key.', { key });
}

function sectionIndex(doc: Section[], sectionKey: string): number {
  const index = doc.findIndex((section) => section.key === sectionKey);
  if (index < 0) throw new DraftingError(ErrorCode.SectionNotFound, 'No section has this key.', { sectionKey });
  return index;
}

/** Where to insert in `section`: first when `afterKey` is null, else right after that paragraph. */
function insertionIndex(section: Section, afterKey: string | null): number {
  if (afterKey === null) return 0;
  const index = section.paragraphs.findIndex((paragraph) => paragraph.key === afterKey);
  if (index < 0) {
    throw new DraftingError(ErrorCode.ParagraphNotFound, 'The paragraph to insert after is not in that section.', {
      key: afterKey,
      sectionKey: section.key,
    });
  }
  return index + 1;
}

function requireText(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) invalid('The text is empty.');
  return trimmed;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function invalid(message: string, details?: Record<string, unknown>): never {
  throw new DraftingError(ErrorCode.OperationInvalid, message, details);
}

/** New keys from the caller's factory, refused if the factory repeats a key already in use. */
class KeySource {
  constructor(
    private readonly doc: readonly Section[],
    private readonly newKey: KeyFactory,
  ) {}

  paragraph(): string {
    return this.fresh(this.doc.flatMap((section) => section.paragraphs.map((p: Paragraph) => p.key)));
  }

  section(): string {
    return this.fresh(this.doc.map((section) => section.key));
  }

  private fresh(existing: string[]): string {
    const key = this.newKey();
    if (!key || existing.includes(key)) invalid('The new key is empty or already in use.', { key });
    return key;
  }
}
