import { Injectable } from '@nestjs/common';
import { streams } from '@concordia/contracts';
import type { DelegationRecord, Models, RoundRecord, UserRecord } from '@concordia/dal';
import { ProcessAccessService } from '../authz/process-access.service';
import type { Principal } from '../authz/principal';
import { NotFoundError } from '../errors/domain-errors';
import { InjectModels } from '../infra/database.module';
import type { PresenceUser } from './presence.store';

export interface RoundReader {
  roundId: string;
  /** The live streams of the round this caller may read. */
  streams: string[];
  /** The caller's delegation in the process, if any. */
  delegationId: string | null;
  user: PresenceUser;
}

const roundNotFound = () => new NotFoundError('Round not found');

/**
 * Decides which live streams of a round a caller reads: the round's own (every member of the
 * process, and admins), their delegation's, and the secretariat's for the process secretariat.
 * A non-member gets the same 404 as for a round that does not exist.
 */
@Injectable()
export class RoundReaders {
  constructor(
    private readonly access: ProcessAccessService,
    @InjectModels() private readonly models: Models,
  ) {}

  async resolve(principal: Principal, roundId: string): Promise<RoundReader> {
    const round = await this.models.rounds.findById(roundId).select({ processId: 1 }).lean<RoundRecord>().exec();
    if (!round) throw roundNotFound();
    const access = await this.access.resolve(principal, round.processId, 'rounds.read').catch((error: unknown) => {
      throw error instanceof NotFoundError ? roundNotFound() : error;
    });
    const delegationId = access.membership?.delegationId ?? null;
    const [user, delegation] = await Promise.all([
      this.models.users.findById(principal.userId).select({ name: 1 }).lean<Pick<UserRecord, 'name'>>().exec(),
      delegationId
        ? this.models.delegations
            .findById(delegationId)
            .select({ name: 1 })
            .lean<Pick<DelegationRecord, 'name'>>()
            .exec()
        : null,
    ]);
    const readable = [streams.round(roundId)];
    if (delegationId) readable.push(streams.delegation(roundId, delegationId.toHexString()));
    if (access.membership?.role === 'secretariat') readable.push(streams.secretariat(roundId));
    return {
      roundId,
      streams: readable,
      delegationId: delegationId?.toHexString() ?? null,
      user: { userId: principal.userId, name: user?.name ?? '', delegationName: delegation?.name ?? null },
    };
  }
}
