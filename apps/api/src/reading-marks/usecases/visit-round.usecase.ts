import { Injectable } from '@nestjs/common';
import type { ReadingMark, ReadingMarkRequest } from '@concordia/contracts';
import { AnnotationScope } from '../../annotations/annotation-scope.service';
import type { Principal } from '../../authz/principal';
import { ReadingMarks } from '../reading-marks.service';

/** Opening a round's reading page: whoever may read the round's annotations has a mark in it. */
@Injectable()
export class VisitRoundUseCase {
  constructor(
    private readonly scope: AnnotationScope,
    private readonly marks: ReadingMarks,
  ) {}

  async execute(principal: Principal, roundId: string, request: ReadingMarkRequest): Promise<ReadingMark> {
    const { round } = await this.scope.round(principal, roundId, 'annotations.read');
    const { previousMark, mark } = await this.marks.visit(principal.userId, round._id, request.visitId);
    return { previousMark: previousMark?.toISOString() ?? null, mark: mark.toISOString() };
  }
}
