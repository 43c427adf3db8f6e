import { ErrorCode, staleVersionBodySchema, type DraftVersion } from '@concordia/contracts';
import { hasCode } from './api-error';

/**
 * The version as it now is, carried by a 409 VERSION_STALE, so the editor can show what changed
 * without a second request; null for any other failure (or a stale body that lacks it).
 */
export const staleCurrentVersion = (error: unknown): DraftVersion | null => {
  if (!hasCode(error, ErrorCode.VersionStale)) return null;
  const parsed = staleVersionBodySchema.safeParse(error.body);
  return parsed.success ? parsed.data.current : null;
};
