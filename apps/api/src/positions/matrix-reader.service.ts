import { Injectable } from '@nestjs/common';
import {
  type MatrixDelegation,
  type MatrixParagraph,
  type MatrixQuery,
  type PositionMatrix,
  type PositionValue,
  summarise,
} from '@concordia/contracts';
import type { DelegationRecord, DraftVersionRecord, Models, RoundRecord } from '@concordia/dal';
import type { Types } from 'mongoose';
import { InjectModels } from '../infra/database.module';
import { PositionRows } from './position-rows.service';

/** delegationId -> paragraphKey -> current value. */
export type RowValues = Map<string, Map<string, PositionValue>>;

/** The pieces every matrix is built from: columns, rows and the current values. */
@Injectable()
export class MatrixReader {
  constructor(
    @InjectModels() private readonly models: Models,
    private readonly rows: PositionRows,
  ) {}

  /** Delegations taking part in the round × paragraphs of its version, with the summary per paragraph. */
  async matrix(
    round: Pick<RoundRecord, '_id' | 'versionId' | 'delegationIds'>,
    query: MatrixQuery,
  ): Promise<PositionMatrix> {
    const [paragraphs, delegations, values] = await Promise.all([
      this.paragraphs(round.versionId),
      this.delegations(round.delegationIds, query),
      this.values([round._id]),
    ]);
    const current = values.get(round._id.toHexString());
    const rows = delegations.map((d) => {
      const own = current?.get(d.id);
      return { delegationId: d.id, values: paragraphs.map((p) => own?.get(p.key) ?? null) };
    });
    return { roundId: round._id.toHexString(), paragraphs, delegations, rows, summary: summarise(paragraphs, rows) };
  }

  /** The numbered paragraphs of a version, in document order. */
  async paragraphs(versionId: Types.ObjectId): Promise<MatrixParagraph[]> {
    const version = await this.models.draftVersions
      .findById(versionId)
      .select({ sections: 1 })
      .lean<Pick<DraftVersionRecord, 'sections'>>()
      .exec();
    return (version?.sections ?? []).flatMap((s) => s.paragraphs.map((p) => ({ key: p.key, number: p.number })));
  }

  /** The delegations among `ids` that pass the filters, ordered by code. */
  async delegations(ids: readonly Types.ObjectId[], query: MatrixQuery): Promise<MatrixDelegation[]> {
    const filter: Record<string, unknown> = { _id: { $in: ids } };
    if (query.region?.length) filter['region'] = { $in: query.region };
    if (query.kind?.length) filter['kind'] = { $in: query.kind };
    const found = await this.models.delegations
      .find(filter)
      .select({ code: 1, name: 1, region: 1, kind: 1 })
      .lean<Pick<DelegationRecord, '_id' | 'code' | 'name' | 'region' | 'kind'>[]>()
      .exec();
    const only = query.delegationId?.length ? new Set(query.delegationId) : null;
    return found
      .filter((d) => !only || only.has(d._id.toHexString()))
      .map((d) => ({ id: d._id.toHexString(), code: d.code, name: d.name, region: d.region, kind: d.kind }))
      .sort((a, b) => a.code.localeCompare(b.code));
  }

  /** Current values per round then per delegation. */
  async values(roundIds: readonly Types.ObjectId[]): Promise<Map<string, RowValues>> {
    const rounds = await Promise.all(roundIds.map((id) => this.rows.ofRound(id)));
    const byRound = new Map<string, RowValues>();
    roundIds.forEach((id, index) => {
      const rowValues: RowValues = new Map();
      for (const [delegationId, cells] of rounds[index] ?? []) {
        rowValues.set(delegationId, new Map([...cells].map(([key, cell]) => [key, cell.value])));
      }
      byRound.set(id.toHexString(), rowValues);
    });
    return byRound;
  }
}
