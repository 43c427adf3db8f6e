import type * as WorkbookReader from './read-workbook';
import type { WorkbookSheet } from './read-workbook';

export type SheetFileProblem = { kind: 'unreadableFile' } | { kind: 'notWorkbook' };

export type SheetFile =
  | { ok: true; kind: 'text'; text: string }
  | { ok: true; kind: 'workbook'; sheets: WorkbookSheet[] }
  | { ok: false; problem: SheetFileProblem };

const WORKBOOK_NAME = /\.(xlsx|xlsm|xls)$/i;
const WORKBOOK_TYPES = new Set([
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-excel',
]);
/** A ZIP archive (.xlsx) and an OLE compound file (.xls, or an encrypted .xlsx) start so. */
const SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04],
  [0xd0, 0xcf, 0x11, 0xe0],
];

const looksLikeWorkbook = (file: File, head: Uint8Array): boolean =>
  WORKBOOK_NAME.test(file.name) ||
  WORKBOOK_TYPES.has(file.type) ||
  SIGNATURES.some((signature) => signature.every((byte, i) => head[i] === byte));

/** The workbook reader (exceljs, ~1 MB) is a chunk of its own, fetched when a workbook is chosen. */
const loadWorkbookReader = (): Promise<typeof WorkbookReader> => import('./read-workbook');

/**
 * A chosen file as rows for the sheet form: text (CSV, tab-separated) as it is, a workbook by
 * its worksheets. `loadReader` is for unit specs, whose runtime has no dynamic import.
 */
export async function readSheetFile(file: File, loadReader = loadWorkbookReader): Promise<SheetFile> {
  let data: ArrayBuffer;
  try {
    data = await file.arrayBuffer();
  } catch {
    return { ok: false, problem: { kind: 'unreadableFile' } };
  }
  if (!looksLikeWorkbook(file, new Uint8Array(data, 0, Math.min(4, data.byteLength)))) {
    return { ok: true, kind: 'text', text: new TextDecoder().decode(data) };
  }
  const { readWorkbook, NotAWorkbookError } = await loadReader();
  try {
    return { ok: true, kind: 'workbook', sheets: await readWorkbook(data) };
  } catch (caught: unknown) {
    if (caught instanceof NotAWorkbookError) return { ok: false, problem: { kind: 'notWorkbook' } };
    throw caught;
  }
}
