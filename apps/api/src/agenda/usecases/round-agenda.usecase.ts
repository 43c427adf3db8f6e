import { Injectable } from '@nestjs/common';
import type { AgendaSilence, RoundAgenda } from '@concordia/contracts';
import {
  type Models,
  readingMarkId,
  type ReadingMarkRecord,
  type RoundRecord,
  type SilenceProcedureRecord,
  silenceParagraphs,
  type SpeakersListRecord,
} from '@concordia/dal';
import { takesPart } from '../../annotations/annotation-visibility';
import type { ProcessAccess } from '../../authz/process-access.service';
import type { Principal } from '../../authz/principal';
import { InjectModels } from '../../infra/database.module';
import { PositionRows } from '../../positions/position-rows.service';
import { ownRoundDelegation } from '../../rounds/chair-rules';
import { ParagraphStatuses } from '../../rounds/paragraph-statuses.service';
import { RoundScope } from '../../rounds/round-scope.service';
import { DelegationProposals } from '../delegation-proposals.service';
import { UndisposedThreads } from '../undisposed-threads.service';
import { ownProposals } from './own-proposals';

/**
 * What a round waits for from the caller, read in one request for the home page: each part is
 * computed only for those whose task it is, from the same records (and the same visibility
 * rules) as the page the part links to.
 */
@Injectable()
export class RoundAgendaUseCase {
  constructor(
    private readonly scope: RoundScope,
    private readonly rows: PositionRows,
    private readonly statuses: ParagraphStatuses,
    private readonly proposals: DelegationProposals,
    private readonly undisposed: UndisposedThreads,
    @InjectModels() private readonly models: Models,
  ) {}

  async execute(principal: Principal, roundId: string): Promise<RoundAgenda> {
    const { access, round } = await this.scope.resolve(principal, roundId, 'rounds.read');
    const open = round.status === 'open';
    const [paragraphStatuses, silences, positions, delegationPositions, withoutDisposition, floorRequests, own] =
      await Promise.all([
        this.paragraphStatuses(round),
        open ? this.silences(access, round) : [],
        open ? this.positions(access, round) : null,
        access.can('positions.track') ? this.delegationPositions(round) : null,
        access.can('annotations.dispose') ? this.undisposed.count(access, round) : null,
        open && access.can('speakers.manage') ? this.floorRequests(round) : null,
        this.ownProposals(access, round),
      ]);
    return {
      roundId: round._id.toHexString(),
      paragraphStatuses,
      silences,
      positions,
      delegationPositions,
      withoutDisposition,
      floorRequests,
      ownProposals: own,
    };
  }

  private async paragraphStatuses(round: RoundRecord): Promise<RoundAgenda['paragraphStatuses']> {
    const counts = { open: 0, bracketed: 0, agreed_ad_referendum: 0, agreed: 0 };
    for (const entry of await this.statuses.list(round)) counts[entry.status] += 1;
    return counts;
  }

  private async silences(access: ProcessAccess, round: RoundRecord): Promise<AgendaSilence[]> {
    const running = await this.models.silenceProcedures
      .find({ roundId: round._id, status: 'running' })
      .sort({ deadline: 1 })
      .lean<SilenceProcedureRecord[]>()
      .exec();
    const mayBreak = access.can('silence.break') && ownRoundDelegation(access, round) !== null;
    return running.map((p) => ({
      id: p._id.toHexString(),
      paragraphNumbers: silenceParagraphs(p),
      deadline: p.deadline.toISOString(),
      mayBreak,
    }));
  }

  private async positions(access: ProcessAccess, round: RoundRecord): Promise<RoundAgenda['positions']> {
    const delegationId = ownRoundDelegation(access, round);
    if (delegationId === null || !access.can('positions.record')) return null;
    const [keys, cells] = await Promise.all([
      this.statuses.keysOf(round),
      this.rows.ofDelegation(round._id, delegationId),
    ]);
    // "No position" is a choice recorded like the others, so any cell counts as done.
    const missing = keys.filter((key) => !cells?.has(key));
    return { recorded: keys.length - missing.length, paragraphs: keys.length, nextKey: missing[0] ?? null };
  }

  /** Where the participating delegations are in recording positions, as the matrix shows them. */
  private async delegationPositions(round: RoundRecord): Promise<RoundAgenda['delegationPositions']> {
    const [keys, rows] = await Promise.all([this.statuses.keysOf(round), this.rows.ofRound(round._id)]);
    let complete = 0;
    let started = 0;
    for (const delegationId of round.delegationIds) {
      const cells = rows.get(delegationId.toHexString());
      const recorded = keys.filter((key) => cells?.has(key)).length;
      if (keys.length > 0 && recorded === keys.length) complete += 1;
      else if (recorded > 0) started += 1;
    }
    return { complete, started, delegations: round.delegationIds.length };
  }

  /**
   * Any delegation's members (observers' too) who may read the round's annotations: the same list
   * as theirs, so nothing they could not read is counted, shared by the delegation's members
   * (DelegationProposals). The mark is read by `_id`, never moved: the home page is not a visit.
   */
  private async ownProposals(access: ProcessAccess, round: RoundRecord): Promise<RoundAgenda['ownProposals']> {
    const delegationId = access.membership?.delegationId ?? null;
    if (delegationId === null || !access.can('annotations.read') || !takesPart(access, round)) return null;
    const [facts, mark] = await Promise.all([
      this.proposals.factsFor(access, round, delegationId),
      this.models.readingMarks
        .findById(readingMarkId(access.principal.userId, round._id))
        .select({ mark: 1 })
        .lean<Pick<ReadingMarkRecord, 'mark'>>()
        .exec(),
    ]);
    return ownProposals(facts, delegationId.toHexString(), mark?.mark ?? null);
  }

  private async floorRequests(round: RoundRecord): Promise<number> {
    const list = await this.models.speakersLists
      .findOne({ roundId: round._id })
      .select({ queue: 1 })
      .lean<Pick<SpeakersListRecord, 'queue'>>()
      .exec();
    return list?.queue.length ?? 0;
  }
}
