import { Injectable } from '@nestjs/common';
import type { AnnotationHistory } from '@concordia/contracts';
import type { AnnotationRevisionRecord, Models } from '@concordia/dal';
import type { Principal } from '../../authz/principal';
import { InjectModels } from '../../infra/database.module';
import { amendmentOf } from '../annotation.mapper';
import { AnnotationScope } from '../annotation-scope.service';

/** Every text the annotation has had, oldest first: the original, then each edit. */
@Injectable()
export class GetAnnotationHistoryUseCase {
  constructor(
    private readonly scope: AnnotationScope,
    @InjectModels() private readonly models: Models,
  ) {}

  async execute(principal: Principal, annotationId: string): Promise<AnnotationHistory> {
    const { record } = await this.scope.annotation(principal, annotationId, 'annotations.read');
    // The history holds the hidden words too: only the author may still read them.
    if (!record.authorId.equals(principal.userId)) {
      const hidden = await this.models.annotationModerations.exists({ annotationId: record._id }).exec();
      if (hidden) return { items: [] };
    }
    const revisions = await this.models.annotationRevisions
      .find({ annotationId: record._id })
      .sort({ at: 1, _id: 1 })
      .lean<AnnotationRevisionRecord[]>()
      .exec();
    return {
      items: [
        {
          body: record.originalBody,
          amendment: amendmentOf(record.originalAmendment),
          at: record.createdAt.toISOString(),
        },
        ...revisions.map((r) => ({ body: r.body, amendment: amendmentOf(r.amendment), at: r.at.toISOString() })),
      ],
    };
  }
}
