import { applyAmendment, describeSpan } from '@concordia/anchoring';
import type { DraftVersion, VersionOperation, WorkingAmendment } from '@concordia/contracts';
import { ApiError } from '../../../api/api-error';
import { amendmentsToApplyAll, applyAll, type ApplyAllIo } from './apply-all';

const P1 = 'States will exchange data once a year.';
const P2 = 'The committee meets in Geneva.';
let serial = 0;
const amendment = (key: string, text: string, words: string, by: string, fields: Partial<WorkingAmendment> = {}) => {
  const start = text.indexOf(words);
  return {
    annotationId: (++serial).toString(16).padStart(24, '0'),
    paragraphKey: key,
    lastParagraphKey: key,
    operation: 'replace',
    text: by,
    selectors: describeSpan(text, start, start + words.length),
    authorName: 'Ana',
    delegationName: 'Chile',
    roundId: 'e'.repeat(24),
    roundName: 'R1',
    disposition: { value: 'accepted', reason: '' },
    sponsors: [],
    applied: false,
    withdrawn: false,
    ...fields,
  } satisfies WorkingAmendment;
};
const version = (p1: string, p2: string, revision = 0): DraftVersion => ({
  id: 'a'.repeat(24),
  draftId: 'b'.repeat(24),
  label: 'Working version',
  status: 'working',
  revision,
  publishedAt: null,
  note: null,
  sections: [
    {
      key: 's',
      heading: '',
      paragraphs: [
        { key: 'p1', number: '1', text: p1 },
        { key: 'p2', number: '2', text: p2 },
      ],
    },
  ],
});

/** Behaves as the API does: the revision is checked, an amendment is applied once per version. */
const fakeServer = (items: readonly WorkingAmendment[], initial: DraftVersion) => {
  let current = initial;
  const applied = new Set<string>();
  const requests: string[] = [];
  const io: ApplyAllIo = {
    apply: (_id: string, revision: number, operation: VersionOperation) => {
      if (operation.type !== 'apply_amendment') throw new Error('unexpected operation');
      requests.push(operation.annotationId);
      if (revision !== current.revision) {
        const body = { code: 'VERSION_STALE', message: 'stale', requestId: 'r', current };
        return Promise.reject(new ApiError(409, 'VERSION_STALE', 'stale', 'r', [], body));
      }
      if (applied.has(operation.annotationId)) {
        return Promise.reject(new ApiError(409, 'AMENDMENT_ALREADY_APPLIED', 'applied', 'r'));
      }
      const item = items.find((i) => i.annotationId === operation.annotationId)!;
      const sections = current.sections.map((s) => ({
        ...s,
        paragraphs: s.paragraphs.map((p) => {
          if (p.key !== item.paragraphKey) return p;
          const result = applyAmendment(p.text, item.selectors, { operation: item.operation, text: item.text });
          return result ? { ...p, text: result.text } : p;
        }),
      }));
      applied.add(operation.annotationId);
      current = { ...current, sections, revision: current.revision + 1 };
      return Promise.resolve(current);
    },
    load: () => Promise.resolve(current),
  };
  return {
    io,
    requests,
    /** Another officer's edit between two of ours. */
    edit: (p2: string) => {
      current = { ...version(current.sections[0].paragraphs[0].text, p2), revision: current.revision + 1 };
    },
    applyByOther: (id: string) => {
      applied.add(id);
      current = { ...current, revision: current.revision + 1 };
    },
    text: () => current.sections[0].paragraphs.map((p) => p.text),
  };
};

