import { Injectable } from '@nestjs/common';
import { type AnnotationList, type AnnotationListQuery, matchingThreads, searchCriteria } from '@concordia/contracts';
import type { Principal } from '../../authz/principal';
import { AnnotationScope } from '../annotation-scope.service';
import { RoundAnnotations } from '../round-annotations.service';

@Injectable()
export class ListRoundAnnotationsUseCase {
  constructor(
    private readonly scope: AnnotationScope,
    private readonly annotations: RoundAnnotations,
  ) {}

  /** The list the caller may read, then, when the query asks, only its threads that match. */
  async execute(principal: Principal, roundId: string, query: AnnotationListQuery): Promise<AnnotationList> {
    const { access, round } = await this.scope.round(principal, roundId, 'annotations.read');
    const items = await this.annotations.list(access, round, {
      paragraphKey: query.paragraphKey,
      includeOrphaned: query.includeOrphaned === 'true',
    });
    return { items: matchingThreads(items, searchCriteria(query)) };
  }
}
