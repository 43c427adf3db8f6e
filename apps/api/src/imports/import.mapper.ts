import type { ImportJob } from '@concordia/contracts';
import type { ImportRecord } from '@concordia/dal';
import { readImportWarning } from '@concordia/drafting';

/** Everything but the parsed document, which only the accept step needs. */
export const IMPORT_JOB_FIELDS = {
  processId: 1,
  draftId: 1,
  fileName: 1,
  format: 1,
  status: 1,
  progress: 1,
  error: 1,
  preview: 1,
  versionId: 1,
  createdAt: 1,
  corrections: 1,
  baseVersionId: 1,
} as const;

export type ImportJobRecord = Pick<
  ImportRecord,
  | '_id'
  | 'processId'
  | 'draftId'
  | 'fileName'
  | 'format'
  | 'status'
  | 'progress'
  | 'error'
  | 'preview'
  | 'versionId'
  | 'createdAt'
  | 'corrections'
  | 'baseVersionId'
>;

type Corrections = NonNullable<ImportRecord['corrections']>;

/** Saved corrections, as requests and responses carry them: paragraph index -> key. */
export const toKeyOverrides = (corrections: Corrections = []): Record<string, string | null> =>
  Object.fromEntries(corrections.map(({ index, key }) => [String(index), key]));

export const toCorrections = (keyOverrides: Readonly<Record<string, string | null>>): Corrections =>
  Object.entries(keyOverrides).map(([index, key]) => ({ index: Number(index), key }));

/** `stale`: a version was published after the import was matched (GET works it out; see GetImportUseCase). */
export function toImportJob(record: ImportJobRecord, stale = false): ImportJob {
  return {
    id: record._id.toHexString(),
    draftId: record.draftId.toHexString(),
    fileName: record.fileName,
    format: record.format,
    status: record.status,
    progress: record.progress,
    error: record.error,
    // Previews stored by older releases hold English sentences: read back as codes.
    preview: record.preview && { ...record.preview, warnings: record.preview.warnings.map(readImportWarning) },
    versionId: record.versionId?.toHexString() ?? null,
    createdAt: record.createdAt.toISOString(),
    keyOverrides: toKeyOverrides(record.corrections),
    stale,
  };
}
