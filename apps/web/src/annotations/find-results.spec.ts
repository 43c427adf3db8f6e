import type { Annotation } from '@concordia/contracts';
import { findCriteria, findRequest, EMPTY_FIND } from './find-query';
import { delegationOptions, excerpt, findThreads, foundThreads, searchHit } from './find-results';
import { applyFromStream } from './moderation-merge';

const V = 'f'.repeat(24);
let serial = 0;
const annotation = (extra: Partial<Annotation> = {}): Annotation =>
  ({
    id: (++serial).toString(16).padStart(24, '0'),
    parentId: null,
    kind: 'comment',
    body: '',
    amendment: null,
    anchor: { status: 'anchored', method: 'original', versionId: V, paragraphKey: 'p1', selectors: null },
    authorId: '1'.repeat(24),
    authorName: 'Ana',
    delegationId: null,
    delegationName: null,
    status: 'open',
    disposition: null,
    createdAt: `2025-05-05T09:00:${String(serial).padStart(2, '0')}.000Z`,
    ...extra,
  }) as Annotation;
const marked = (parts: Array<{ text: string; hit: boolean }>) =>
  parts.map((p) => (p.hit ? `[${p.text}]` : p.text)).join('');

describe('the Find box query', () => {
  it('asks for nothing while empty, and reads the search as the server does', () => {
    expect(findCriteria(findRequest(EMPTY_FIND))).toBeNull();
    expect(findCriteria(findRequest({ ...EMPTY_FIND, q: '   ' }))).toBeNull();
    const request = findRequest({
      ...EMPTY_FIND,
      q: ' Retour  "Return and" ',
      kinds: ['amendment', 'question'],
      delegationId: null,
      disposition: 'none',
    });
    expect(request).toEqual({
      q: 'Retour  "Return and"',
      kind: 'amendment,question',
      delegationId: undefined,
      disposition: 'none',
    });
    expect(findCriteria(request)).toMatchObject({
      terms: ['retour', 'return and'],
      kinds: new Set(['amendment', 'question']),
    });
    expect(findCriteria(findRequest({ ...EMPTY_FIND, q: 'x'.repeat(201) }))).toBeNull();
  });
});

describe('the threads found', () => {
  it('come in the order of the document, orphans last, with their paragraph number', () => {
    const onSecond = annotation({ anchor: { ...annotation().anchor, paragraphKey: 'p2' } });
    const onFirst = annotation();
    const reply = annotation({ parentId: onFirst.id, body: 'yes' });
    const orphan = annotation({ anchor: { ...annotation().anchor, status: 'orphaned' } });
    const version = {
      id: V,
      sections: [
        {
          key: 's',
          heading: 'I',
          paragraphs: [
            { key: 'p1', number: '1.', text: '' },
            { key: 'p2', number: '2.', text: '' },
          ],
        },
      ],
    };
    const found = foundThreads([orphan, reply, onSecond, onFirst], version);
    expect(found.map((f) => [f.thread.root.id, f.number, f.thread.replies.length])).toEqual([
      [onFirst.id, '1.', 1],
      [onSecond.id, '2.', 0],
      [orphan.id, null, 0],
    ]);
  });

  it('offer the delegations that wrote something, by name, once each', () => {
    const mex = { delegationId: 'a'.repeat(24), delegationName: 'Mexico' };
    const col = { delegationId: 'b'.repeat(24), delegationName: 'Colombia' };
    expect(delegationOptions([annotation(mex), annotation(col), annotation(mex), annotation()])).toEqual([
      { value: col.delegationId, label: 'Colombia' },
      { value: mex.delegationId, label: 'Mexico' },
    ]);
  });
});

