import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { displayedText } from './workbook-cells';

/** One worksheet as the rows of the sheet form read it: tab-separated, as cells pasted from Excel. */
export interface WorkbookSheet {
  name: string;
  text: string;
}

/** Not an .xlsx workbook (another file renamed, an old binary .xls, an encrypted workbook). */
export class NotAWorkbookError extends Error {
  constructor(cause: unknown) {
    super('The file is not an .xlsx workbook', { cause });
    this.name = 'NotAWorkbookError';
  }
}

const rowsOf = (worksheet: ExcelJS.Worksheet): string[][] => {
  const rows: string[][] = [];
  for (let r = 1; r <= worksheet.rowCount; r += 1) {
    const row = worksheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= worksheet.columnCount; c += 1) {
      const cell = row.getCell(c);
      // Excel saves a merged range's value once, in its first cell.
      const covered = cell.isMerged && cell.master.address !== cell.address;
      cells.push(covered ? '' : displayedText(cell.value, cell.numFmt).trim());
    }
    rows.push(cells);
  }
  return rows;
};

/**
 * Every visible worksheet of an .xlsx file, in the workbook's order, each cell as displayed.
 * Rows keep their place (an empty row stays an empty line) so that a line of the server's answer
 * is the row number the secretariat sees in Excel; the columns are padded to the widest row.
 */
export async function readWorkbook(data: ArrayBuffer): Promise<WorkbookSheet[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data);
  } catch (caught: unknown) {
    throw new NotAWorkbookError(caught);
  }
  const visible = workbook.worksheets.filter((sheet) => sheet.state === 'visible' || sheet.state === undefined);
  if (visible.length === 0) throw new NotAWorkbookError('no worksheet');
  return visible.map((worksheet) => {
    const rows = rowsOf(worksheet);
    const filled = (cells: string[]) => cells.some((cell) => cell !== '');
    while (rows.length > 0 && !filled(rows[rows.length - 1])) rows.pop();
    const width = Math.max(0, ...rows.map((cells) => cells.findLastIndex((cell) => cell !== '') + 1));
    const lines = rows.map((cells) =>
      filled(cells) ? Papa.unparse([cells.slice(0, width)], { delimiter: '\t', newline: '\n' }) : '',
    );
    return { name: worksheet.name, text: lines.join('\n') };
  });
}
