import type { Annotation, Section } from '@concordia/contracts';
import { MODERATION_SHOWN, moderationItems } from './moderation-items';

const id = (n: number) => n.toString(16).padStart(24, '0');
const annotation = (n: number, over: Partial<Annotation> = {}): Annotation =>
  ({
    id: id(n),
    roundId: id(70),
    parentId: null,
    status: 'open',
    body: `Comment ${n}`,
    authorName: 'Ana',
    delegationName: 'Mexico',
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString(),
    anchor: { status: 'anchored', method: 'original', versionId: id(80), paragraphKey: 'k2', selectors: null },
    ...over,
  }) as Annotation;

const sections = [
  {
    key: 's1',
    heading: 'Preamble',
    paragraphs: [
      { key: 'k1', number: '1.', text: 'First.' },
      { key: 'k2', number: '4.', text: 'Fourth.' },
    ],
  },
] as Section[];
const text = { processId: id(50), draftId: id(60), versionId: id(80) };

describe('moderationItems', () => {
  it('lists open comments and replies newest first, withdrawn ones left out', () => {
    const items = moderationItems(
      [annotation(1), annotation(3, { parentId: id(1) }), annotation(2, { status: 'withdrawn' })],
      sections,
      text,
    );
    expect(items.map((i) => i.annotation.id)).toEqual([id(3), id(1)]);
  });

  it('names the paragraph by its number as the text shows it, without its trailing point', () => {
    const [item] = moderationItems([annotation(1)], sections, text);
    expect(item?.paragraphNumber).toBe('4');
  });

  it("has no number for a thread whose paragraph the round's text no longer has", () => {
    const orphaned = annotation(1, { anchor: { ...annotation(1).anchor, status: 'orphaned' } });
    const unknown = annotation(2, { anchor: { ...annotation(2).anchor, paragraphKey: 'gone' } });
    expect(moderationItems([orphaned, unknown], sections, text).map((i) => i.paragraphNumber)).toEqual([null, null]);
  });

  it('links a comment to its thread and a reply to the thread it answers, at the paragraph', () => {
    const items = moderationItems([annotation(1), annotation(2, { parentId: id(1) })], sections, text);
    const base = `/processes/${id(50)}/drafts/${id(60)}?version=${id(80)}&round=${id(70)}&paragraph=k2`;
    expect(items.map((i) => i.threadPath)).toEqual([`${base}&thread=${id(1)}`, `${base}&thread=${id(1)}`]);
  });

  it(`shows the ${MODERATION_SHOWN} newest`, () => {
    const many = Array.from({ length: MODERATION_SHOWN + 5 }, (_, i) => annotation(i + 1));
    const items = moderationItems(many, sections, text);
    expect(items).toHaveLength(MODERATION_SHOWN);
    expect(items[0]?.annotation.id).toBe(id(MODERATION_SHOWN + 5));
  });
});
