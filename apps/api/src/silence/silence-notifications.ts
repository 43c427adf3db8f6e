import type { NotificationEvent } from '@concordia/contracts';
import type { RoundRecord, SilenceProcedureRecord } from '@concordia/dal';
import type { Principal } from '../authz/principal';
import { excerptOf } from '../annotations/annotation-notifications';
import { notify, type OutboxJob } from '../notifications/outbox.service';

const base = (round: Pick<RoundRecord, 'name'>, procedure: SilenceProcedureRecord, actor: Principal) => ({
  processId: procedure.processId.toHexString(),
  actorUserId: actor.userId,
  actorName: actor.name,
  roundId: procedure.roundId.toHexString(),
  roundName: round.name,
  procedureId: procedure._id.toHexString(),
  paragraphKeys: procedure.paragraphKeys,
  ...(procedure.paragraphNumbers ? { paragraphNumbers: procedure.paragraphNumbers } : {}),
});

export const silenceStartedJob = (
  round: Pick<RoundRecord, 'name'>,
  procedure: SilenceProcedureRecord,
  actor: Principal,
): OutboxJob =>
  notify('started', {
    type: 'silence.started',
    ...base(round, procedure, actor),
    deadline: procedure.deadline.toISOString(),
  } satisfies NotificationEvent);

export const silenceBrokenJob = (
  round: Pick<RoundRecord, 'name'>,
  procedure: SilenceProcedureRecord,
  actor: Principal,
  broken: { delegationName: string; statement: string },
): OutboxJob =>
  notify('broken', {
    type: 'silence.broken',
    ...base(round, procedure, actor),
    delegationName: broken.delegationName,
    excerpt: excerptOf(broken.statement),
  } satisfies NotificationEvent);
