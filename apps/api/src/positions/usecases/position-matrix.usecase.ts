import { Injectable } from '@nestjs/common';
import type { MatrixQuery, PositionMatrix } from '@concordia/contracts';
import type { Principal } from '../../authz/principal';
import { MatrixReader } from '../matrix-reader.service';
import { PositionScope } from '../position-scope.service';

/** The matrix of one round for whoever may read its positions. */
@Injectable()
export class PositionMatrixUseCase {
  constructor(
    private readonly scope: PositionScope,
    private readonly reader: MatrixReader,
  ) {}

  async execute(principal: Principal, roundId: string, query: MatrixQuery): Promise<PositionMatrix> {
    const { round } = await this.scope.forReading(principal, roundId);
    return this.reader.matrix(round, query);
  }
}
