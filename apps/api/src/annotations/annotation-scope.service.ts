import { Injectable } from '@nestjs/common';
import type { AnnotationRecord, Models, RoundRecord } from '@concordia/dal';
import { Types } from 'mongoose';
import type { ProcessAccess } from '../authz/process-access.service';
import type { ProcessAction } from '../authz/policies';
import type { Principal } from '../authz/principal';
import { ForbiddenError, NotFoundError } from '../errors/domain-errors';
import { InjectModels } from '../infra/database.module';
import { RoundScope } from '../rounds/round-scope.service';
import { annotationNotFound } from './annotation-errors';
import { type AnnotationScopeFields, takesPart, viewerOf, visibilityFilter } from './annotation-visibility';

export interface RoundContext {
  access: ProcessAccess;
  round: RoundRecord;
}

export interface AnnotationContext extends RoundContext {
  record: AnnotationRecord;
}

/**
 * Every annotation read or write starts here: the round with the caller's access to its process
 * (non-members: 404), the caller's part in the round, and for an annotation the visibility
 * rules applied in the query itself. An annotation the caller may not see is "not found".
 */
@Injectable()
export class AnnotationScope {
  constructor(
    private readonly rounds: RoundScope,
    @InjectModels() private readonly models: Models,
  ) {}

  async round(principal: Principal, roundId: string | Types.ObjectId, action: ProcessAction): Promise<RoundContext> {
    const { access, round } = await this.rounds.resolve(principal, roundId, action);
    if (!takesPart(access, round)) {
      throw new ForbiddenError('Your delegation does not take part in this round');
    }
    return { access, round };
  }

  async annotation(principal: Principal, annotationId: string, action: ProcessAction): Promise<AnnotationContext> {
    const scope = await this.models.annotations
      .findById(annotationId)
      .select({ processId: 1, roundId: 1 })
      .lean<AnnotationScopeFields>()
      .exec();
    if (!scope) throw annotationNotFound();
    // Visibility first (404), then the action (403), so a refused write reveals nothing.
    const { access, round } = await this.round(principal, scope.roundId, 'annotations.read').catch((error: unknown) => {
      throw error instanceof NotFoundError || error instanceof ForbiddenError ? annotationNotFound() : error;
    });
    const record = await this.findVisible(access, scope._id);
    if (!record) throw annotationNotFound();
    if (!access.can(action)) throw new ForbiddenError('Your role in this process does not allow this');
    return { access, round, record };
  }

  /** One annotation, only if the caller may see it. */
  findVisible(access: ProcessAccess, id: Types.ObjectId): Promise<AnnotationRecord | null> {
    return this.models.annotations
      .findOne({ $and: [{ _id: id, processId: access.processId }, visibilityFilter(viewerOf(access))] })
      .lean<AnnotationRecord>()
      .exec();
  }
}
