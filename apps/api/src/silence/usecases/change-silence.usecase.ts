import { Injectable } from '@nestjs/common';
import type { ChangeSilenceDeadlineRequest, SilenceProcedure } from '@concordia/contracts';
import { LockResources, type Models, silenceParagraphs, type SilenceProcedureRecord } from '@concordia/dal';
import { AuditLogService } from '../../audit/audit-log.service';
import type { Principal } from '../../authz/principal';
import { InjectModels } from '../../infra/database.module';
import { WriteLock } from '../../infra/write-lock.service';
import { assertRoundChair } from '../../rounds/chair-rules';
import { SilenceDeadlines } from '../silence-deadlines.service';
import { SilenceEvents } from '../silence-events.service';
import { toSilenceProcedure } from '../silence.mapper';
import { assertDeadline, assertStillRunning } from '../silence-rules';
import { silenceNotFound, SilenceScope } from '../silence-scope.service';

/**
 * The chair moves the deadline of a running procedure, or cancels it. A move bumps the
 * revision and schedules a new job before saving (a saved deadline without its job would never
 * fire); the old job is then removed, and would be a no-op anyway since its revision is stale.
 */
@Injectable()
export class ChangeSilenceUseCase {
  constructor(
    private readonly scope: SilenceScope,
    private readonly lock: WriteLock,
    private readonly deadlines: SilenceDeadlines,
    private readonly events: SilenceEvents,
    private readonly audit: AuditLogService,
    @InjectModels() private readonly models: Models,
  ) {}

  async moveDeadline(
    principal: Principal,
    procedureId: string,
    request: ChangeSilenceDeadlineRequest,
  ): Promise<SilenceProcedure> {
    const { access, round, procedure } = await this.scope.resolve(principal, procedureId, 'rounds.chair');
    assertRoundChair(round, principal);
    const deadline = new Date(request.deadline);
    const { before, after } = await this.lock.run(LockResources.silence(procedure._id), async () => {
      const current = await this.scope.load(procedure._id);
      if (!current) throw silenceNotFound();
      const now = new Date();
      assertStillRunning(current, now);
      assertDeadline(deadline, now);
      const next: SilenceProcedureRecord = { ...current, deadline, revision: current.revision + 1 };
      await this.deadlines.schedule(next);
      try {
        await this.models.silenceProcedures
          .updateOne({ _id: current._id, revision: current.revision }, { $set: { deadline, revision: next.revision } })
          .exec();
      } catch (error) {
        await this.deadlines.unschedule(next);
        throw error;
      }
      return { before: current, after: next };
    });
    await this.deadlines.unschedule(before);
    await this.audit.record({
      actor: principal,
      processId: access.processId,
      action: 'silence.deadline_changed',
      targetType: 'silence_procedure',
      targetId: after._id,
      before: { deadline: before.deadline.toISOString(), revision: before.revision },
      after: { deadline: after.deadline.toISOString(), revision: after.revision },
      summary: `Silence procedure deadline moved to ${after.deadline.toISOString()} in round "${round.name}"`,
      context: { round: round.name, paragraphs: silenceParagraphs(after) },
    });
    await this.events.send('silence.changed', after);
    return toSilenceProcedure(after);
  }

  async cancel(principal: Principal, procedureId: string): Promise<SilenceProcedure> {
    const { access, round, procedure } = await this.scope.resolve(principal, procedureId, 'rounds.chair');
    assertRoundChair(round, principal);
    const after = await this.lock.run(LockResources.silence(procedure._id), async () => {
      const current = await this.scope.load(procedure._id);
      if (!current) throw silenceNotFound();
      const now = new Date();
      assertStillRunning(current, now);
      await this.models.silenceProcedures
        .updateOne({ _id: current._id, status: 'running' }, { $set: { status: 'cancelled', endedAt: now } })
        .exec();
      return { ...current, status: 'cancelled', endedAt: now } satisfies SilenceProcedureRecord;
    });
    await this.deadlines.unschedule(after);
    await this.audit.record({
      actor: principal,
      processId: access.processId,
      action: 'silence.cancelled',
      targetType: 'silence_procedure',
      targetId: after._id,
      before: { status: 'running' },
      after: { status: 'cancelled' },
      summary: `Silence procedure on ${after.paragraphKeys.join(', ')} cancelled in round "${round.name}"`,
      context: { round: round.name, paragraphs: silenceParagraphs(after) },
    });
    await this.events.send('silence.cancelled', after);
    return toSilenceProcedure(after);
  }
}
