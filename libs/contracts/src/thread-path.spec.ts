import { notificationPath, type NotificationEvent } from './notifications';
import { threadPath } from './thread-path';

const id = (n: number) => n.toString(16).padStart(24, '0');

describe('threadPath', () => {
  const place = {
    processId: id(1),
    draftId: id(2),
    versionId: id(3),
    roundId: id(4),
    paragraphKey: 'p 1&2',
    threadId: id(5),
  };

  it("opens the round's text at the paragraph with the thread, the key escaped", () => {
    expect(threadPath(place)).toBe(
      `/processes/${id(1)}/drafts/${id(2)}?version=${id(3)}&round=${id(4)}&paragraph=p+1%262&thread=${id(5)}`,
    );
  });

  it('is the link a notification about a thread opens', () => {
    const event = {
      type: 'annotation.replied',
      ...place,
      actorUserId: null,
      actorName: null,
      roundName: 'Round',
      annotationId: id(6),
      excerpt: '',
    } as unknown as NotificationEvent;
    expect(notificationPath(event)).toBe(threadPath(place));
  });
});