describe('the threads found, as the live stream changes the list', () => {
  const version = {
    id: V,
    sections: [{ key: 's', heading: 'I', paragraphs: [{ key: 'p1', number: '1.', text: '' }] }],
  };
  const ids = (list: ReadonlyMap<string, Annotation>, q: Record<string, string>) =>
    findThreads(list.values(), findCriteria(q)!, version).map((f) => f.thread.root.id);

  it('follow comments arriving, edits, withdrawals and hiding, with the same rules as the server', () => {
    const old = annotation({ body: 'Orderly readmission first' });
    let list: ReadonlyMap<string, Annotation> = new Map([[old.id, old]]);
    expect(ids(list, { q: 'readmission' })).toEqual([old.id]);

    // Someone else comments with the words: the thread is found at once.
    const arriving = annotation({ body: 'And READMISSIÓN at sea?' });
    list = applyFromStream(list, arriving);
    expect(ids(list, { q: 'readmission' })).toEqual([old.id, arriving.id]);

    // A reply with the words brings its whole thread.
    const other = annotation({ body: 'Something else' });
    list = applyFromStream(list, other);
    expect(ids(list, { q: 'readmission' })).not.toContain(other.id);
    list = applyFromStream(list, annotation({ parentId: other.id, body: 'readmission too' }));
    expect(ids(list, { q: 'readmission' })).toContain(other.id);

    // Edited away from the words: dropped. Withdrawn: still found, shown as withdrawn.
    list = applyFromStream(list, { ...old, body: 'Orderly return first', editedAt: '2025-05-05T10:00:00.000Z' });
    expect(ids(list, { q: 'readmission' })).not.toContain(old.id);
    list = applyFromStream(list, { ...arriving, status: 'withdrawn' });
    const withdrawn = findThreads(list.values(), findCriteria({ q: 'readmission' })!, version);
    expect(withdrawn.find((f) => f.thread.root.id === arriving.id)?.thread.root.status).toBe('withdrawn');

    // Hidden by the chair: the stream carries it emptied, so its words are found no more.
    list = applyFromStream(list, {
      ...arriving,
      body: '',
      moderation: {
        hidden: true,
        reason: null,
        byUserId: 'c'.repeat(24),
        byName: 'Chair',
        at: '2025-05-05T11:00:00.000Z',
      },
    });
    expect(ids(list, { q: 'readmission' })).not.toContain(arriving.id);
  });

  it('follow a disposition recorded on a thread', () => {
    const amendment = annotation({ kind: 'amendment', body: 'Firmer' });
    let list: ReadonlyMap<string, Annotation> = new Map([[amendment.id, amendment]]);
    expect(ids(list, { disposition: 'none' })).toEqual([amendment.id]);
    list = applyFromStream(list, {
      ...amendment,
      disposition: {
        value: 'accepted',
        reason: 'Fine',
        byUserId: 'e'.repeat(24),
        byName: 'Sec',
        at: '2025-05-05T12:00:00.000Z',
      },
    });
    expect(ids(list, { disposition: 'none' })).toEqual([]);
    expect(ids(list, { disposition: 'accepted' })).toEqual([amendment.id]);
  });
});

describe('the excerpt of a thread found', () => {
  it('marks every term on the original letters, accents and capitals kept', () => {
    expect(marked(excerpt('La Migración regular y la MIGRACION segura', ['migracion', 'segura']))).toBe(
      'La [Migración] regular y la [MIGRACION] [segura]',
    );
    expect(marked(excerpt('ﬁnal 👍 émoji', ['fi', 'emoji']))).toBe('[ﬁ]nal 👍 [émoji]');
  });

  it('cuts a long text around the first hit, between words', () => {
    const long = `${'word '.repeat(60)}return and readmission ${'tail '.repeat(60)}`;
    const text = marked(excerpt(long, ['return and readmission'], 80));
    expect(text).toMatch(/^…(word )+\[return and readmission\]( tail)+…$/);
    expect(text.length).toBeLessThanOrEqual(84);
    expect(marked(excerpt('short text', []))).toBe('short text');
  });

  it('shows the reply that matched, or where the words were: the proposed text, the quote', () => {
    const root = annotation({
      kind: 'amendment',
      body: 'Clearer',
      amendment: { operation: 'replace', text: 'return and readmission' },
      delegationId: 'a'.repeat(24),
    });
    const reply = annotation({
      parentId: root.id,
      body: 'Colombia agrees',
      delegationId: 'b'.repeat(24),
      authorName: 'Camila',
    });
    const thread = { root, replies: [reply] };
    const byWords = searchHit(thread, findCriteria({ q: 'readmission' })!);
    expect([byWords.annotation.id, marked(byWords.parts)]).toEqual([root.id, 'return and [readmission]']);
    const byReply = searchHit(thread, findCriteria({ q: 'agrees' })!);
    expect([byReply.annotation.authorName, marked(byReply.parts)]).toEqual(['Camila', 'Colombia [agrees]']);
    const byDelegation = searchHit(thread, findCriteria({ delegationId: 'b'.repeat(24) })!);
    expect(marked(byDelegation.parts)).toBe('Colombia agrees');
  });
});
