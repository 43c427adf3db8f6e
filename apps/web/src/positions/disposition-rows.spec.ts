import type { Annotation } from '@concordia/contracts';
import { dispositionRows } from './disposition-rows';

const id = (n: number) => n.toString(16).padStart(24, '0');
const annotation = (n: number, over: Partial<Annotation> = {}): Annotation =>
  ({
    id: id(n),
    roundId: id(7),
    parentId: null,
    kind: 'comment',
    status: 'open',
    body: `Comment ${n}`,
    authorName: 'Ana',
    delegationName: 'Mexico',
    disposition: null,
    createdAt: `2026-01-01T00:00:0${n}.000Z`,
    anchor: { status: 'anchored', method: 'original', versionId: id(1), paragraphKey: 'p2', selectors: null },
    ...over,
  }) as Annotation;

const paragraphs = [
  { key: 'p1', number: '1' },
  { key: 'p2', number: '2' },
];

describe('dispositionRows', () => {
  const items = [
    annotation(1),
    annotation(2, { anchor: { ...annotation(2).anchor, paragraphKey: 'p1' }, kind: 'amendment' }),
    annotation(3, {
      disposition: { value: 'accepted', reason: 'Agreed', byUserId: id(9), byName: 'Sec', at: '2026-01-02T00:00:00Z' },
    }),
    annotation(4, { parentId: id(1) }),
    annotation(5, { status: 'withdrawn' }),
    annotation(6, { anchor: { ...annotation(6).anchor, paragraphKey: 'gone' } }),
  ];

  it('lists open roots of the round in the order of the text, replies and withdrawn ones left out', () => {
    const rows = dispositionRows(items, paragraphs, false, null);
    expect(rows.map((r) => [r.id, r.paragraphNumber, r.disposition])).toEqual([
      [id(2), '1', null],
      [id(1), '2', null],
      [id(3), '2', 'accepted'],
    ]);
    expect(rows[0]).toMatchObject({ kind: 'amendment', author: 'Mexico (Ana)' });
  });

  it('keeps only those without a disposition when asked', () => {
    expect(dispositionRows(items, paragraphs, true, null).map((r) => r.id)).toEqual([id(2), id(1)]);
  });

  it('lists no question or reservation, but one disposed of earlier stays in the full list', () => {
    const disposed = {
      value: 'not_retained' as const,
      reason: 'Answered',
      byUserId: id(9),
      byName: 'Sec',
      at: '2026-01-02T00:00:00Z',
    };
    const mixed = [
      annotation(1),
      annotation(2, { kind: 'question' }),
      annotation(3, { kind: 'reservation' }),
      annotation(4, { kind: 'question', disposition: disposed }),
      annotation(5, { kind: 'amendment' }),
    ];
    expect(dispositionRows(mixed, paragraphs, true, null).map((r) => r.id)).toEqual([id(1), id(5)]);
    expect(dispositionRows(mixed, paragraphs, false, null).map((r) => [r.id, r.kind, r.disposition])).toEqual([
      [id(1), 'comment', null],
      [id(4), 'question', 'not_retained'],
      [id(5), 'amendment', null],
    ]);
  });

  it('shows a hidden annotation as hidden, and shortens long texts', () => {
    const long = annotation(7, {
      body: 'word '.repeat(100),
      moderation: { hidden: true, reason: null, byUserId: 'c'.repeat(24), byName: 'Chair', at: '2026-01-03T00:00:00Z' },
    });
    const [row] = dispositionRows([long], paragraphs, false, null);
    expect(row?.hidden).toBe(true);
    expect(row?.excerpt.length).toBeLessThanOrEqual(140);
    expect(row?.excerpt.endsWith('…')).toBe(true);
  });

  it("links each row to its thread in the round's text, as a notification does", () => {
    const text = { processId: id(5), draftId: id(6), versionId: id(1) };
    const [first] = dispositionRows(items, paragraphs, false, text);
    expect(first?.threadPath).toBe(
      `/processes/${id(5)}/drafts/${id(6)}?version=${id(1)}&round=${id(7)}&paragraph=p1&thread=${id(2)}`,
    );
    expect(dispositionRows(items, paragraphs, false, null)[0]?.threadPath).toBeNull();
  });
});
