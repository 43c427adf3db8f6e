import { Injectable } from '@nestjs/common';
import {
  type AuditAction,
  ErrorCode,
  type ReorderSpeakersRequest,
  type RequestFloorRequest,
  type SetSpeakingTimeRequest,
  type SpeakersList,
  type SpeakerTurns,
} from '@concordia/contracts';
import type { DelegationRecord, Models, RoundRecord } from '@concordia/dal';
import { randomUUID } from 'node:crypto';
import { Types } from 'mongoose';
import { AuditLogService } from '../../audit/audit-log.service';
import { PublishedParagraphsCache } from '../../drafts/published-paragraphs.service';
import type { ProcessAccess } from '../../authz/process-access.service';
import type { Principal } from '../../authz/principal';
import { ForbiddenError, NotFoundError } from '../../errors/domain-errors';
import { InjectModels } from '../../infra/database.module';
import {
  assertChairOrSecretariat,
  assertRoundChair,
  assertRoundLive,
  participatingDelegation,
} from '../../rounds/chair-rules';
import { ParagraphStatuses } from '../../rounds/paragraph-statuses.service';
import { RoundScope } from '../../rounds/round-scope.service';
import { nextTurnJobs } from '../speakers-notifications';
import { SpeakersStore } from '../speakers-store.service';
import { readerOf } from '../../common/reader';
import { speakerTurnsCsv } from '../speaker-turns-csv';
import { toSpeakerTurn } from '../speakers.mapper';
import { endFloor, giveFloor, reorder, requestFloor, setSpeakingTime, withdraw } from '../speakers-rules';

/**
 * The speakers' list of a live session: delegations ask for the floor on a paragraph and may
 * withdraw; the round's chair orders the queue, gives the floor and ends it. Every change is
 * audited; giving the floor or reordering tells the delegation that becomes next in the queue.
 * Asking, ordering and giving stop at the round's closing time; withdrawing and ending the floor
 * do not, so the list can be cleared after it.
 */
@Injectable()
export class SpeakersUseCase {
  constructor(
    private readonly scope: RoundScope,
    private readonly store: SpeakersStore,
    private readonly statuses: ParagraphStatuses,
    private readonly audit: AuditLogService,
    private readonly paragraphs: PublishedParagraphsCache,
    @InjectModels() private readonly models: Models,
  ) {}

  async get(principal: Principal, roundId: string): Promise<SpeakersList> {
    const { round } = await this.scope.resolve(principal, roundId, 'rounds.read');
    return this.store.read(round._id);
  }

  async request(principal: Principal, roundId: string, request: RequestFloorRequest): Promise<SpeakersList> {
    const { access, round } = await this.scope.resolve(principal, roundId, 'speakers.request');
    const delegationId = participatingDelegation(access, round);
    assertRoundLive(round, 'the floor is requested');
    if (!(await this.statuses.keysOf(round)).includes(request.paragraphKey)) {
      throw new NotFoundError(
        `The round's version has no paragraph ${request.paragraphKey}`,
        ErrorCode.ParagraphNotFound,
      );
    }
    const delegation = await this.models.delegations
      .findById(delegationId)
      .select({ name: 1 })
      .lean<Pick<DelegationRecord, 'name'>>()
      .exec();
    const entry = {
      id: randomUUID(),
      delegationId,
      delegationName: delegation?.name ?? 'unknown delegation',
      paragraphKey: request.paragraphKey,
      requestedBy: new Types.ObjectId(principal.userId),
      requestedByName: principal.name,
      requestedAt: new Date(),
    };
    const list = await this.store.change(round._id, (state) => requestFloor(state, entry));
    await this.record(
      principal,
      access,
      round,
      'speakers.requested',
      entry.id,
      {
        delegationId: delegationId.toHexString(),
        paragraphKey: request.paragraphKey,
      },
      `${entry.delegationName} asked for the floor on ${request.paragraphKey}`,
    );
    return list;
  }

  /** A delegation withdraws its own request; the chair may strike any. */
  async withdraw(principal: Principal, roundId: string, entryId: string): Promise<SpeakersList> {
    const { access, round } = await this.scope.resolve(principal, roundId, 'rounds.read');
    const chair = round.chairUserId.equals(principal.userId);
    const own = access.membership?.delegationId ?? null;
    const list = await this.store.change(
      round._id,
      (state) => {
        const entry = state.queue.find((e) => e.id === entryId);
        if (entry && !chair && !(own !== null && access.can('speakers.request') && entry.delegationId.equals(own))) {
          throw new ForbiddenError('Only the delegation that asked, or the chair, can withdraw this request');
        }
        return withdraw(state, entryId);
      },
      // The first in the queue withdrawing makes the one behind them next.
      await this.nextTurn(access, round, principal),
    );
    await this.record(
      principal,
      access,
      round,
      'speakers.withdrawn',
      entryId,
      { byChair: chair },
      'Request for the floor withdrawn',
    );
    return list;
  }

