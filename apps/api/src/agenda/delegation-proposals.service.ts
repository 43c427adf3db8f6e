import { Injectable, Logger } from '@nestjs/common';
import { streams } from '@concordia/contracts';
import type { Models, RoundRecord } from '@concordia/dal';
import type { Types } from 'mongoose';
import { RoundAnnotations } from '../annotations/round-annotations.service';
import type { ProcessAccess } from '../authz/process-access.service';
import { InjectModels } from '../infra/database.module';
import { LiveLog } from '../realtime/live-log';
import { KeptListReads } from './kept-list-reads';
import { type ProposalFacts, proposalFacts } from './usecases/own-proposals';

/**
 * A delegation's proposals in a round, read once for all its members until something changes
 * (KeptListReads): its members read the same threads, and every change they could read goes out
 * on the round's stream or the delegation's.
 */
@Injectable()
export class DelegationProposals {
  private readonly kept: KeptListReads<ProposalFacts>;

  constructor(annotations: RoundAnnotations, live: LiveLog, @InjectModels() models: Models) {
    this.kept = new KeptListReads(annotations, live, models, new Logger(DelegationProposals.name));
  }

  /** `access` is a member's of `delegationId`: what they list is what every member lists of it. */
  factsFor(access: ProcessAccess, round: RoundRecord, delegationId: Types.ObjectId): Promise<ProposalFacts> {
    const id = delegationId.toHexString();
    const readers = {
      key: `delegation:${id}`,
      streams: (roundId: string) => [streams.round(roundId), streams.delegation(roundId, id)],
    };
    return this.kept.read(access, round, readers, (listed) => proposalFacts(listed, id));
  }
}
