import type { Language, PositionMatrix, PositionValue } from '@concordia/contracts';
import ExcelJS from 'exceljs';
import { MATRIX_LABELS } from './matrix-labels';

export interface RoundMatrix {
  name: string;
  matrix: PositionMatrix;
}

export interface MatrixWorkbook {
  processTitle: string;
  language: Language;
  rounds: readonly RoundMatrix[];
}

const FILLS: Record<PositionValue, string> = {
  support: 'FF38D9A9',
  support_with_amendments: 'FFA9E34B',
  reservation: 'FFFFD43B',
  objection: 'FFFA5252',
  no_position: 'FFADB5BD',
};

const COUNTS = ['support', 'support_with_amendments', 'reservation', 'objection', 'no_position', 'none'] as const;

/** Wide enough for the longest stance ("Soutien avec amendements") without wrapping. */
const STANCE_WIDTH = 26;

/** Excel forbids []:*?/\ in sheet names and caps them at 31 characters; names must be unique. */
export function sheetName(name: string, taken: Set<string>, fallback = 'Round'): string {
  const base =
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .trim()
      .slice(0, 28) || fallback;
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) candidate = `${base.slice(0, 27)} ${n}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/**
 * The workbook: a summary sheet first (per round and paragraph: the counts and consensus), then
 * one sheet per round with its matrix, stances named in the reader's language and cells coloured
 * by stance. Header row and delegation columns stay in view while scrolling.
 */
export async function matrixWorkbook(book: MatrixWorkbook): Promise<Buffer> {
  const labels = MATRIX_LABELS[book.language];
  const { columns, terms } = labels;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Concordia';
  workbook.title = labels.title(book.processTitle);
  workbook.subject = labels.subject;
  workbook.created = new Date();
  const yesNo = (consensus: boolean) => (consensus ? terms.consensus.yes : terms.consensus.no);

  const summaryName = sheetName(labels.summarySheet, new Set());
  const taken = new Set<string>([summaryName.toLowerCase()]);
  const summary = workbook.addWorksheet(summaryName, { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  summary.columns = [
    { header: columns.round, width: 28 },
    { header: columns.paragraph, width: 12 },
    ...COUNTS.map((key) => ({ header: terms.position[key], width: STANCE_WIDTH })),
    { header: columns.consensus, width: 12 },
  ];
  for (const { name, matrix } of book.rounds) {
    matrix.summary.forEach((s, j) => {
      summary.addRow([
        name,
        matrix.paragraphs[j]?.number ?? s.paragraphKey,
        ...COUNTS.map((key) => s.counts[key]),
        yesNo(s.consensus),
      ]);
    });
  }
  summary.getRow(1).font = { bold: true };

  for (const { name, matrix } of book.rounds) {
    const sheet = workbook.addWorksheet(sheetName(name, taken, labels.untitledRound), {
      views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }],
    });
    sheet.columns = [
      { header: columns.code, width: 10 },
      { header: columns.delegation, width: 30 },
      { header: columns.region, width: 16 },
      { header: columns.kind, width: 30 },
      ...matrix.paragraphs.map((p) => ({ header: p.number, width: STANCE_WIDTH })),
    ];
    sheet.getRow(1).font = { bold: true };
    const byId = new Map(matrix.delegations.map((d) => [d.id, d] as const));
    for (const row of matrix.rows) {
      const d = byId.get(row.delegationId);
      const added = sheet.addRow([
        d?.code,
        d?.name,
        d?.region,
        d ? terms.delegationKind[d.kind] : undefined,
        ...row.values.map((v) => (v ? terms.position[v] : '')),
      ]);
      row.values.forEach((value, j) => {
        if (!value) return;
        added.getCell(5 + j).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILLS[value] } };
      });
    }
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return Buffer.from(buffer);
}
