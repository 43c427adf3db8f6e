import { Injectable } from '@nestjs/common';
import type { PositionChanges, PositionChangesQuery, PositionValue } from '@concordia/contracts';
import type { Principal } from '../../authz/principal';
import { PositionRecords } from '../position-records.service';
import { PositionRows } from '../position-rows.service';
import { PositionScope } from '../position-scope.service';

/**
 * The positions other delegations recorded in a round since a time: what the reading page counts
 * as "updated since your last visit". Read from the stamped rows (one small document per
 * delegation, each cell with its time: PositionStampsDocument), not from the log, which FerretDB
 * v1 would scan whole to filter by time. Only the current position of a cell counts: a position
 * changed twice since is one change. Refused like every positions read when the round's
 * confidentiality keeps them from the caller.
 */
@Injectable()
export class PositionChangesUseCase {
  constructor(
    private readonly scope: PositionScope,
    private readonly rows: PositionRows,
    private readonly records: PositionRecords,
  ) {}

  async execute(principal: Principal, roundId: string, query: PositionChangesQuery): Promise<PositionChanges> {
    const { access, round } = await this.scope.forReading(principal, roundId);
    const since = Date.parse(query.since);
    const own = access.membership?.delegationId?.toHexString() ?? null;
    // The matrix's delegations: a delegation since removed from the round is not shown there either.
    const inRound = new Set(round.delegationIds.map((d) => d.toHexString()));
    const changed: { delegationId: string; paragraphKey: string; value: PositionValue; seq: number; at: number }[] = [];
    for (const [delegationId, cells] of await this.rows.stampedOfRound(round._id)) {
      if (delegationId === own || !inRound.has(delegationId)) continue;
      for (const [paragraphKey, cell] of cells) {
        // Stamped cells all have a time; a damaged one without is not counted.
        if (cell.at !== undefined && cell.at > since)
          changed.push({ delegationId, paragraphKey, ...cell, at: cell.at });
      }
    }
    const labels = await this.records.labels([...new Set(changed.map((c) => c.delegationId))]);
    const items = changed
      .sort((a, b) => a.at - b.at)
      .map((c) => ({
        paragraphKey: c.paragraphKey,
        delegationId: c.delegationId,
        delegationCode: labels.get(c.delegationId)?.code ?? '',
        delegationName: labels.get(c.delegationId)?.name ?? '',
        value: c.value,
        seq: c.seq,
        recordedAt: new Date(c.at).toISOString(),
      }));
    return { items };
  }
}
