import { comparisonSchema } from '@concordia/contracts';
import { deepFreeze, draft, section, twoSections } from '../testing/fixtures';
import { compareSections } from './compare-sections';

const base = twoSections;

/** "key:kind" per paragraph, with "+moved" / "+renumbered" flags. */
const summary = (result: ReturnType<typeof compareSections>) =>
  result.paragraphs.map((p) => `${p.key}:${p.kind}${p.moved ? '+moved' : ''}${p.renumbered ? '+renumbered' : ''}`);

describe('compareSections', () => {
  it('finds nothing changed between a version and itself', () => {
    const result = compareSections(base(), base());
    expect(summary(result)).toEqual(['a:unchanged', 'b:unchanged', 'c:unchanged', 'd:unchanged', 'e:unchanged']);
    expect(result.paragraphs[0]).toEqual({
      key: 'a',
      kind: 'unchanged',
      moved: false,
      renumbered: false,
      fromNumber: '1',
      toNumber: '1',
      fromSectionKey: 'S1',
      toSectionKey: 'S1',
      fromText: 'Alpha text.',
      toText: 'Alpha text.',
      changes: [{ op: 'equal', text: 'Alpha text.' }],
    });
    expect(result.sections).toEqual([
      { key: 'S1', kind: 'unchanged', fromHeading: 'I. One', toHeading: 'I. One' },
      { key: 'S2', kind: 'unchanged', fromHeading: 'II. Two', toHeading: 'II. Two' },
    ]);
    expect(result.stats).toEqual({ unchanged: 5, modified: 0, added: 0, removed: 0, moved: 0, renumbered: 0 });
  });

  it('does not call a paragraph renumbered when only the full stop after its number differs', () => {
    const dotted = base().map((s) => ({
      ...s,
      paragraphs: s.paragraphs.map((p) => ({ ...p, number: `${p.number}.` })),
    }));
    const result = compareSections(dotted, base());
    expect(result.stats.renumbered).toBe(0);
    expect(result.paragraphs.every((p) => !p.renumbered)).toBe(true);
    const shifted = base().map((s) => ({
      ...s,
      paragraphs: s.paragraphs.map((p) => ({ ...p, number: `${Number(p.number) + 1})` })),
    }));
    expect(compareSections(dotted, shifted).stats.renumbered).toBe(5);
  });

  it('shows word changes inside a modified paragraph', () => {
    const to = draft(
      1,
      section('S1', 'I. One', [
        ['a', 'Alpha new text.'],
        ['b', 'Bravo text.'],
        ['c', 'Charlie text.'],
      ]),
      section('S2', 'II. Two', [
        ['d', 'Delta text.'],
        ['e', 'Echo text.'],
      ]),
    );
    const [a] = compareSections(base(), to).paragraphs;
    expect(a.kind).toBe('modified');
    expect(a.changes).toEqual([
      { op: 'equal', text: 'Alpha ' },
      { op: 'insert', text: 'new ' },
      { op: 'equal', text: 'text.' },
    ]);
  });

  it('lists added paragraphs in the newer order and removed ones where they stood', () => {
    const to = draft(
      1,
      section('S1', 'I. One', [
        ['a', 'Alpha text.'],
        ['x', 'New text.'],
        ['c', 'Charlie text.'],
      ]),
      section('S2', 'II. Two', [['e', 'Echo text.']]),
    );
    const result = compareSections(base(), to);
    expect(summary(result)).toEqual([
      'a:unchanged',
      'b:removed',
      'x:added',
      'c:unchanged',
      'd:removed',
      'e:unchanged+renumbered',
    ]);
    const removed = result.paragraphs.find((p) => p.key === 'b');
    expect(removed).toMatchObject({ fromNumber: '2', toNumber: null, fromSectionKey: 'S1', toSectionKey: null });
    expect(removed?.changes).toEqual([]);
    const added = result.paragraphs.find((p) => p.key === 'x');
    expect(added).toMatchObject({ fromNumber: null, toNumber: '2', fromText: null, toText: 'New text.' });
    expect(result.stats).toEqual({ unchanged: 3, modified: 0, added: 1, removed: 2, moved: 0, renumbered: 1 });
  });

  it('keeps a removed first paragraph of a section inside its section', () => {
    const to = draft(
      1,
      section('S1', 'I. One', [
        ['a', 'Alpha text.'],
        ['b', 'Bravo text.'],
        ['c', 'Charlie text.'],
        ['x', 'Added at the end of S1.'],
      ]),
      section('S2', 'II. Two', [['e', 'Echo text.']]),
    );
    expect(summary(compareSections(base(), to)).slice(3)).toEqual(['x:added', 'd:removed', 'e:unchanged']);
  });

  it('places removals at the start when nothing before them stayed', () => {
    const to = draft(1, section('S2', 'II. Two', [['e', 'Echo text.']]));
    expect(summary(compareSections(base(), to))).toEqual([
      'a:removed',
      'b:removed',
      'c:removed',
      'd:removed',
      'e:unchanged+renumbered',
    ]);
    expect(summary(compareSections(base(), []))).toEqual([
      'a:removed',
      'b:removed',
      'c:removed',
      'd:removed',
      'e:removed',
    ]);
  });

  it('marks a paragraph moved away from its neighbours, not the ones shifted by the move', () => {
    const to = draft(
      1,
      section('S1', 'I. One', [
        ['b', 'Bravo text.'],
        ['c', 'Charlie text.'],
      ]),
      section('S2', 'II. Two', [
        ['d', 'Delta text.'],
        ['a', 'Alpha text, moved and amended.'],
        ['e', 'Echo text.'],
      ]),
    );
    const result = compareSections(base(), to);
    expect(summary(result)).toEqual([
      'b:unchanged+renumbered',
      'c:unchanged+renumbered',
      'd:unchanged+renumbered',
      'a:modified+moved+renumbered',
      'e:unchanged',
    ]);
    expect(result.paragraphs[3]).toMatchObject({ fromSectionKey: 'S1', toSectionKey: 'S2' });
    expect(result.stats.moved).toBe(1);
  });

  it('marks both of two swapped paragraphs moved, each with the number it came from', () => {
    const to = draft(
      1,
      section('S1', 'I. One', [
        ['a', 'Alpha text.'],
        ['c', 'Charlie text.'],
        ['b', 'Bravo text.'],
      ]),
      section('S2', 'II. Two', [
        ['d', 'Delta text.'],
        ['e', 'Echo text.'],
      ]),
    );
    const result = compareSections(base(), to);
    expect(summary(result)).toEqual([
      'a:unchanged',
      'c:unchanged+moved+renumbered',
      'b:unchanged+moved+renumbered',
      'd:unchanged',
      'e:unchanged',
    ]);
    expect(result.paragraphs.filter((p) => p.moved).map((p) => p.fromNumber)).toEqual(['3', '2']);
    expect(result.stats.moved).toBe(2);
  });

  it('does not mark paragraphs moved by a new section heading', () => {
    const to = draft(
      1,
      section('S1', 'I. One', [['a', 'Alpha text.']]),
      section('S3', 'I bis. Inserted', [
        ['b', 'Bravo text.'],
        ['c', 'Charlie text.'],
      ]),
      section('S2', 'II. Two', [
        ['d', 'Delta text.'],
        ['e', 'Echo text.'],
      ]),
    );
    const result = compareSections(base(), to);
    expect(result.stats).toEqual({ unchanged: 5, modified: 0, added: 0, removed: 0, moved: 0, renumbered: 0 });
    expect(result.paragraphs[1]).toMatchObject({ fromSectionKey: 'S1', toSectionKey: 'S3' });
  });

  it('compares sections by key: renamed, added, removed where it stood, in the newer order', () => {
    const from = deepFreeze(
      draft(1, section('S1', 'I. One', []), section('S2', 'II. Two', []), section('S3', 'III. Three', [])),
    );
    const to = draft(1, section('S3', 'III. Three', []), section('S1', 'I. First', []), section('S4', 'IV. New', []));
    expect(compareSections(from, to).sections).toEqual([
      { key: 'S3', kind: 'unchanged', fromHeading: 'III. Three', toHeading: 'III. Three' },
      { key: 'S1', kind: 'modified', fromHeading: 'I. One', toHeading: 'I. First' },
      { key: 'S2', kind: 'removed', fromHeading: 'II. Two', toHeading: null },
      { key: 'S4', kind: 'added', fromHeading: null, toHeading: 'IV. New' },
    ]);
  });

  it('produces a result the API contract accepts', () => {
    const to = draft(1, section('S1', 'I. Changed', [['a', 'Alpha changed.']]), section('S9', 'New', [['z', 'Z.']]));
    const result = compareSections(base(), to);
    const parsed = comparisonSchema.safeParse({
      from: { id: '0123456789abcdef01234567', label: 'Zero draft' },
      to: { id: '0123456789abcdef89abcdef', label: 'Rev.1' },
      ...result,
    });
    expect(parsed.success).toBe(true);
  });
});
