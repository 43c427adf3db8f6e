import type { Section, TextOperation } from '@concordia/contracts';

export interface ParagraphSnapshot {
  key: string;
  sectionKey: string;
  number: string;
  text: string;
}

export interface SectionSnapshot {
  key: string;
  heading: string;
  position: number;
}

/** What the audit log keeps of one side of an edit: only the parts it concerned. */
export interface EditSlice {
  paragraphs: ParagraphSnapshot[];
  sections: SectionSnapshot[];
}

function paragraphsByKey(sections: readonly Section[]): Map<string, ParagraphSnapshot> {
  const map = new Map<string, ParagraphSnapshot>();
  for (const section of sections) {
    for (const p of section.paragraphs)
      map.set(p.key, { key: p.key, sectionKey: section.key, number: p.number, text: p.text });
  }
  return map;
}

function sectionsByKey(sections: readonly Section[]): Map<string, SectionSnapshot> {
  return new Map(sections.map((s, position) => [s.key, { key: s.key, heading: s.heading, position }]));
}

function namedKeys(op: TextOperation): { paragraphs: string[]; sections: string[] } {
  switch (op.type) {
    case 'add_paragraph':
      return { paragraphs: [], sections: [op.sectionKey] };
    case 'edit_paragraph':
    case 'split_paragraph':
    case 'delete_paragraph':
      return { paragraphs: [op.key], sections: [] };
    case 'merge_paragraphs':
      return { paragraphs: [op.key, op.nextKey], sections: [] };
    case 'move_paragraph':
      return { paragraphs: [op.key], sections: [op.toSectionKey] };
    case 'add_section':
      return { paragraphs: [], sections: [] };
    case 'rename_section':
    case 'move_section':
    case 'delete_section':
      return { paragraphs: [], sections: [op.sectionKey] };
  }
}

/**
 * The before and after of an edit, limited to what it touched: the paragraphs and sections the
 * operation names, plus any whose text, heading or section changed, or that appeared or
 * vanished. Numbers shifted by renumbering alone are left out, or one insertion near the top
 * would copy the whole document into the log.
 */
export function auditSlices(
  op: TextOperation,
  before: readonly Section[],
  after: readonly Section[],
): { before: EditSlice; after: EditSlice } {
  const named = namedKeys(op);
  const [pBefore, pAfter] = [paragraphsByKey(before), paragraphsByKey(after)];
  const [sBefore, sAfter] = [sectionsByKey(before), sectionsByKey(after)];

  const paragraphKeys = new Set(named.paragraphs);
  for (const key of new Set([...pBefore.keys(), ...pAfter.keys()])) {
    const [b, a] = [pBefore.get(key), pAfter.get(key)];
    if (!b || !a || b.text !== a.text || b.sectionKey !== a.sectionKey) paragraphKeys.add(key);
  }
  const sectionKeys = new Set(named.sections);
  for (const key of new Set([...sBefore.keys(), ...sAfter.keys()])) {
    const [b, a] = [sBefore.get(key), sAfter.get(key)];
    if (!b || !a || b.heading !== a.heading) sectionKeys.add(key);
  }

  const pick = <T>(map: Map<string, T>, keys: Set<string>): T[] =>
    [...keys].flatMap((key) => {
      const value = map.get(key);
      return value ? [value] : [];
    });
  return {
    before: { paragraphs: pick(pBefore, paragraphKeys), sections: pick(sBefore, sectionKeys) },
    after: { paragraphs: pick(pAfter, paragraphKeys), sections: pick(sAfter, sectionKeys) },
  };
}
