import { Injectable } from '@nestjs/common';
import { ErrorCode, type SilenceProcedure, type StartSilenceRequest } from '@concordia/contracts';
import {
  Collections,
  LockResources,
  type Models,
  silenceParagraphs,
  type SilenceProcedureRecord,
} from '@concordia/dal';
import { Types } from 'mongoose';
import { AuditLogService } from '../../audit/audit-log.service';
import { PublishedParagraphsCache } from '../../drafts/published-paragraphs.service';
import type { Principal } from '../../authz/principal';
import { ConflictError, NotFoundError } from '../../errors/domain-errors';
import { InjectModels } from '../../infra/database.module';
import { Outbox } from '../../notifications/outbox.service';
import { WriteLock } from '../../infra/write-lock.service';
import { assertRoundChair, assertRoundLive } from '../../rounds/chair-rules';
import { RoundScope } from '../../rounds/round-scope.service';
import { SilenceDeadlines } from '../silence-deadlines.service';
import { SilenceEvents } from '../silence-events.service';
import { silenceStartedJob } from '../silence-notifications';
import { toSilenceProcedure } from '../silence.mapper';
import { assertDeadline } from '../silence-rules';

/** The round's chair circulates paragraphs under silence until a deadline. */
@Injectable()
export class StartSilenceUseCase {
  constructor(
    private readonly scope: RoundScope,
    private readonly lock: WriteLock,
    private readonly deadlines: SilenceDeadlines,
    private readonly events: SilenceEvents,
    private readonly audit: AuditLogService,
    private readonly outbox: Outbox,
    private readonly paragraphs: PublishedParagraphsCache,
    @InjectModels() private readonly models: Models,
  ) {}

  async execute(principal: Principal, roundId: string, request: StartSilenceRequest): Promise<SilenceProcedure> {
    const { access, round } = await this.scope.resolve(principal, roundId, 'rounds.chair');
    assertRoundChair(round, principal);
    const now = new Date();
    assertRoundLive(round, 'silence procedures start', now);
    const deadline = new Date(request.deadline);
    assertDeadline(deadline, now);
    const keys = [...new Set(request.paragraphKeys)];
    // One read of the round's (published, immutable, cached) version: its keys and its numbers.
    const version = await this.paragraphs.get(round.versionId);
    const unknown = keys.filter((k) => !version?.byKey.has(k));
    if (unknown.length > 0) {
      throw new NotFoundError(
        `The round's version has no paragraph ${unknown.join(', ')}`,
        ErrorCode.ParagraphNotFound,
      );
    }

    // Readers know paragraphs by number; the version is immutable, so the numbers are kept with the procedure.
    const numbers = keys.map((k) => version?.byKey.get(k)?.number);
    const paragraphNumbers = numbers.every((n) => n !== undefined) ? { paragraphNumbers: numbers } : {};

    // Under the round's lock so two procedures never both take the same paragraph.
    const record = await this.lock.run(LockResources.roundSilences(round._id), async () => {
      const busy = await this.models.silenceProcedures
        .find({ roundId: round._id, status: 'running', paragraphKeys: { $in: keys } })
        .select({ paragraphKeys: 1 })
        .lean<Pick<SilenceProcedureRecord, 'paragraphKeys'>[]>()
        .exec();
      if (busy.length > 0) {
        const taken = keys.filter((k) => busy.some((b) => b.paragraphKeys.includes(k)));
        throw new ConflictError(
          ErrorCode.SilenceParagraphBusy,
          `Paragraph ${taken.join(', ')} is already under a running silence procedure`,
        );
      }
      const created: SilenceProcedureRecord = {
        _id: new Types.ObjectId(),
        roundId: round._id,
        processId: round.processId,
        paragraphKeys: keys,
        ...paragraphNumbers,
        deadline,
        revision: 0,
        status: 'running',
        startedBy: new Types.ObjectId(principal.userId),
        startedByName: principal.name,
        startedAt: now,
        broken: null,
        endedAt: null,
      };
      // The new document is the proof; not its status, which a quick break may already have changed.
      await this.outbox.stage({ collection: Collections.silenceProcedures, id: created._id }, [
        silenceStartedJob({ round, process: access.process }, created, principal),
      ]);
      await this.models.silenceProcedures.collection.insertOne(created);
      try {
        await this.deadlines.schedule(created);
      } catch (error) {
        // A procedure without its deadline job would never conclude: refuse it instead.
        await this.models.silenceProcedures.deleteOne({ _id: created._id }).exec();
        throw error;
      }
      return created;
    });
    this.outbox.committed();

    await this.audit.record({
      actor: principal,
      processId: access.processId,
      action: 'silence.started',
      targetType: 'silence_procedure',
      targetId: record._id,
      after: { roundId: round._id.toHexString(), paragraphKeys: keys, deadline: deadline.toISOString() },
      summary: `Silence procedure on ${keys.join(', ')} until ${deadline.toISOString()} in round "${round.name}"`,
      context: { round: round.name, paragraphs: silenceParagraphs(record) },
    });
    await this.events.send('silence.started', record);
    return toSilenceProcedure(record);
  }
}
