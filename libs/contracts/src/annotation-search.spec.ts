import {
  annotationMatches,
  foldWithOrigins,
  matchingThreads,
  rootMatches,
  searchCriteria,
  searchTerms,
} from './annotation-search';
import { annotationListQuerySchema, type Annotation } from './annotations';
import { foldForSearch } from './search-fold';

const MEX = 'a'.repeat(24);
const COL = 'b'.repeat(24);

const annotation = (extra: Partial<Annotation> = {}): Annotation => ({
  id: 'c'.repeat(24),
  clientId: 'client',
  processId: 'd'.repeat(24),
  roundId: 'e'.repeat(24),
  parentId: null,
  kind: 'comment',
  visibility: 'round',
  body: '',
  amendment: null,
  anchor: {
    status: 'anchored',
    method: 'original',
    versionId: 'f'.repeat(24),
    paragraphKey: 'p1',
    selectors: {
      quote: { type: 'TextQuoteSelector', exact: 'return and readmission', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: 22 },
    },
  },
  authorId: '1'.repeat(24),
  authorName: 'Ana',
  delegationId: MEX,
  delegationName: 'Mexico',
  mentions: [],
  sponsors: [],
  status: 'open',
  editedAt: null,
  disposition: null,
  createdAt: '2025-05-05T09:00:00.000Z',
  appliedIn: [],
  ...extra,
});

const criteria = (query: Record<string, string>) => searchCriteria(annotationListQuerySchema.parse(query));

describe('folding for search', () => {
  it('folds a text letter by letter as it folds it whole, and says where each letter came from', () => {
    const text = 'Ça, c’est “la MIGRACIÓN” — ΟΔΟΣ, İzmir, ﬁn, 👍 émoji';
    const { folded, origins } = foldWithOrigins(text);
    expect(folded).toBe(foldForSearch(text));
    expect(origins).toHaveLength(folded.length);
    const at = folded.indexOf('migracion');
    expect(text.slice(origins[at], (origins[at + 'migracion'.length - 1] ?? 0) + 1)).toBe('MIGRACIÓN');
    expect(text[origins[folded.indexOf('emoji')] ?? -1]).toBe('é');
  });
});

describe('search terms', () => {
  it('reads words and "quoted phrases", folded, each once', () => {
    expect(searchTerms('  Retour "Return  AND readmission" retour ')).toEqual(['retour', 'return and readmission']);
    expect(searchTerms('unbalanced "quote')).toEqual(['unbalanced', 'quote']);
    expect(searchTerms('   ')).toEqual([]);
  });
});

describe('threads of a list that match', () => {
  const criteria = (q: Record<string, string>) => searchCriteria(annotationListQuerySchema.parse(q));

  it('keeps whole threads, in the list order, when one annotation has the words and the first the kind', () => {
    const question = annotation({ id: '1'.repeat(24), kind: 'question', body: 'Why?' });
    const reply = annotation({ id: '2'.repeat(24), parentId: question.id, body: 'Because of readmission' });
    const comment = annotation({
      id: '3'.repeat(24),
      body: 'Nothing',
      anchor: { ...question.anchor, selectors: null },
    });
    const list = [question, comment, reply];
    expect(matchingThreads(list, criteria({ q: 'because' }))).toEqual([question, reply]);
    expect(matchingThreads(list, criteria({ q: 'because', kind: 'comment' }))).toEqual([]);
    expect(matchingThreads(list, criteria({}))).toEqual(list);
    // A reply whose first annotation the reader cannot read finds nothing.
    expect(matchingThreads([reply], criteria({ q: 'because' }))).toEqual([]);
  });
});

