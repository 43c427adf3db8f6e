import { INVITATION_BATCH_MAX } from '@concordia/contracts';
import { parseSheet } from './invitation-sheet';

const rowsOf = (text: string) => {
  const parsed = parseSheet(text);
  if (!parsed.ok) throw new Error(`not parsed: ${parsed.problem.kind}`);
  return parsed.rows;
};

describe("reading a secretariat's sheet of invitations", () => {
  it('reads cells pasted from a spreadsheet, in the default order, keeping each row’s line', () => {
    expect(rowsOf('ana@example.org\tDelegate\tCHL\n\nluc@example.org\tChef de délégation\tFRA\tfr\n')).toEqual([
      { line: 1, email: 'ana@example.org', role: 'Delegate', delegation: 'CHL', language: '' },
      { line: 3, email: 'luc@example.org', role: 'Chef de délégation', delegation: 'FRA', language: 'fr' },
    ]);
  });

  it('follows a first row of column names in any of the three languages, in any order', () => {
    const csv = 'Idioma;Correo electrónico;Delegación;Rol\nes;ana@example.org;Chile;Delegado\n';
    expect(rowsOf(csv)).toEqual([
      { line: 2, email: 'ana@example.org', role: 'Delegado', delegation: 'Chile', language: 'es' },
    ]);
    expect(rowsOf('\uFEFFCourriel,Rôle\nluc@example.org,Présidence')).toEqual([
      { line: 2, email: 'luc@example.org', role: 'Présidence', delegation: '', language: '' },
    ]);
  });

  it('keeps commas inside quoted cells', () => {
    expect(
      rowsOf('email,role,delegation\nana@example.org,delegate,"Bolivia, Plurinational State of"')[0].delegation,
    ).toBe('Bolivia, Plurinational State of');
  });

  it('says what is wrong with a sheet it cannot use', () => {
    expect(parseSheet(' \n\n')).toEqual({ ok: false, problem: { kind: 'empty' } });
    expect(parseSheet('email,role\n')).toEqual({ ok: false, problem: { kind: 'empty' } });
    expect(parseSheet('role,delegation\ndelegate,CHL')).toEqual({ ok: false, problem: { kind: 'noEmailColumn' } });
    const many = Array.from({ length: INVITATION_BATCH_MAX + 1 }, (_, i) => `p${i}@example.org,delegate,CHL`).join(
      '\n',
    );
    expect(parseSheet(many)).toEqual({ ok: false, problem: { kind: 'tooManyRows', rows: INVITATION_BATCH_MAX + 1 } });
  });
});
