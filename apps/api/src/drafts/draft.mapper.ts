import type { Draft, DraftVersion } from '@concordia/contracts';
import type { DraftRecord, DraftVersionRecord } from '@concordia/dal';

export type VersionSummaryRecord = Pick<
  DraftVersionRecord,
  '_id' | 'draftId' | 'label' | 'status' | 'sequence' | 'publishedAt'
>;

/** Projection that loads a version without its text. */
export const VERSION_SUMMARY_FIELDS = { draftId: 1, label: 1, status: 1, sequence: 1, publishedAt: 1 } as const;

export function toDraft(record: DraftRecord, versions: VersionSummaryRecord[]): Draft {
  return {
    id: record._id.toHexString(),
    processId: record.processId.toHexString(),
    title: record.title,
    versions: [...versions]
      .sort((a, b) => a.sequence - b.sequence)
      .map((v) => ({
        id: v._id.toHexString(),
        label: v.label,
        status: v.status,
        publishedAt: v.publishedAt?.toISOString() ?? null,
      })),
  };
}

export function toDraftVersion(record: DraftVersionRecord): DraftVersion {
  return {
    id: record._id.toHexString(),
    draftId: record.draftId.toHexString(),
    label: record.label,
    status: record.status,
    revision: record.revision,
    publishedAt: record.publishedAt?.toISOString() ?? null,
    note: record.note ?? null,
    sections: record.sections.map((s) => ({
      key: s.key,
      heading: s.heading,
      paragraphs: s.paragraphs.map((p) => ({ key: p.key, number: p.number, text: p.text })),
    })),
  };
}