describe('matching', () => {
  it('finds every word in the text, the proposed text or the quoted words of a first annotation', () => {
    const amendment = annotation({
      kind: 'amendment',
      body: 'Stronger wording',
      amendment: { operation: 'replace', text: 'safe and dignified return' },
    });
    expect(annotationMatches(amendment, criteria({ q: 'DIGNIFIED readmission stronger' }))).toBe(true);
    expect(annotationMatches(amendment, criteria({ q: 'dignified asylum' }))).toBe(false);
    expect(annotationMatches(amendment, criteria({ q: '"readmission stronger"' }))).toBe(false);
  });

  it('looks only at the words a reply wrote, not at the thread it answers', () => {
    const reply = annotation({ parentId: 'c'.repeat(24), body: 'Agreed.' });
    expect(annotationMatches(reply, criteria({ q: 'readmission' }))).toBe(false);
    expect(annotationMatches(reply, criteria({ q: 'agreed' }))).toBe(true);
  });

  it('filters by delegation and author, and the first annotation by kind and disposition', () => {
    const note = annotation({ body: 'Qué dijo México' });
    expect(annotationMatches(note, criteria({ delegationId: `${COL},${MEX}`, q: 'mexico' }))).toBe(true);
    expect(annotationMatches(note, criteria({ delegationId: COL }))).toBe(false);
    expect(annotationMatches(annotation({ delegationId: null }), criteria({ delegationId: MEX }))).toBe(false);
    expect(annotationMatches(note, criteria({ authorId: '2'.repeat(24) }))).toBe(false);
    expect(rootMatches(note, criteria({ kind: 'question,comment', disposition: 'none' }))).toBe(true);
    // A question awaits no disposition: "none" is what the secretariat still owes one.
    expect(rootMatches(annotation({ kind: 'question' }), criteria({ disposition: 'none' }))).toBe(false);
    expect(rootMatches(annotation({ kind: 'reservation' }), criteria({ disposition: 'none' }))).toBe(false);
    // Nor does a delegation's internal note: it is put to no one.
    expect(rootMatches(annotation({ visibility: 'delegation' }), criteria({ disposition: 'none' }))).toBe(false);
    expect(rootMatches(note, criteria({ kind: 'amendment' }))).toBe(false);
    const disposed = annotation({
      disposition: { value: 'accepted', reason: 'ok', byUserId: '3'.repeat(24), byName: 'Sec', at: '' },
    });
    expect(rootMatches(disposed, criteria({ disposition: 'none' }))).toBe(false);
    expect(rootMatches(disposed, criteria({ disposition: 'partly_accepted,accepted' }))).toBe(true);
  });

  it("tells a delegation's proposals and the amendments it co-sponsors from the threads it only took part in", () => {
    const sponsor = { delegationId: COL, delegationName: 'Colombia', byUserId: '4'.repeat(24), at: '' };
    const own = annotation({ id: '1'.repeat(24), kind: 'amendment', sponsors: [sponsor] });
    const reply = annotation({ id: '2'.repeat(24), parentId: own.id, delegationId: COL });
    const withdrawn = annotation({ id: '3'.repeat(24), status: 'withdrawn' });
    const internal = annotation({ id: '5'.repeat(24), visibility: 'delegation' });
    const list = [own, reply, withdrawn, internal];
    // Colombia took part in Mexico's thread, which it co-sponsors; none of these is its proposal.
    expect(matchingThreads(list, criteria({ delegationId: COL }))).toEqual([own, reply]);
    expect(matchingThreads(list, criteria({ proposedBy: COL }))).toEqual([]);
    expect(matchingThreads(list, criteria({ sponsoredBy: COL }))).toEqual([own, reply]);
    // Mexico's proposal is the open thread it put to the round, not its withdrawn one nor its internal note.
    expect(matchingThreads(list, criteria({ delegationId: MEX })).map((a) => a.id)).toEqual([
      own.id,
      reply.id,
      withdrawn.id,
      internal.id,
    ]);
    expect(matchingThreads(list, criteria({ proposedBy: MEX }))).toEqual([own, reply]);
    expect(matchingThreads(list, criteria({ sponsoredBy: MEX }))).toEqual([]);
    expect(matchingThreads([{ ...own, status: 'withdrawn' }], criteria({ sponsoredBy: COL }))).toEqual([]);
  });

  it('refuses what it cannot read', () => {
    for (const bad of [
      { q: 'x'.repeat(201) },
      { kind: 'rumour' },
      { disposition: 'pending' },
      { delegationId: 'MEX' },
      { authorId: '12' },
      { proposedBy: 'MEX' },
      { sponsoredBy: 'COL' },
      { sort: 'asc' },
    ]) {
      expect(annotationListQuerySchema.safeParse(bad).success).toBe(false);
    }
  });
});
