import type { CellValue } from 'exceljs';
import { format } from 'numfmt';

/** Excel's serial number of 1970-01-01 (its day count from 1900, leap day of 1900 included). */
const UNIX_EPOCH_SERIAL = 25569;
const DAY_MS = 86_400_000;

/**
 * exceljs gives a date cell as a Date whose UTC fields are the wall time typed in Excel (the
 * workbook has no time zone): back to Excel's serial number, for the cell's own date format.
 */
const serialOf = (date: Date): number => UNIX_EPOCH_SERIAL + date.getTime() / DAY_MS;

const isGeneral = (numFmt: string | undefined): boolean =>
  numFmt === undefined || numFmt === '' || numFmt.toLowerCase() === 'general';

/** A date written without a date format (by a program, not by Excel): ISO, as nobody misreads it. */
const dateFormat = (numFmt: string | undefined, date: Date): string => {
  if (!isGeneral(numFmt)) return numFmt ?? '';
  return date.getTime() % DAY_MS === 0 ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm';
};

const formatted = (numFmt: string, value: number): string => {
  try {
    return format(numFmt, value);
  } catch {
    // A format numfmt does not know: the bare value says more than nothing.
    return String(value);
  }
};

/**
 * A cell as Excel shows it, which is also what Excel writes when the sheet is saved as CSV:
 * numbers and dates through the cell's number format, rich text as its plain text, a link as
 * its label, a formula as its last computed result (a file never opened in a spreadsheet may
 * have none: then the cell is empty).
 */
export function displayedText(value: CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return formatted(isGeneral(numFmt) ? 'General' : (numFmt ?? 'General'), value);
  if (value instanceof Date) return formatted(dateFormat(numFmt, value), serialOf(value));
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('error' in value) return value.error;
  // A link's label may itself be rich text, whatever the typings say: read it as any cell.
  if ('hyperlink' in value) return displayedText(value.text, numFmt);
  return displayedText(value.result ?? null, numFmt);
}
