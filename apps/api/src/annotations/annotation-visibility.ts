import type { AnnotationRecord, Models, RoundRecord } from '@concordia/dal';
import { Types } from 'mongoose';
import type { ProcessAccess } from '../authz/process-access.service';

/** What the visibility rules need to know about the caller; built only from a ProcessAccess. */
export interface Viewer {
  readonly userId: Types.ObjectId;
  readonly delegationId: Types.ObjectId | null;
  readonly secretariat: boolean;
}

export function viewerOf(access: ProcessAccess): Viewer {
  return {
    userId: new Types.ObjectId(access.principal.userId),
    delegationId: access.membership?.delegationId ?? null,
    secretariat: access.membership?.role === 'secretariat',
  };
}

type VisibilityClause = Record<string, unknown>;

/**
 * The query clause of what a viewer may read: everything round-visible; the internal and
 * secretariat threads of its own delegation; every secretariat thread for the secretariat; and
 * always the viewer's own words and threads. Another delegation's internal notes match none.
 */
export function visibilityFilter(viewer: Viewer): { $or: VisibilityClause[] } {
  const clauses: VisibilityClause[] = [
    { visibility: 'round' },
    { authorId: viewer.userId },
    { threadAuthorId: viewer.userId },
  ];
  if (viewer.delegationId) {
    clauses.push({ visibility: { $in: ['delegation', 'secretariat'] }, audienceDelegationId: viewer.delegationId });
  }
  if (viewer.secretariat) clauses.push({ visibility: 'secretariat' });
  return { $or: clauses };
}

/** Which of these annotations the viewer may read, as hex ids. */
export async function readableAmong(models: Models, viewer: Viewer, ids: Types.ObjectId[]): Promise<Set<string>> {
  const visible = await models.annotations
    .find({ $and: [{ _id: { $in: ids } }, visibilityFilter(viewer)] })
    .select({ _id: 1 })
    .lean<{ _id: Types.ObjectId }[]>()
    .exec();
  return new Set(visible.map((v) => v._id.toHexString()));
}

/**
 * Whether the caller takes part in a round: the secretariat and chairs always; delegates and
 * heads when their delegation participates; observers unless the round is for delegations
 * only. An admin who is not a member may read (the policy lets admins read everything).
 */
export function takesPart(access: ProcessAccess, round: Pick<RoundRecord, 'delegationIds' | 'confidentiality'>) {
  const membership = access.membership;
  if (!membership) return true;
  switch (membership.role) {
    case 'secretariat':
    case 'chair':
      return true;
    case 'head_of_delegation':
    case 'delegate': {
      const own = membership.delegationId;
      return own !== null && round.delegationIds.some((d) => d.equals(own));
    }
    case 'observer':
      return round.confidentiality !== 'delegations';
  }
}

export type AnnotationScopeFields = Pick<AnnotationRecord, '_id' | 'processId' | 'roundId'>;
