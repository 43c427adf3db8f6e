import { Injectable } from '@nestjs/common';
import type { AnnotationList } from '@concordia/contracts';
import type { Principal } from '../../authz/principal';
import { AnnotationScope } from '../annotation-scope.service';
import { RoundAnnotations } from '../round-annotations.service';

@Injectable()
export class ListRoundAnnotationsUseCase {
  constructor(
    private readonly scope: AnnotationScope,
    private readonly annotations: RoundAnnotations,
  ) {}

  async execute(
    principal: Principal,
    roundId: string,
    query: { paragraphKey?: string; includeOrphaned?: 'true' | 'false' },
  ): Promise<AnnotationList> {
    const { access, round } = await this.scope.round(principal, roundId, 'annotations.read');
    const items = await this.annotations.list(access, round, {
      paragraphKey: query.paragraphKey,
      includeOrphaned: query.includeOrphaned === 'true',
    });
    return { items };
  }
}
