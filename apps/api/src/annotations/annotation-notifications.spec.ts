import type { AnnotationRecord } from '@concordia/dal';
import { Types } from 'mongoose';
import { excerptOf, newAnnotationEvents, threadNoticeFields } from './annotation-notifications';

const annotation = (overrides: Partial<AnnotationRecord> = {}): AnnotationRecord =>
  ({
    _id: new Types.ObjectId(),
    processId: new Types.ObjectId(),
    roundId: new Types.ObjectId(),
    draftId: new Types.ObjectId(),
    versionId: new Types.ObjectId(),
    authorId: new Types.ObjectId(),
    authorName: 'Rosa',
    parentId: null,
    mentions: [],
    paragraphKey: 'p-3',
    body: 'A **firmer** verb, please.',
    ...overrides,
  }) as AnnotationRecord;

const events = (record: AnnotationRecord) =>
  newAnnotationEvents(record, { name: 'First reading' }, { title: 'Watercourses' }, '3.').map(
    (job) => job.payload('outbox-1') as { event: { type: string } },
  );

describe('newAnnotationEvents', () => {
  it('notifies nobody of a plain comment', () => {
    expect(newAnnotationEvents(annotation(), { name: 'First reading' }, { title: 'Watercourses' }, '3.')).toEqual([]);
  });

  it('notifies the thread of a reply, pointing at the root', () => {
    const root = new Types.ObjectId();
    const [job] = events(annotation({ parentId: root }));
    expect(job).toMatchObject({
      eventId: 'outbox-1',
      event: { type: 'annotation.replied', threadId: root.toHexString(), excerpt: 'A firmer verb, please.' },
    });
  });

  it('names the paragraph by its number in the version, the key being an internal id', () => {
    const [job] = events(annotation({ parentId: new Types.ObjectId() }));
    expect(job).toMatchObject({ event: { paragraphKey: 'p-3', paragraphNumber: '3.' } });
  });

  it('names the round and its process, for readers in several processes', () => {
    const [job] = events(annotation({ parentId: new Types.ObjectId() }));
    expect(job).toMatchObject({ event: { roundName: 'First reading', processTitle: 'Watercourses' } });
  });

  it('notifies the mentioned delegations, also from a reply', () => {
    const mentioned = [new Types.ObjectId(), new Types.ObjectId()];
    const all = events(annotation({ parentId: new Types.ObjectId(), mentions: mentioned }));
    expect(all.map((j) => j.event.type)).toEqual(['annotation.replied', 'delegation.mentioned']);
    expect(all[1].event).toMatchObject({ delegationIds: mentioned.map((id) => id.toHexString()) });
  });
});

describe('threadNoticeFields', () => {
  const notice = (record: AnnotationRecord, paragraphNumber: string | null) =>
    threadNoticeFields({
      record,
      round: { name: 'First reading' },
      process: { title: 'Watercourses' },
      paragraphNumber,
      actor: { userId: 'a'.repeat(24), name: null },
    });

  it('names the acting user, not the author, and the thread by its root', () => {
    const record = annotation({ parentId: new Types.ObjectId() });
    expect(notice(record, '3.')).toEqual({
      processId: record.processId.toHexString(),
      actorUserId: 'a'.repeat(24),
      actorName: null,
      processTitle: 'Watercourses',
      roundId: record.roundId.toHexString(),
      roundName: 'First reading',
      draftId: record.draftId.toHexString(),
      versionId: record.versionId.toHexString(),
      annotationId: record._id.toHexString(),
      threadId: record.parentId?.toHexString(),
      paragraphKey: 'p-3',
      paragraphNumber: '3.',
    });
  });

  it('leaves out a paragraph number it does not know', () => {
    expect(notice(annotation(), null)).not.toHaveProperty('paragraphNumber');
  });
});

describe('excerptOf', () => {
  it('drops Markdown marks and folds spaces', () => {
    expect(excerptOf('> quoted\n\n**bold** and _this_')).toBe('quoted bold and this');
  });

  it('cuts long words at 200 characters with an ellipsis', () => {
    const cut = excerptOf('word '.repeat(100));
    expect(cut).toHaveLength(200);
    expect(cut.endsWith('…')).toBe(true);
  });
});
