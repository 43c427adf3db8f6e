import type { NotificationEvent } from '@concordia/contracts';
import { roundNoticeFields, type ProcessRecord, type RoundRecord, type SilenceProcedureRecord } from '@concordia/dal';
import type { Principal } from '../authz/principal';
import { excerptOf } from '../annotations/annotation-notifications';
import { notify, type OutboxJob } from '../notifications/outbox.service';

/** The round and its process, as the notification names them. */
export interface SilencePlace {
  round: Pick<RoundRecord, 'name'>;
  process: Pick<ProcessRecord, 'title'>;
}

const base = ({ round, process }: SilencePlace, procedure: SilenceProcedureRecord, actor: Principal) => ({
  ...roundNoticeFields({
    round: { _id: procedure.roundId, processId: procedure.processId, name: round.name },
    process,
    actor,
  }),
  procedureId: procedure._id.toHexString(),
  paragraphKeys: procedure.paragraphKeys,
  ...(procedure.paragraphNumbers ? { paragraphNumbers: procedure.paragraphNumbers } : {}),
});

export const silenceStartedJob = (
  place: SilencePlace,
  procedure: SilenceProcedureRecord,
  actor: Principal,
): OutboxJob =>
  notify('started', {
    type: 'silence.started',
    ...base(place, procedure, actor),
    deadline: procedure.deadline.toISOString(),
  } satisfies NotificationEvent);

export const silenceBrokenJob = (
  place: SilencePlace,
  procedure: SilenceProcedureRecord,
  actor: Principal,
  broken: { delegationName: string; statement: string },
): OutboxJob =>
  notify('broken', {
    type: 'silence.broken',
    ...base(place, procedure, actor),
    delegationName: broken.delegationName,
    excerpt: excerptOf(broken.statement),
  } satisfies NotificationEvent);
