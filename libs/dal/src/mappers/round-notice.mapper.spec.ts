import { notificationEventSchema, notifiedRound } from '@concordia/contracts';
import { Types } from 'mongoose';
import { roundNoticeFields } from './round-notice.mapper';

const round = { _id: new Types.ObjectId(), processId: new Types.ObjectId(), name: 'First reading' };

describe('roundNoticeFields', () => {
  it('names the round, its process and the person who acted, as the notification event carries them', () => {
    const fields = roundNoticeFields({
      round,
      process: { title: 'Watercourses' },
      actor: { userId: '64b000000000000000000001', name: 'Rosa' },
    });
    expect(fields).toEqual({
      processId: round.processId.toHexString(),
      actorUserId: '64b000000000000000000001',
      actorName: 'Rosa',
      processTitle: 'Watercourses',
      roundId: round._id.toHexString(),
      roundName: 'First reading',
    });
    expect(notificationEventSchema.parse({ type: 'round.closed', ...fields })).toEqual({
      type: 'round.closed',
      ...fields,
    });
    expect(notifiedRound(fields)).toBe('First reading (Watercourses)');
  });

  it('keeps an actor unnamed where no text names them', () => {
    const fields = roundNoticeFields({
      round,
      process: { title: 'Watercourses' },
      actor: { userId: '64b000000000000000000001', name: null },
    });
    expect(fields).toMatchObject({ actorUserId: '64b000000000000000000001', actorName: null });
  });

  it('has no actor for what happens at a set time, so nobody is left out of it', () => {
    const fields = roundNoticeFields({ round, process: { title: 'Watercourses' }, actor: null });
    expect(fields).toMatchObject({ actorUserId: null, actorName: null });
  });

  it('leaves the title out when the process is not found: the texts name the round alone', () => {
    const fields = roundNoticeFields({ round, process: null, actor: null });
    expect(fields).not.toHaveProperty('processTitle');
    expect(notifiedRound(fields)).toBe('First reading');
    expect(notificationEventSchema.safeParse({ type: 'round.closed', ...fields }).success).toBe(true);
  });

  it('takes the ids a record in the round carries with the round name', () => {
    const procedure = { roundId: new Types.ObjectId(), processId: new Types.ObjectId() };
    const fields = roundNoticeFields({
      round: { _id: procedure.roundId, processId: procedure.processId, name: 'Second reading' },
      process: { title: 'Watercourses' },
      actor: null,
    });
    expect(fields).toMatchObject({
      processId: procedure.processId.toHexString(),
      roundId: procedure.roundId.toHexString(),
      roundName: 'Second reading',
    });
  });
});
