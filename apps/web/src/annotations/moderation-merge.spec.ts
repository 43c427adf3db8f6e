import type { Annotation } from '@concordia/contracts';
import { applyFromStream, applyRoundEvent } from './moderation-merge';

const base = {
  id: 'a'.repeat(24),
  body: 'words',
  amendment: null,
  mentions: [],
  moderation: null,
} as unknown as Annotation;
const hidden = (reason: string | null, body = '', at = '2025-05-06T10:00:00.000Z'): Annotation => ({
  ...base,
  body,
  moderation: { hidden: true, reason, byUserId: 'c'.repeat(24), byName: 'Chair', at },
});

describe('applying a moderated annotation from the stream', () => {
  it('empties it for a reader who was never given its words', () => {
    const after = applyFromStream(new Map([[base.id, base]]), hidden(null));
    expect(after.get(base.id)).toMatchObject({ body: '', moderation: { reason: null } });
  });

  it('keeps the words and reason the server gave this reader for the same moderation', () => {
    const current = new Map([[base.id, hidden('Offensive', 'words')]]);
    expect(applyFromStream(current, hidden(null)).get(base.id)).toMatchObject({
      body: 'words',
      moderation: { reason: 'Offensive' },
    });
  });

  it('does not carry a reason over to a later, different moderation', () => {
    const current = new Map([[base.id, hidden('Old reason', 'words', '2025-05-01T00:00:00.000Z')]]);
    expect(applyFromStream(current, hidden(null)).get(base.id)).toMatchObject({
      body: '',
      moderation: { reason: null },
    });
  });
});

describe('applying a round event to the annotations', () => {
  const other = { ...base, id: 'b'.repeat(24) };

  it('drops a retracted annotation and keeps the others', () => {
    const after = applyRoundEvent(
      new Map([
        [base.id, base],
        [other.id, other],
      ]),
      {
        type: 'annotation.retracted',
        annotationId: base.id,
      },
    );
    expect([...after.keys()]).toEqual([other.id]);
  });

  it('ignores the retraction of an annotation this reader never had', () => {
    const current = new Map([[other.id, other]]);
    expect(applyRoundEvent(current, { type: 'annotation.retracted', annotationId: base.id })).toBe(current);
  });

  it('applies a created annotation', () => {
    const after = applyRoundEvent(new Map(), { type: 'annotation.created', annotation: base });
    expect(after.get(base.id)).toBe(base);
  });
});
