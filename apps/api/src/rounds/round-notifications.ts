import { QueueName, type RoundStatus } from '@concordia/contracts';
import { roundNoticeFields, type ProcessRecord, type RoundRecord } from '@concordia/dal';
import { notify, outboxJob, type OutboxJob } from '../notifications/outbox.service';

/** Re-reads the round's window and (re)places its "closing in 24 hours" reminder. */
export const reminderJob = (round: Pick<RoundRecord, '_id'>): OutboxJob =>
  outboxJob(QueueName.Notifications, 'schedule-round-reminder', 'reminder', () => ({
    roundId: round._id.toHexString(),
  }));

/** Re-reads the round's window and (re)places the job that closes it at its closing time. */
export const closeJob = (round: Pick<RoundRecord, '_id'>): OutboxJob =>
  outboxJob(QueueName.Procedures, 'schedule-round-close', 'close', () => ({
    roundId: round._id.toHexString(),
  }));

/** The delayed jobs that follow the closing time: the 24-hour reminder and the automatic close. */
export const closingTimeJobs = (round: Pick<RoundRecord, '_id'>): OutboxJob[] => [reminderJob(round), closeJob(round)];

type RoundFacts = Pick<RoundRecord, '_id' | 'processId' | 'name' | 'closesAt'>;

// No round text names the chair who acted.
const eventBase = (round: RoundFacts, process: Pick<ProcessRecord, 'title'>, actorUserId: string) =>
  roundNoticeFields({ round, process, actor: { userId: actorUserId, name: null } });

/** A moved closing time: participants of an open round are told; the delayed jobs follow it. */
export function closingChangedJobs(
  round: RoundFacts & Pick<RoundRecord, 'status'>,
  previousClosesAt: Date,
  process: Pick<ProcessRecord, 'title'>,
  actorUserId: string,
): OutboxJob[] {
  if (round.status !== 'open') return closingTimeJobs(round);
  const event = {
    type: 'round.deadline_changed' as const,
    ...eventBase(round, process, actorUserId),
    closesAt: round.closesAt.toISOString(),
    previousClosesAt: previousClosesAt.toISOString(),
  };
  return [notify('deadline', event), ...closingTimeJobs(round)];
}

/** What a status change notifies: participants when the round opens or closes. */
export function roundStatusJobs(
  round: RoundFacts,
  process: Pick<ProcessRecord, 'title'>,
  status: RoundStatus,
  actorUserId: string,
): OutboxJob[] {
  const base = eventBase(round, process, actorUserId);
  switch (status) {
    case 'open':
      return [
        notify('opened', { type: 'round.opened', ...base, closesAt: round.closesAt.toISOString() }),
        ...closingTimeJobs(round),
      ];
    case 'closed':
      return [notify('closed', { type: 'round.closed', ...base })];
    case 'scheduled':
    case 'concluded':
      return [];
  }
}
