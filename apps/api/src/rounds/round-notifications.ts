import { QueueName, type RoundStatus } from '@concordia/contracts';
import type { ProcessRecord, RoundRecord } from '@concordia/dal';
import { notify, outboxJob, type OutboxJob } from '../notifications/outbox.service';

/** Re-reads the round's window and (re)places its "closing in 24 hours" reminder. */
export const reminderJob = (round: Pick<RoundRecord, '_id'>): OutboxJob =>
  outboxJob(QueueName.Notifications, 'schedule-round-reminder', 'reminder', () => ({
    roundId: round._id.toHexString(),
  }));

/** What a status change notifies: participants when the round opens or closes. */
export function roundStatusJobs(
  round: Pick<RoundRecord, '_id' | 'processId' | 'name' | 'closesAt'>,
  process: Pick<ProcessRecord, 'title'>,
  status: RoundStatus,
  actorUserId: string,
): OutboxJob[] {
  const base = {
    processId: round.processId.toHexString(),
    actorUserId,
    actorName: null,
    processTitle: process.title,
    roundId: round._id.toHexString(),
    roundName: round.name,
  };
  switch (status) {
    case 'open':
      return [
        notify('opened', { type: 'round.opened', ...base, closesAt: round.closesAt.toISOString() }),
        reminderJob(round),
      ];
    case 'closed':
      return [notify('closed', { type: 'round.closed', ...base })];
    case 'scheduled':
    case 'concluded':
      return [];
  }
}
