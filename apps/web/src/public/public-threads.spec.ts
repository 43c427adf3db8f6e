import type { PublicAnnotation } from '@concordia/contracts';
import { threadsByParagraph } from '../annotations/annotation-rules';

let next = 0;
const annotation = (
  fields: Partial<PublicAnnotation> & { paragraphKey?: string; orphaned?: boolean },
): PublicAnnotation => {
  next += 1;
  const { paragraphKey = 'p1', orphaned = false, ...rest } = fields;
  return {
    id: next.toString(16).padStart(24, '0'),
    parentId: null,
    kind: 'comment',
    body: `Text ${next}`,
    amendment: null,
    anchor: {
      status: orphaned ? 'orphaned' : 'anchored',
      method: 'original',
      versionId: 'a'.repeat(24),
      paragraphKey,
      selectors: null,
    },
    speaker: { kind: 'delegation', name: 'Mexico' },
    sponsors: [],
    status: 'open',
    hidden: false,
    edited: false,
    disposition: null,
    createdAt: `2026-11-27T08:00:${String(next).padStart(2, '0')}.000Z`,
    ...rest,
  };
};

describe("threadsByParagraph, on the public page's annotations", () => {
  it('puts replies under their thread, threads under their paragraph, oldest first, and orphans apart', () => {
    const late = annotation({ paragraphKey: 'p1', createdAt: '2026-11-27T09:00:00.000Z' });
    const early = annotation({ paragraphKey: 'p1', createdAt: '2026-11-27T07:00:00.000Z' });
    const second = annotation({ paragraphKey: 'p2' });
    const lost = annotation({ paragraphKey: 'gone', orphaned: true });
    const replyLate = annotation({ parentId: early.id, createdAt: '2026-11-27T10:00:00.000Z' });
    const replyEarly = annotation({ parentId: early.id, createdAt: '2026-11-27T08:30:00.000Z' });
    const replyToLost = annotation({ parentId: lost.id });

    const threads = threadsByParagraph([late, replyLate, second, lost, early, replyToLost, replyEarly], 'a'.repeat(24));

    expect(threads.byParagraph.get('p1')?.map((t) => [t.root.id, t.replies.map((r) => r.id)])).toEqual([
      [early.id, [replyEarly.id, replyLate.id]],
      [late.id, []],
    ]);
    expect(threads.byParagraph.get('p2')?.map((t) => t.root.id)).toEqual([second.id]);
    expect(threads.orphaned.map((t) => [t.root.id, t.replies.map((r) => r.id)])).toEqual([[lost.id, [replyToLost.id]]]);
    expect(threads.byParagraph.has('gone')).toBe(false);
  });
});
