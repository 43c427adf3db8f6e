import { INVITATION_BATCH_MAX, type InvitationBatchRow, sheetWord } from '@concordia/contracts';
import Papa from 'papaparse';

type Column = 'email' | 'role' | 'delegation' | 'language';

/** Column names a secretariat's sheet may carry, in English, French or Spanish. */
const HEADINGS: Readonly<Record<Column, readonly string[]>> = {
  email: [
    'email',
    'e-mail',
    'email address',
    'mail',
    'courriel',
    'adresse',
    'adresse électronique',
    'correo',
    'correo electrónico',
  ],
  role: ['role', 'rôle', 'rol', 'function', 'fonction', 'función'],
  delegation: [
    'delegation',
    'délégation',
    'delegación',
    'code',
    'country',
    'pays',
    'país',
    'organisation',
    'organization',
    'organización',
  ],
  language: ['language', 'langue', 'idioma', 'lengua', 'lang'],
};
const COLUMN_OF: ReadonlyMap<string, Column> = new Map(
  (Object.keys(HEADINGS) as Column[]).flatMap((column) => HEADINGS[column].map((h) => [sheetWord(h), column] as const)),
);
/** Without a row of names, the columns are taken in this order. */
const DEFAULT_ORDER: readonly Column[] = ['email', 'role', 'delegation', 'language'];

export type SheetProblem = { kind: 'empty' } | { kind: 'noEmailColumn' } | { kind: 'tooManyRows'; rows: number };

export type ParsedSheet = { ok: true; rows: InvitationBatchRow[] } | { ok: false; problem: SheetProblem };

/**
 * The rows of a sheet pasted from a spreadsheet (tab-separated) or saved as CSV (comma or, as
 * French and Spanish spreadsheets save it, semicolon). A first row of column names is recognised
 * and then decides the order; without one the columns are email, role, delegation, language.
 * Each row keeps its line in the sheet so that the server's answer can point at it.
 */
export function parseSheet(text: string): ParsedSheet {
  const { data } = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimitersToGuess: ['\t', ';', ','],
    skipEmptyLines: false,
  });
  const lines = data.map((cells, index) => ({ line: index + 1, cells: cells.map((c) => c.trim()) }));
  const filled = lines.filter(({ cells }) => cells.some((c) => c !== ''));
  if (filled.length === 0) return { ok: false, problem: { kind: 'empty' } };
  const [first] = filled;
  const named = first.cells.map((cell) => COLUMN_OF.get(sheetWord(cell)) ?? null);
  const hasHeadings = named.some((c) => c !== null) && !first.cells.some((cell) => cell.includes('@'));
  const order: readonly (Column | null)[] = hasHeadings ? named : DEFAULT_ORDER;
  if (!order.includes('email')) return { ok: false, problem: { kind: 'noEmailColumn' } };
  const body = hasHeadings ? filled.slice(1) : filled;
  if (body.length === 0) return { ok: false, problem: { kind: 'empty' } };
  if (body.length > INVITATION_BATCH_MAX) return { ok: false, problem: { kind: 'tooManyRows', rows: body.length } };
  const cell = (cells: string[], column: Column) => {
    const at = order.indexOf(column);
    return at < 0 ? '' : (cells[at] ?? '');
  };
  return {
    ok: true,
    rows: body.map(({ line, cells }) => ({
      line,
      email: cell(cells, 'email'),
      role: cell(cells, 'role'),
      delegation: cell(cells, 'delegation'),
      language: cell(cells, 'language'),
    })),
  };
}
