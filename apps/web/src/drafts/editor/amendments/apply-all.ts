import { type DraftVersion, ErrorCode, type VersionOperation, type WorkingAmendment } from '@concordia/contracts';
import { hasCode } from '../../../api/api-error';
import { staleCurrentVersion } from '../../../api/stale-version';
import { amendmentState } from './amendment-state';

/** Why an amendment of "Apply all accepted" was left out. */
export type ApplyAllReason = 'paragraph_gone' | 'words_gone' | 'already_applied' | 'failed';

export interface ApplyAllFailure {
  item: WorkingAmendment;
  reason: ApplyAllReason;
  /** The server's refusal, for 'failed'. */
  error?: unknown;
}

export interface ApplyAllResult {
  /** The working version after the last application (or as last read). */
  version: DraftVersion;
  applied: WorkingAmendment[];
  failed: ApplyAllFailure[];
}

/** How the sequence talks to the API; the editor passes the real endpoints, the unit test fakes. */
export interface ApplyAllIo {
  apply: (versionId: string, revision: number, operation: VersionOperation) => Promise<DraftVersion>;
  load: (versionId: string) => Promise<DraftVersion>;
}

/** Another officer's edits met mid-way are read and the same amendment tried again, this many times at most. */
const ATTEMPTS = 3;

/**
 * What "Apply all accepted" applies: accepted amendments not yet applied, partly accepted ones
 * only when asked (their disposition usually means the secretariat takes part of the words, which
 * needs a hand edit rather than the proposed text verbatim). Orphans are left to the officer.
 * Kept in the list's order, which is the document's.
 */
export const amendmentsToApplyAll = (items: readonly WorkingAmendment[], includePartly: boolean): WorkingAmendment[] =>
  items.filter(
    (item) =>
      !item.applied &&
      // An orphan's words were lost by re-anchoring: the officer applies it by hand where it belongs.
      item.paragraphKey !== null &&
      (item.disposition?.value === 'accepted' || (includePartly && item.disposition?.value === 'partly_accepted')),
  );

/**
 * Applies the amendments one by one, each as its own apply_amendment operation on the revision
 * the previous one produced, so each is checked and recorded exactly as a single Apply is. A
 * failure stops nothing: it is kept with its reason and the next amendment is tried. A stale
 * revision (another officer saved in between) reloads the version and tries the same amendment
 * again on it; the server's unique (amendment, version) record keeps a retry from applying twice.
 */
export const applyAll = async (
  start: DraftVersion,
  items: readonly WorkingAmendment[],
  io: ApplyAllIo,
  onApplied: (version: DraftVersion) => void = () => undefined,
): Promise<ApplyAllResult> => {
  let version = start;
  const applied: WorkingAmendment[] = [];
  const failed: ApplyAllFailure[] = [];
  for (const item of items) {
    const outcome = await applyOne(version, item, io);
    version = outcome.version;
    if (outcome.failure) {
      failed.push(outcome.failure);
    } else {
      applied.push(item);
      onApplied(version);
    }
  }
  return { version, applied, failed };
};

const applyOne = async (
  start: DraftVersion,
  item: WorkingAmendment,
  io: ApplyAllIo,
): Promise<{ version: DraftVersion; failure?: ApplyAllFailure }> => {
  let version = start;
  const operation: VersionOperation = { type: 'apply_amendment', annotationId: item.annotationId };
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    // Checked on the text as it now reads, with the code the server applies: no request for a sure refusal.
    const state = amendmentState({ ...item, applied: false }, version.sections);
    if (state.kind === 'not_applicable') return { version, failure: { item, reason: state.reason } };
    try {
      return { version: await io.apply(version.id, version.revision, operation) };
    } catch (caught) {
      if (hasCode(caught, ErrorCode.VersionStale)) {
        const current = staleCurrentVersion(caught) ?? (await io.load(version.id).catch(() => null));
        if (!current) return { version, failure: { item, reason: 'failed', error: caught } };
        version = current;
        continue;
      }
      if (hasCode(caught, ErrorCode.AmendmentAlreadyApplied)) {
        // Someone applied it first: their revision is the one to go on from.
        return {
          version: await io.load(version.id).catch(() => version),
          failure: { item, reason: 'already_applied' },
        };
      }
      if (hasCode(caught, ErrorCode.AmendmentNotApplicable)) {
        return { version, failure: { item, reason: 'words_gone' } };
      }
      return { version, failure: { item, reason: 'failed', error: caught } };
    }
  }
  return { version, failure: { item, reason: 'failed' } };
};
