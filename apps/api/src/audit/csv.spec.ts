import { Types } from 'mongoose';
import { AUDIT_CSV_HEADER, auditCsvRow, csvCell, csvRow } from './csv';

describe('csv', () => {
  it('leaves plain values alone and empties null', () => {
    expect(csvCell('draft.created')).toBe('draft.created');
    expect(csvCell(42)).toBe('42');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('cr\rlf')).toBe('"cr\rlf"');
  });

  it('defuses spreadsheet formulas', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('ends each row with CRLF', () => {
    expect(csvRow(['a', 'b,c', null])).toBe('a,"b,c",\r\n');
  });
});

describe('auditCsvRow', () => {
  const entry = (action: string) => ({
    _id: new Types.ObjectId(),
    processId: new Types.ObjectId(),
    actorId: new Types.ObjectId('0123456789abcdef01234567'),
    actorName: 'Ana',
    action,
    targetType: 'round',
    targetId: 'r1',
    at: new Date('2025-03-12T10:00:00Z'),
    before: { status: 'open' },
    after: null,
    summary: 'Round "R1" open -> closed',
  });

  it('keeps the action code and adds its English label, one cell per header', () => {
    const row = auditCsvRow(entry('round.status_changed'));
    expect(AUDIT_CSV_HEADER.indexOf('action_label')).toBe(AUDIT_CSV_HEADER.indexOf('action') + 1);
    expect(row).toBe(
      '2025-03-12T10:00:00.000Z,0123456789abcdef01234567,Ana,round.status_changed,Round status changed,round,r1,' +
        '"Round ""R1"" open -> closed","{""status"":""open""}",,\r\n',
    );
  });

  it('names the person answerable and, last, what acted when nobody clicked', () => {
    expect(auditCsvRow({ ...entry('round.status_changed'), automatic: 'closing_time' })).toMatch(
      /^[^,]+,\w+,Ana,.*,closing_time\r\n$/,
    );
    // Entries written before `automatic` was kept said it in the actor's name, in English.
    expect(auditCsvRow({ ...entry('round.status_changed'), actorName: 'Closing time (automatic)' })).toMatch(
      /^[^,]+,\w+,,round\.status_changed,.*,closing_time\r\n$/,
    );
    expect(auditCsvRow({ ...entry('silence.concluded'), actorName: 'Ana (silence procedure deadline)' })).toMatch(
      /^[^,]+,\w+,Ana,silence\.concluded,.*,silence_deadline\r\n$/,
    );
  });

  it('labels an action no longer written with its code', () => {
    expect(auditCsvRow(entry('round.close'))).toContain(',round.close,round.close,');
  });
});
