import { Injectable } from '@nestjs/common';
import { countPositions, type MatrixQuery, type PositionEvolution } from '@concordia/contracts';
import type { Models, RoundRecord } from '@concordia/dal';
import type { Types } from 'mongoose';
import type { Principal } from '../../authz/principal';
import { InjectModels } from '../../infra/database.module';
import { MatrixReader } from '../matrix-reader.service';
import { PositionScope } from '../position-scope.service';
import { readsPositions } from '../position-visibility';

type RoundFields = Pick<RoundRecord, '_id' | 'name' | 'opensAt' | 'delegationIds' | 'confidentiality'>;

/**
 * How each cell of a round's matrix moved across the rounds of its process. Paragraph keys are
 * stable across versions, so the round's paragraphs are followed into rounds held on other
 * versions; rounds whose positions the caller may not read are left out.
 */
@Injectable()
export class PositionEvolutionUseCase {
  constructor(
    private readonly scope: PositionScope,
    private readonly reader: MatrixReader,
    @InjectModels() private readonly models: Models,
  ) {}

  async execute(principal: Principal, roundId: string, query: MatrixQuery): Promise<PositionEvolution> {
    const { access, round } = await this.scope.forReading(principal, roundId);
    const all = await this.models.rounds
      .find({ processId: round.processId, status: { $ne: 'scheduled' } })
      .select({ name: 1, opensAt: 1, delegationIds: 1, confidentiality: 1 })
      .lean<RoundFields[]>()
      .exec();
    const rounds = all
      .filter((r) => readsPositions(access, r))
      .sort(
        (a, b) => a.opensAt.getTime() - b.opensAt.getTime() || a._id.toHexString().localeCompare(b._id.toHexString()),
      );
    const participants = new Map<string, Types.ObjectId>();
    for (const r of rounds) for (const d of r.delegationIds) participants.set(d.toHexString(), d);
    const [paragraphs, delegations, values] = await Promise.all([
      this.reader.paragraphs(round.versionId),
      this.reader.delegations([...participants.values()], query),
      this.reader.values(rounds.map((r) => r._id)),
    ]);
    const perRound = rounds.map((r) => values.get(r._id.toHexString()));
    const cells = delegations.map((d) =>
      paragraphs.map((p) => perRound.map((rowValues) => rowValues?.get(d.id)?.get(p.key) ?? null)),
    );
    // A delegation outside a round has no cell there, rather than a silent one.
    const totals = rounds.map((r, index) => {
      const inRound = new Set(r.delegationIds.map((id) => id.toHexString()));
      return countPositions(
        delegations.flatMap((d, i) => (inRound.has(d.id) ? (cells[i] ?? []).map((cell) => cell[index] ?? null) : [])),
      );
    });
    return {
      roundId,
      rounds: rounds.map((r) => ({ id: r._id.toHexString(), name: r.name, opensAt: r.opensAt.toISOString() })),
      paragraphs,
      delegations,
      values: cells,
      totals,
    };
  }
}
