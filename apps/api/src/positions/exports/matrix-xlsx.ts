import type { PositionMatrix, PositionValue } from '@concordia/contracts';
import ExcelJS from 'exceljs';

export interface RoundMatrix {
  name: string;
  matrix: PositionMatrix;
}

const FILLS: Record<PositionValue, string> = {
  support: 'FF38D9A9',
  support_with_amendments: 'FFA9E34B',
  reservation: 'FFFFD43B',
  objection: 'FFFA5252',
  no_position: 'FFADB5BD',
};

const COUNTS = ['support', 'support_with_amendments', 'reservation', 'objection', 'no_position', 'none'] as const;

/** Excel forbids []:*?/\ in sheet names and caps them at 31 characters; names must be unique. */
export function sheetName(name: string, taken: Set<string>): string {
  const base =
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .trim()
      .slice(0, 28) || 'Round';
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) candidate = `${base.slice(0, 27)} ${n}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/**
 * The workbook: a "Summary" sheet first (per round and paragraph: the counts and consensus),
 * then one sheet per round with its matrix, cells coloured by position.
 */
export async function matrixWorkbook(rounds: readonly RoundMatrix[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Concordia';
  const taken = new Set<string>(['summary']);
  const summary = workbook.addWorksheet('Summary');
  summary.addRow(['round', 'paragraph', ...COUNTS, 'consensus']);
  for (const { name, matrix } of rounds) {
    matrix.summary.forEach((s, j) => {
      summary.addRow([
        name,
        matrix.paragraphs[j]?.number ?? s.paragraphKey,
        ...COUNTS.map((key) => s.counts[key]),
        s.consensus ? 'yes' : 'no',
      ]);
    });
  }
  summary.getRow(1).font = { bold: true };
  summary.views = [{ state: 'frozen', ySplit: 1 }];

  for (const { name, matrix } of rounds) {
    const sheet = workbook.addWorksheet(sheetName(name, taken));
    sheet.addRow(['delegation', 'name', 'region', 'kind', ...matrix.paragraphs.map((p) => p.number)]);
    sheet.getRow(1).font = { bold: true };
    const byId = new Map(matrix.delegations.map((d) => [d.id, d] as const));
    for (const row of matrix.rows) {
      const d = byId.get(row.delegationId);
      const added = sheet.addRow([d?.code, d?.name, d?.region, d?.kind, ...row.values.map((v) => v ?? '')]);
      row.values.forEach((value, j) => {
        if (!value) return;
        added.getCell(5 + j).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILLS[value] } };
      });
    }
    sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: 1 }];
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return Buffer.from(buffer);
}
