import { Injectable } from '@nestjs/common';
import type { ThreadFollowState } from '@concordia/contracts';
import type { AnnotationRecord } from '@concordia/dal';
import type { Principal } from '../../authz/principal';
import { annotationNotFound } from '../annotation-errors';
import { AnnotationScope } from '../annotation-scope.service';
import { ThreadFollows } from '../thread-follows.service';

/** Following a thread (given any annotation of it): whoever may read the thread may follow it. */
@Injectable()
export class FollowThreadUseCase {
  constructor(
    private readonly scope: AnnotationScope,
    private readonly follows: ThreadFollows,
  ) {}

  async state(principal: Principal, annotationId: string): Promise<ThreadFollowState> {
    const root = await this.root(principal, annotationId);
    return { following: await this.follows.following(root, principal.userId) };
  }

  async set(principal: Principal, annotationId: string, following: boolean): Promise<ThreadFollowState> {
    const root = await this.root(principal, annotationId);
    await (following ? this.follows.follow(root, principal.userId) : this.follows.unfollow(root, principal.userId));
    return { following };
  }

  private async root(principal: Principal, annotationId: string): Promise<AnnotationRecord> {
    const { access, record } = await this.scope.annotation(principal, annotationId, 'annotations.read');
    if (!record.parentId) return record;
    const root = await this.scope.findVisible(access, record.parentId);
    if (!root) throw annotationNotFound();
    return root;
  }
}
