import type { DraftVersion, WorkingAmendment } from '@concordia/contracts';
import { useMemo } from 'react';
import { api } from '../../../api/endpoints';
import { useApiQuery } from '../../../common/use-api-query';
import type { EditorAmendments } from './amendments-context';

const EMPTY: readonly WorkingAmendment[] = [];

/**
 * The working version's amendments, loaded again at every revision: an application by another
 * officer (met as a stale revision) then shows as applied too. The previous list stays on
 * screen while the next one loads.
 */
export const useWorkingAmendments = (
  version: DraftVersion,
): EditorAmendments & { all: readonly WorkingAmendment[]; error: unknown } => {
  // Only a working version has working amendments: the server refuses them for a published one.
  const query = useApiQuery(version.status === 'working' ? `${version.id}@${version.revision}` : null, (signal) =>
    api.versions.amendments(version.id, signal),
  );
  const items = query.data?.items ?? EMPTY;
  return useMemo(() => {
    const byKey = new Map<string, WorkingAmendment[]>();
    for (const item of items) {
      if (item.paragraphKey === null) continue;
      byKey.set(item.paragraphKey, [...(byKey.get(item.paragraphKey) ?? []), item]);
    }
    return {
      all: items,
      of: (key: string) => byKey.get(key) ?? EMPTY,
      orphans: items.filter((item) => item.paragraphKey === null),
      error: query.error,
    };
  }, [items, query.error]);
};
