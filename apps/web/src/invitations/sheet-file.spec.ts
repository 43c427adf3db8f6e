import ExcelJS from 'exceljs';
import { parseSheet } from './invitation-sheet';
import * as workbookReader from './read-workbook';
import { readSheetFile as readWith } from './sheet-file';

/** The form loads the reader with a dynamic import, which jest's runtime lacks. */
const readSheetFile = (file: File) => readWith(file, () => Promise.resolve(workbookReader));

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const fileOf = async (workbook: ExcelJS.Workbook, name = 'people.xlsx') =>
  new File([await workbook.xlsx.writeBuffer()], name, { type: XLSX });

const sheetsOf = async (file: File) => {
  const read = await readSheetFile(file);
  if (!read.ok || read.kind !== 'workbook') throw new Error(`not read as a workbook: ${JSON.stringify(read)}`);
  return read.sheets;
};

const rowsOf = (text: string) => {
  const parsed = parseSheet(text);
  if (!parsed.ok) throw new Error(`not parsed: ${parsed.problem.kind}`);
  return parsed.rows;
};

/** A secretariat's list as kept in Excel: links, rich text, formulas, formatted numbers and dates. */
const peopleWorkbook = () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Invitees');
  sheet.addRow(['Courriel', 'Rôle', 'Délégation', 'Langue', 'Invited on', 'Seats']);
  sheet.getRow(2).values = [
    { text: 'luc@example.org', hyperlink: 'mailto:luc@example.org' },
    { richText: [{ text: 'Chef de ', font: { bold: true } }, { text: 'délégation' }] },
    'Bolivia, Plurinational State of',
    { formula: 'LOWER("FR")', result: 'fr' },
    new Date(Date.UTC(2026, 2, 15)),
    1234.5,
  ];
  sheet.getCell('E2').numFmt = 'dd/mm/yyyy';
  sheet.getCell('F2').numFmt = '#,##0.00';
  // Row 3 left empty, as lists often have a gap.
  sheet.getRow(4).values = ['ana@example.org', 'Delegate', 32, '', new Date(Date.UTC(2026, 0, 2, 9, 30)), 2];
  sheet.getCell('C4').numFmt = '000'; // a numeric country code keeps its leading zero on screen
  sheet.getCell('E4').numFmt = 'd mmm yyyy hh:mm';
  sheet.getRow(5).values = ['  '];
  return workbook;
};

describe('choosing an Excel workbook for the sheet of invitations', () => {
  it('reads each cell as displayed, and gives the same rows as the sheet saved as CSV', async () => {
    const [sheet] = await sheetsOf(await fileOf(peopleWorkbook()));
    expect(sheet.name).toBe('Invitees');
    expect(sheet.text.split('\n')).toEqual([
      'Courriel\tRôle\tDélégation\tLangue\tInvited on\tSeats',
      'luc@example.org\tChef de délégation\tBolivia, Plurinational State of\tfr\t15/03/2026\t1,234.50',
      '',
      'ana@example.org\tDelegate\t032\t\t2 Jan 2026 09:30\t2',
    ]);
    // What Excel writes for the same sheet under "Save as CSV (comma delimited)".
    const savedAsCsv = [
      'Courriel,Rôle,Délégation,Langue,Invited on,Seats',
      'luc@example.org,Chef de délégation,"Bolivia, Plurinational State of",fr,15/03/2026,"1,234.50"',
      ',,,,,',
      'ana@example.org,Delegate,032,,2 Jan 2026 09:30,2',
      ',,,,,',
    ].join('\r\n');
    expect(rowsOf(sheet.text)).toEqual(rowsOf(savedAsCsv));
    expect(rowsOf(sheet.text)).toEqual([
      {
        line: 2,
        email: 'luc@example.org',
        role: 'Chef de délégation',
        delegation: 'Bolivia, Plurinational State of',
        language: 'fr',
      },
      { line: 4, email: 'ana@example.org', role: 'Delegate', delegation: '032', language: '' },
    ]);
  });

  it('offers every visible worksheet in the workbook’s order; a merged range counts once', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Notes').addRow(['Sent by the chair, ', 'see tab 2']);
    workbook.addWorksheet('Old list', { state: 'hidden' }).addRow(['old@example.org']);
    const second = workbook.addWorksheet('Round 2');
    second.addRow(['email', 'role', 'delegation']);
    second.addRow(['eva@example.org', 'Observer', 'Regional Mobility Organisation']);
    second.addRow(['tom@example.org', 'Observer', '']);
    second.mergeCells('B2:B3');
    second.getCell('D2').value = { formula: 'A2&"!"' }; // never computed: Excel would show it, we cannot
    const sheets = await sheetsOf(await fileOf(workbook));
    expect(sheets.map((s) => s.name)).toEqual(['Notes', 'Round 2']);
    expect(sheets[1].text).toBe(
      'email\trole\tdelegation\neva@example.org\tObserver\tRegional Mobility Organisation\ntom@example.org\t\t',
    );
  });

  it('says a file is not a workbook rather than reading it as rows', async () => {
    const renamed = new File(['email,role\nana@example.org,delegate'], 'people.xlsx', { type: XLSX });
    expect(await readSheetFile(renamed)).toEqual({ ok: false, problem: { kind: 'notWorkbook' } });
    const zipOfSomethingElse = new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])], 'list.dat');
    expect(await readSheetFile(zipOfSomethingElse)).toEqual({ ok: false, problem: { kind: 'notWorkbook' } });
    const empty = new File([await new ExcelJS.Workbook().xlsx.writeBuffer()], 'empty.xlsx');
    expect(await readSheetFile(empty)).toEqual({ ok: false, problem: { kind: 'notWorkbook' } });
  });

  it('still reads a CSV file as text', async () => {
    const csv = new File(['\uFEFFemail;role\nana@example.org;delegate\n'], 'people.csv', { type: 'text/csv' });
    const read = await readSheetFile(csv);
    expect(read).toEqual({ ok: true, kind: 'text', text: 'email;role\nana@example.org;delegate\n' });
  });
});
