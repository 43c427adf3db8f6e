import { Injectable } from '@nestjs/common';
import { type MatrixQuery, type PositionMatrix, summarise } from '@concordia/contracts';
import type { Principal } from '../../authz/principal';
import { MatrixReader } from '../matrix-reader.service';
import { PositionScope } from '../position-scope.service';

/** Delegations taking part in the round × paragraphs of its version, with the summary per paragraph. */
@Injectable()
export class PositionMatrixUseCase {
  constructor(
    private readonly scope: PositionScope,
    private readonly reader: MatrixReader,
  ) {}

  async execute(principal: Principal, roundId: string, query: MatrixQuery): Promise<PositionMatrix> {
    const { round } = await this.scope.forReading(principal, roundId);
    const [paragraphs, delegations, values] = await Promise.all([
      this.reader.paragraphs(round.versionId),
      this.reader.delegations(round.delegationIds, query),
      this.reader.values([round._id]),
    ]);
    const current = values.get(round._id.toHexString());
    const rows = delegations.map((d) => {
      const own = current?.get(d.id);
      return { delegationId: d.id, values: paragraphs.map((p) => own?.[p.key] ?? null) };
    });
    return { roundId, paragraphs, delegations, rows, summary: summarise(paragraphs, rows) };
  }
}
