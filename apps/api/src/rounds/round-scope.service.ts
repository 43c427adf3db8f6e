import { Injectable } from '@nestjs/common';
import type { Models, RoundRecord } from '@concordia/dal';
import type { Types } from 'mongoose';
import { hiding, type ProcessAccess, ProcessAccessService } from '../authz/process-access.service';
import type { ProcessAction } from '../authz/policies';
import { GenerationCache } from '../authz/generation-cache';
import type { Principal } from '../authz/principal';
import { WriteGenerations } from '../authz/write-generations.service';
import { NotFoundError } from '../errors/domain-errors';
import { InjectModels } from '../infra/database.module';

export const roundNotFound = () => new NotFoundError('Round not found');

/** Rounds whose process is remembered; more and the memory is simply cleared. */
const KNOWN_ROUNDS = 10_000;

/** Loads a round together with the caller's access to its process (non-members: 404). */
@Injectable()
export class RoundScope {
  private readonly processOf = new Map<string, Types.ObjectId>();
  /** Rounds as read under the current write generation (see WriteGenerations). */
  private readonly rounds = new GenerationCache<RoundRecord | null>(KNOWN_ROUNDS, 30_000);

  constructor(
    private readonly access: ProcessAccessService,
    @InjectModels() private readonly models: Models,
    private readonly generations: WriteGenerations,
  ) {}

  async resolve(
    principal: Principal,
    roundId: string | Types.ObjectId,
    action: ProcessAction,
  ): Promise<{ access: ProcessAccess; round: RoundRecord }> {
    const id = String(roundId);
    const processId = this.processOf.get(id);
    if (processId) {
      // A round never changes process: with its process known, the round and the caller's
      // access are read side by side (one round trip instead of two on every round request).
      const [round, access] = await Promise.all([
        this.find(roundId, principal),
        this.access.resolve(principal, processId, action).catch(hiding(roundNotFound)),
      ]);
      if (!round) throw roundNotFound();
      return { access, round };
    }
    const round = await this.find(roundId, principal);
    if (!round) throw roundNotFound();
    const access = await this.access.resolve(principal, round.processId, action).catch(hiding(roundNotFound));
    if (this.processOf.size >= KNOWN_ROUNDS) this.processOf.clear();
    this.processOf.set(id, round.processId);
    return { access, round };
  }

  private async find(roundId: string | Types.ObjectId, principal: Principal): Promise<RoundRecord | null> {
    const generation = await this.generations.read(['rounds'], principal);
    return this.rounds.get(String(roundId), generation, () =>
      this.models.rounds.findById(roundId).lean<RoundRecord>().exec(),
    );
  }
}
