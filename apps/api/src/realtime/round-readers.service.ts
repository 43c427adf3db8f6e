import { Injectable } from '@nestjs/common';
import { streams } from '@concordia/contracts';
import type { DelegationRecord, Models } from '@concordia/dal';
import type { Principal } from '../authz/principal';
import { InjectModels } from '../infra/database.module';
import { RoundScope } from '../rounds/round-scope.service';
import type { PresenceUser } from './presence.store';

export interface RoundReader {
  roundId: string;
  /** The live streams of the round this caller may read. */
  streams: string[];
  /** The caller's delegation in the process, if any. */
  delegationId: string | null;
  user: PresenceUser;
}

/**
 * Decides which live streams of a round a caller reads: the round's own (every member of the
 * process, and admins), their delegation's, and the secretariat's for the process secretariat.
 * A non-member gets the same 404 as for a round that does not exist.
 */
@Injectable()
export class RoundReaders {
  constructor(
    private readonly rounds: RoundScope,
    @InjectModels() private readonly models: Models,
  ) {}

  async resolve(principal: Principal, roundId: string): Promise<RoundReader> {
    const { access } = await this.rounds.resolve(principal, roundId, 'rounds.read');
    const delegationId = access.membership?.delegationId ?? null;
    const delegation = delegationId
      ? await this.models.delegations
          .findById(delegationId)
          .select({ name: 1 })
          .lean<Pick<DelegationRecord, 'name'>>()
          .exec()
      : null;
    const readable = [streams.round(roundId)];
    if (delegationId) readable.push(streams.delegation(roundId, delegationId.toHexString()));
    if (access.membership?.role === 'secretariat') readable.push(streams.secretariat(roundId));
    return {
      roundId,
      streams: readable,
      delegationId: delegationId?.toHexString() ?? null,
      user: { userId: principal.userId, name: principal.name, delegationName: delegation?.name ?? null },
    };
  }
}
