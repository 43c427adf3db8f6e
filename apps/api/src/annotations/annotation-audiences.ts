import type { AnnotationVisibility } from '@concordia/contracts';
import type { Audience } from '../realtime/live-events.service';

/**
 * Who receives the live event of an annotation, by its visibility (the lists apply the same
 * rules). A secretariat-only thread goes to the secretariat and to the delegation of the
 * thread's author: colleagues see what their delegation told the secretariat, and the
 * secretariat's replies reach them. A thread started by someone without a delegation (an
 * observer) streams to the secretariat only; its author reads replies from the list.
 */
export function audiencesFor(visibility: AnnotationVisibility, delegationId: string | null): Audience[] {
  const own: Audience[] = delegationId ? [{ kind: 'delegation', delegationId }] : [];
  switch (visibility) {
    case 'round':
      return [{ kind: 'round' }];
    case 'delegation':
      return own;
    case 'secretariat':
      return [{ kind: 'secretariat' }, ...own];
  }
}
