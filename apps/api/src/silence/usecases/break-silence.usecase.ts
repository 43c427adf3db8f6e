import { Injectable } from '@nestjs/common';
import type { BreakSilenceRequest, SilenceProcedure } from '@concordia/contracts';
import {
  Collections,
  LockResources,
  type DelegationRecord,
  type Models,
  silenceParagraphs,
  type SilenceProcedureRecord,
} from '@concordia/dal';
import { Types } from 'mongoose';
import { AuditLogService } from '../../audit/audit-log.service';
import type { Principal } from '../../authz/principal';
import { InjectModels } from '../../infra/database.module';
import { Outbox } from '../../notifications/outbox.service';
import { WriteLock } from '../../infra/write-lock.service';
import { participatingDelegation } from '../../rounds/chair-rules';
import { SilenceDeadlines } from '../silence-deadlines.service';
import { SilenceEvents } from '../silence-events.service';
import { silenceBrokenJob } from '../silence-notifications';
import { toSilenceProcedure } from '../silence.mapper';
import { assertStillRunning } from '../silence-rules';
import { silenceNotFound, SilenceScope } from '../silence-scope.service';

/**
 * A participating delegation, through its head, breaks silence with a statement: the procedure
 * ends at once and its deadline job is removed. Serialised with the deadline job on the
 * procedure's lock, so exactly one of "broken" and "concluded" wins.
 */
@Injectable()
export class BreakSilenceUseCase {
  constructor(
    private readonly scope: SilenceScope,
    private readonly lock: WriteLock,
    private readonly deadlines: SilenceDeadlines,
    private readonly events: SilenceEvents,
    private readonly audit: AuditLogService,
    private readonly outbox: Outbox,
    @InjectModels() private readonly models: Models,
  ) {}

  async execute(principal: Principal, procedureId: string, request: BreakSilenceRequest): Promise<SilenceProcedure> {
    const { access, round, procedure } = await this.scope.resolve(principal, procedureId, 'silence.break');
    const delegationId = participatingDelegation(access, round);
    const delegation = await this.models.delegations
      .findById(delegationId)
      .select({ name: 1 })
      .lean<Pick<DelegationRecord, 'name'>>()
      .exec();

    const record = await this.lock.run(LockResources.silence(procedure._id), async () => {
      const current = await this.scope.load(procedure._id);
      if (!current) throw silenceNotFound();
      const now = new Date();
      assertStillRunning(current, now);
      const broken = {
        delegationId,
        delegationName: delegation?.name ?? 'unknown delegation',
        userId: new Types.ObjectId(principal.userId),
        userName: principal.name,
        statement: request.statement,
        at: now,
      };
      await this.outbox.stage(
        { collection: Collections.silenceProcedures, id: current._id, field: 'status', value: 'broken' },
        [silenceBrokenJob({ round, process: access.process }, current, principal, broken)],
      );
      await this.models.silenceProcedures
        .updateOne({ _id: current._id, status: 'running' }, { $set: { status: 'broken', broken, endedAt: now } })
        .exec();
      return { ...current, status: 'broken', broken, endedAt: now } satisfies SilenceProcedureRecord;
    });
    this.outbox.committed();
    await this.deadlines.unschedule(record);

    await this.audit.record({
      actor: principal,
      processId: access.processId,
      action: 'silence.broken',
      targetType: 'silence_procedure',
      targetId: record._id,
      before: { status: 'running' },
      after: { status: 'broken', delegationId: delegationId.toHexString(), statement: request.statement },
      summary: `${record.broken.delegationName} broke silence on ${record.paragraphKeys.join(', ')} in round "${round.name}"`,
      context: {
        round: round.name,
        delegation: record.broken.delegationName,
        paragraphs: silenceParagraphs(record),
      },
    });
    await this.events.send('silence.broken', record);
    return toSilenceProcedure(record);
  }
}
