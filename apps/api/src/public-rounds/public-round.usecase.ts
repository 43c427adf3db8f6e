import { Injectable } from '@nestjs/common';
import { type PublicRound, roundAcceptsInput } from '@concordia/contracts';
import type {
  DelegationRecord,
  DraftRecord,
  DraftVersionRecord,
  Models,
  ProcessRecord,
  RoundRecord,
} from '@concordia/dal';
import { Types } from 'mongoose';
import { RoundAnnotations } from '../annotations/round-annotations.service';
import { ConsiderationStore } from '../consideration/consideration-store.service';
import { toDraftVersion } from '../drafts/draft.mapper';
import { InjectModels } from '../infra/database.module';
import { ParagraphStatuses } from '../rounds/paragraph-statuses.service';
import { roundNotFound } from '../rounds/round-scope.service';
import { toPublicAnnotation } from './public-annotation';

/**
 * A public round as anyone reads it, signed in or not. Any other round, and a public one still
 * scheduled (its text and window may change before it opens), answers 404 like a round that does
 * not exist, so the address of a confidential round tells nothing.
 */
@Injectable()
export class PublicRoundUseCase {
  constructor(
    @InjectModels() private readonly models: Models,
    private readonly annotations: RoundAnnotations,
    private readonly statuses: ParagraphStatuses,
    private readonly consideration: ConsiderationStore,
  ) {}

  async execute(roundId: string): Promise<PublicRound> {
    const round = await this.models.rounds.findById(roundId).lean<RoundRecord>().exec();
    if (!round || round.confidentiality !== 'public' || round.status === 'scheduled') throw roundNotFound();
    const [process, version, delegations, statuses, annotations, consideration] = await Promise.all([
      this.models.processes.findById(round.processId, { title: 1 }).lean<Pick<ProcessRecord, 'title'>>().exec(),
      this.models.draftVersions.findById(round.versionId).lean<DraftVersionRecord>().exec(),
      this.delegationNames(round.delegationIds),
      this.statuses.list(round),
      this.annotations.listPublic(round),
      this.consideration.read(round._id),
    ]);
    if (!process || !version) throw roundNotFound();
    const draft = await this.models.drafts
      .findById(version.draftId, { title: 1 })
      .lean<Pick<DraftRecord, 'title'>>()
      .exec();
    const chair = round.chairUserId.toHexString();
    return {
      id: round._id.toHexString(),
      name: round.name,
      processTitle: process.title,
      draftTitle: draft?.title ?? '',
      version: toDraftVersion(version),
      status: round.status,
      opensAt: round.opensAt.toISOString(),
      closesAt: round.closesAt.toISOString(),
      timeZone: round.timeZone,
      delegations,
      paragraphStatuses: Object.fromEntries(statuses.map((s) => [s.key, s.status])),
      // Only while the session can run: a closed round's last paragraph is no longer "under consideration".
      paragraphUnderConsideration: roundAcceptsInput(round, new Date()) ? consideration.paragraphKey : null,
      annotations: annotations.map((a) => toPublicAnnotation(a, chair)),
    };
  }

  private async delegationNames(ids: Types.ObjectId[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const found = await this.models.delegations
      .find({ _id: { $in: ids } }, { name: 1 })
      .lean<Pick<DelegationRecord, 'name'>[]>()
      .exec();
    return found.map((d) => d.name).sort((a, b) => a.localeCompare(b));
  }
}