describe('amendmentsToApplyAll', () => {
  it('takes accepted amendments not yet applied and not orphaned, partly accepted ones only when asked', () => {
    const accepted = amendment('p1', P1, 'once', 'twice');
    const partly = amendment('p1', P1, 'data', 'figures', { disposition: { value: 'partly_accepted', reason: '' } });
    const done = amendment('p1', P1, 'data', 'facts', { applied: true });
    const rejected = amendment('p2', P2, 'Geneva', 'Rome', { disposition: { value: 'not_retained', reason: '' } });
    const pending = amendment('p2', P2, 'Geneva', 'Paris', { disposition: null });
    const orphan = amendment('p9', P1, 'once', 'thrice', { paragraphKey: null, lastParagraphKey: 'p9' });
    const all = [orphan, accepted, partly, done, rejected, pending];
    expect(amendmentsToApplyAll(all, false)).toEqual([accepted]);
    expect(amendmentsToApplyAll(all, true)).toEqual([accepted, partly]);
  });
});

describe('applyAll', () => {
  it('applies each on the revision the previous one produced, and lists those it could not apply with why', async () => {
    const first = amendment('p1', P1, 'once a year', 'twice a year');
    // Its words are those the first amendment replaces: gone by the time its turn comes.
    const clashing = amendment('p1', P1, 'once a year', 'monthly');
    const third = amendment('p2', P2, 'Geneva', 'Nairobi');
    const gone = amendment('p9', P2, 'Geneva', 'Rome', { paragraphKey: null, lastParagraphKey: 'p9' });
    const items = [gone, first, clashing, third];
    const server = fakeServer(items, version(P1, P2));
    const progress: number[] = [];

    const result = await applyAll(version(P1, P2), items, server.io, (v) => progress.push(v.revision));

    expect(server.text()).toEqual(['States will exchange data twice a year.', 'The committee meets in Nairobi.']);
    expect(result.applied).toEqual([first, third]);
    expect(result.failed.map((f) => [f.item, f.reason])).toEqual([
      [gone, 'paragraph_gone'],
      [clashing, 'words_gone'],
    ]);
    expect(progress).toEqual([1, 2]);
    expect(result.version.revision).toBe(2);
    // A sure refusal is not even sent.
    expect(server.requests).toEqual([first.annotationId, third.annotationId]);
  });

  it('goes on from another officer’s revision met mid-way, without losing their edit or applying twice', async () => {
    const first = amendment('p1', P1, 'once a year', 'twice a year');
    const second = amendment('p2', P2, 'Geneva', 'Nairobi');
    const third = amendment('p1', P1, 'exchange', 'share');
    const items = [first, second, third];
    const server = fakeServer(items, version(P1, P2));
    let calls = 0;
    const io: ApplyAllIo = {
      ...server.io,
      apply: (id, revision, operation) => {
        calls += 1;
        // Between our first and second request another officer edits paragraph 2 and applies the third.
        if (calls === 2) {
          server.edit('The committee meets in Geneva each spring.');
          server.applyByOther(third.annotationId);
        }
        return server.io.apply(id, revision, operation);
      },
    };

    const result = await applyAll(version(P1, P2), items, io);

    expect(server.text()).toEqual([
      'States will exchange data twice a year.',
      'The committee meets in Nairobi each spring.',
    ]);
    expect(result.applied).toEqual([first, second]);
    expect(result.failed.map((f) => [f.item, f.reason])).toEqual([[third, 'already_applied']]);
    expect(result.version.revision).toBe(4);
  });

  it('keeps going after an unexpected refusal', async () => {
    const first = amendment('p1', P1, 'once a year', 'twice a year');
    const second = amendment('p2', P2, 'Geneva', 'Nairobi');
    const server = fakeServer([first, second], version(P1, P2));
    const io: ApplyAllIo = {
      ...server.io,
      apply: (id, revision, operation) =>
        operation.type === 'apply_amendment' && operation.annotationId === first.annotationId
          ? Promise.reject(new ApiError(0, 'SERVICE_UNAVAILABLE', 'down', ''))
          : server.io.apply(id, revision, operation),
    };
    const result = await applyAll(version(P1, P2), [first, second], io);
    expect(result.applied).toEqual([second]);
    expect(result.failed.map((f) => f.reason)).toEqual(['failed']);
  });
});
