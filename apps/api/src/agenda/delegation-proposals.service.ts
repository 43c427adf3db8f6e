import { Injectable, Logger } from '@nestjs/common';
import { streams } from '@concordia/contracts';
import type { Models, RoundRecord } from '@concordia/dal';
import type { Types } from 'mongoose';
import { RoundAnnotations } from '../annotations/round-annotations.service';
import type { ProcessAccess } from '../authz/process-access.service';
import { InjectModels } from '../infra/database.module';
import { LiveLog } from '../realtime/live-log';
import { type ProposalFacts, proposalFacts } from './usecases/own-proposals';

/** Rounds × delegations remembered per API process; the oldest is forgotten beyond it. */
const MAX_ENTRIES = 5000;
/**
 * How long after its numbers last moved a read is still not kept. A new annotation's event is
 * logged before its insert is stored (see AnnotationEvents.announceCreated), so a list read just
 * after the number moved may lack it; a read this much later has it.
 */
export const PROPOSALS_SETTLE_MS = 5000;

interface Entry {
  stamp: string;
  /** When this process first saw the numbers at `stamp`. */
  since: number;
  /** When the list behind `facts` was asked for. */
  readAt: number;
  facts: Promise<ProposalFacts>;
}

/**
 * A delegation's proposals in a round, read once for all its members until something changes.
 * Every member's home page asks once a minute, and each answer would otherwise read the round's
 * whole annotation list (about a second for 2,000 annotations on FerretDB). Every change a member
 * could read goes out as a live event on the round's stream or the delegation's, numbered in Redis;
 * the facts are kept with those numbers (of every round of the process, since threads carried from
 * an earlier round publish on that round's streams) and read again as soon as one moves, and for
 * PROPOSALS_SETTLE_MS after. So the answer is as fresh as a live reading page, and a quiet round
 * costs a read of its rounds' ids and one MGET.
 */
@Injectable()
export class DelegationProposals {
  private readonly logger = new Logger(DelegationProposals.name);
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly annotations: RoundAnnotations,
    private readonly live: LiveLog,
    @InjectModels() private readonly models: Models,
  ) {}

  /** `access` is a member's of `delegationId`: what they list is what every member lists of it. */
  async factsFor(access: ProcessAccess, round: RoundRecord, delegationId: Types.ObjectId): Promise<ProposalFacts> {
    const key = `${round._id.toHexString()}:${delegationId.toHexString()}`;
    const stamp = await this.stamp(round, delegationId.toHexString());
    const kept = this.entries.get(key);
    const same = stamp !== null && kept?.stamp === stamp;
    if (same && kept.readAt - kept.since >= PROPOSALS_SETTLE_MS) return kept.facts;
    // The numbers are read before the list: a change landing meanwhile moves them, and the next
    // request reads again.
    const readAt = Date.now();
    const facts = this.annotations
      .list(access, round, { includeOrphaned: false })
      .then((listed) => proposalFacts(listed, delegationId.toHexString()));
    if (stamp === null) return facts;
    this.entries.delete(key);
    this.entries.set(key, { stamp, since: same ? kept.since : readAt, readAt, facts });
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    facts.catch(() => {
      if (this.entries.get(key)?.facts === facts) this.entries.delete(key);
    });
    return facts;
  }

  /** The live numbers the delegation's view of the process's threads moves with; null without Redis. */
  private async stamp(round: RoundRecord, delegationId: string): Promise<string | null> {
    try {
      const rounds = await this.models.rounds
        .find({ processId: round.processId })
        .select({ _id: 1 })
        .sort({ _id: 1 })
        .lean<{ _id: Types.ObjectId }[]>()
        .exec();
      const names = rounds.flatMap(({ _id }) => [
        streams.round(_id.toHexString()),
        streams.delegation(_id.toHexString(), delegationId),
      ]);
      return (await this.live.current(names)).join(',');
    } catch (error) {
      this.logger.warn({ err: error }, 'live numbers unreadable: the agenda reads the proposals afresh');
      return null;
    }
  }
}