  async reorder(principal: Principal, roundId: string, request: ReorderSpeakersRequest): Promise<SpeakersList> {
    const { access, round } = await this.chair(principal, roundId, 'the queue is ordered');
    const list = await this.store.change(
      round._id,
      (state) => reorder(state, request.entryIds),
      await this.nextTurn(access, round, principal),
    );
    await this.record(
      principal,
      access,
      round,
      'speakers.reordered',
      round._id.toHexString(),
      {
        order: request.entryIds,
      },
      "Speakers' list reordered",
    );
    return list;
  }

  async giveFloor(principal: Principal, roundId: string, entryId: string): Promise<SpeakersList> {
    const { access, round } = await this.chair(principal, roundId, 'the floor is given');
    const list = await this.store.change(
      round._id,
      (state) => giveFloor(state, entryId, new Date(), actorOf(principal)),
      await this.nextTurn(access, round, principal),
    );
    await this.record(
      principal,
      access,
      round,
      'speakers.floor_given',
      entryId,
      {
        delegationId: list.floor?.delegationId,
      },
      `Floor given to ${list.floor?.delegationName ?? 'a delegation'}`,
    );
    return list;
  }

  /** Whatever the round's state: a turn under way at the closing time (or the close) still ends. */
  async endFloor(principal: Principal, roundId: string): Promise<SpeakersList> {
    const { access, round } = await this.chair(principal, roundId, null);
    const list = await this.store.change(round._id, (state) => endFloor(state, new Date(), actorOf(principal)));
    const turn = list.lastTurn;
    await this.record(
      principal,
      access,
      round,
      'speakers.floor_ended',
      turn?.id ?? round._id.toHexString(),
      {
        delegationId: turn?.delegationId,
        elapsedMs: turn?.elapsedMs,
      },
      `Floor of ${turn?.delegationName ?? 'a delegation'} ended`,
    );
    return list;
  }

  /**
   * The speaking time per turn, by the round's chair or the secretariat; at any time, since it
   * only informs (nothing happens at the limit).
   */
  async setSpeakingTime(principal: Principal, roundId: string, request: SetSpeakingTimeRequest): Promise<SpeakersList> {
    const { access, round } = await this.scope.resolve(principal, roundId, 'speakers.manage');
    assertChairOrSecretariat(access, round, principal, 'set the speaking time');
    const minutes = request.speakingTimeMinutes;
    const list = await this.store.change(round._id, (state) => setSpeakingTime(state, minutes));
    await this.record(
      principal,
      access,
      round,
      'speakers.time_set',
      round._id.toHexString(),
      { speakingTimeMinutes: minutes },
      minutes === null ? 'Speaking time removed' : `Speaking time set to ${minutes} min`,
    );
    return list;
  }

  /** The record of the floor: the round's chair and the secretariat, for the meeting report. */
  async turns(principal: Principal, roundId: string): Promise<SpeakerTurns> {
    return (await this.floorRecord(principal, roundId)).record;
  }

  /**
   * The record of the floor as CSV, headers in the reader's language. A download takes the record
   * out of the platform, so it is audited like the positions exports.
   */
  async turnsCsv(principal: Principal, roundId: string): Promise<string> {
    const { access, round, record } = await this.floorRecord(principal, roundId);
    const [reader, version] = await Promise.all([
      readerOf(this.models, principal),
      this.paragraphs.get(round.versionId),
    ]);
    const csv = speakerTurnsCsv(record.turns, reader.language, (key) => version?.byKey.get(key)?.number ?? null);
    await this.record(
      principal,
      access,
      round,
      'speakers.exported',
      round._id.toHexString(),
      { format: 'csv', turns: record.turns.length },
      `Record of the floor (${record.turns.length} turns) exported as CSV`,
    );
    return csv;
  }

  private async floorRecord(principal: Principal, roundId: string) {
    const { access, round } = await this.scope.resolve(principal, roundId, 'speakers.manage');
    assertChairOrSecretariat(access, round, principal, 'read the record of the floor');
    const turns = await this.store.turns(round._id);
    return { access, round, record: { roundId: round._id.toHexString(), turns: turns.map(toSpeakerTurn) } };
  }

  /** "Your turn is next" for a change of the queue, naming the paragraph by its number. */
  private async nextTurn(access: ProcessAccess, round: RoundRecord, principal: Principal) {
    return nextTurnJobs(round, access.process, principal, await this.paragraphs.get(round.versionId));
  }

  /** The round's own chair; `live` names what needs the round taking input (null: allowed at any time). */
  private async chair(principal: Principal, roundId: string, live: string | null) {
    const resolved = await this.scope.resolve(principal, roundId, 'rounds.chair');
    assertRoundChair(resolved.round, principal);
    if (live !== null) assertRoundLive(resolved.round, live);
    return resolved;
  }

  private record(
    principal: Principal,
    access: ProcessAccess,
    round: RoundRecord,
    action: AuditAction,
    targetId: string,
    after: Record<string, unknown>,
    summary: string,
  ): Promise<void> {
    return this.audit.record({
      actor: principal,
      processId: access.processId,
      action,
      targetType: 'speakers_list',
      targetId,
      after: { roundId: round._id.toHexString(), ...after },
      summary: `${summary} in round "${round.name}"`,
      context: { round: round.name },
    });
  }
}

const actorOf = (principal: Principal) => ({ userId: new Types.ObjectId(principal.userId), name: principal.name });
