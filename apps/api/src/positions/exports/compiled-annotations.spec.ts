import type { Annotation } from '@concordia/contracts';
import { compiledAnnotations } from './compiled-annotations';

let serial = 0;
const annotation = (extra: Partial<Annotation> = {}): Annotation =>
  ({
    id: (++serial).toString(16).padStart(24, '0'),
    parentId: null,
    kind: 'comment',
    body: 'words',
    amendment: null,
    anchor: { status: 'anchored', method: 'original', versionId: 'f'.repeat(24), paragraphKey: 'p1', selectors: null },
    authorName: 'Ana',
    delegationName: 'Chile',
    status: 'open',
    disposition: null,
    moderation: null,
    appliedIn: [],
    sponsors: [],
    ...extra,
  }) as Annotation;

describe('the annotations of a compilation', () => {
  it('groups open threads by paragraph with their open replies, in the order of the list', () => {
    const first = annotation({ body: 'First' });
    const second = annotation({ body: 'Second', anchor: { ...first.anchor, paragraphKey: 'p2' } });
    const items = [
      first,
      second,
      annotation({ parentId: first.id, body: 'Agreed', authorName: 'Bo', delegationName: null }),
      annotation({ parentId: first.id, body: 'Taken back', status: 'withdrawn' }),
    ];
    const compiled = compiledAnnotations(items);
    expect(compiled.get('p1')?.map((a) => [a.body, a.replies])).toEqual([
      ['First', [{ author: 'Bo', hidden: false, body: 'Agreed' }]],
    ]);
    expect(compiled.get('p2')?.map((a) => a.body)).toEqual(['Second']);
  });

  it('leaves out withdrawn threads, and the words of hidden ones even when the list shows them to their author', () => {
    const hidden = annotation({
      body: 'Shown to its author only',
      amendment: { operation: 'replace', text: 'their text' },
      moderation: {
        hidden: true,
        reason: null,
        byUserId: 'c'.repeat(24),
        byName: 'Chair',
        at: '2025-05-05T09:00:00.000Z',
      },
    });
    const compiled = compiledAnnotations([annotation({ body: 'Gone', status: 'withdrawn' }), hidden]);
    expect(compiled.get('p1')?.map((a) => [a.hidden, a.body, a.amendment])).toEqual([[true, '', null]]);
  });

  it('names the published versions that took an amendment into their text', () => {
    const amendment = annotation({
      kind: 'amendment',
      amendment: { operation: 'replace', text: 'their text' },
      appliedIn: [{ versionId: 'a'.repeat(24), draftId: 'd'.repeat(24), label: 'Rev.1', paragraphKey: 'p1' }],
    });
    const compiled = compiledAnnotations([amendment, annotation({ body: 'Not an amendment' })]);
    expect(compiled.get('p1')?.map((a) => a.appliedIn)).toEqual([['Rev.1'], []]);
  });

  it('names the delegations that co-sponsor an amendment', () => {
    const sponsor = (delegationName: string) => ({
      delegationId: 'b'.repeat(24),
      delegationName,
      byUserId: 'c'.repeat(24),
      at: '2026-01-01T00:00:00.000Z',
    });
    const amendment = annotation({
      kind: 'amendment',
      amendment: { operation: 'replace', text: 'their text' },
      sponsors: [sponsor('Peru'), sponsor('Chile')],
    });
    const compiled = compiledAnnotations([amendment, annotation({ body: 'Nobody co-sponsors comments' })]);
    expect(compiled.get('p1')?.map((a) => a.sponsors)).toEqual([['Peru', 'Chile'], []]);
  });
});
