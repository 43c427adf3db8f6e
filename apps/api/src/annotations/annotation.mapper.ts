import type { AmendmentAppliedIn, Annotation, AnnotationAnchor, Disposition } from '@concordia/contracts';
import type {
  AmendmentRecord,
  AnnotationAnchorRecord,
  AnnotationDispositionRecord,
  AnnotationModerationRecord,
  AnnotationRecord,
  AnnotationRestorationRecord,
  AnnotationSponsorRecord,
  SelectorsRecord,
} from '@concordia/dal';

const selectorsOf = (s: SelectorsRecord | null) =>
  s
    ? {
        quote: {
          type: 'TextQuoteSelector' as const,
          exact: s.quote.exact,
          prefix: s.quote.prefix,
          suffix: s.quote.suffix,
        },
        position: { type: 'TextPositionSelector' as const, start: s.position.start, end: s.position.end },
      }
    : null;

export const amendmentOf = (a: AmendmentRecord | null | undefined) =>
  a ? { operation: a.operation, text: a.text } : null;

export function originalAnchor(record: AnnotationRecord): AnnotationAnchor {
  return {
    status: 'anchored',
    method: 'original',
    versionId: record.versionId.toHexString(),
    paragraphKey: record.paragraphKey,
    selectors: selectorsOf(record.selectors),
  };
}

export function carriedAnchor(anchor: AnnotationAnchorRecord): AnnotationAnchor {
  return {
    status: anchor.status,
    method: anchor.method,
    versionId: anchor.versionId.toHexString(),
    paragraphKey: anchor.paragraphKey,
    selectors: selectorsOf(anchor.selectors),
  };
}

export function dispositionOf(d: AnnotationDispositionRecord | undefined): Disposition | null {
  return d
    ? { value: d.value, reason: d.reason, byUserId: d.byUserId.toHexString(), byName: d.byName, at: d.at.toISOString() }
    : null;
}

export function toAnnotation(
  record: AnnotationRecord,
  extras: {
    anchor: AnnotationAnchor;
    sponsors: AnnotationSponsorRecord[];
    disposition: AnnotationDispositionRecord | undefined;
    moderation?: AnnotationModerationRecord | undefined;
    restoration?: AnnotationRestorationRecord | undefined;
    appliedIn: AmendmentAppliedIn[];
  },
): Annotation {
  return {
    id: record._id.toHexString(),
    clientId: record.clientId,
    processId: record.processId.toHexString(),
    roundId: record.roundId.toHexString(),
    parentId: record.parentId?.toHexString() ?? null,
    kind: record.kind,
    visibility: record.visibility,
    body: record.body,
    amendment: amendmentOf(record.amendment),
    anchor: extras.anchor,
    authorId: record.authorId.toHexString(),
    authorName: record.authorName,
    delegationId: record.delegationId?.toHexString() ?? null,
    delegationName: record.delegationName,
    mentions: record.mentions.map((m) => m.toHexString()),
    sponsors: extras.sponsors.map((s) => ({
      delegationId: s.delegationId.toHexString(),
      delegationName: s.delegationName,
      byUserId: s.userId.toHexString(),
      at: s.at.toISOString(),
    })),
    status: record.status,
    editedAt: record.editedAt?.toISOString() ?? null,
    withdrawnAt: record.withdrawnAt?.toISOString() ?? null,
    disposition: dispositionOf(extras.disposition),
    createdAt: record.createdAt.toISOString(),
    moderation: extras.moderation
      ? {
          hidden: true,
          reason: extras.moderation.reason,
          byName: extras.moderation.byName,
          byUserId: extras.moderation.byUserId.toHexString(),
          at: extras.moderation.at.toISOString(),
        }
      : null,
    restored: extras.restoration
      ? { byUserId: extras.restoration.byUserId.toHexString(), at: extras.restoration.at.toISOString() }
      : null,
    appliedIn: extras.appliedIn,
  };
}
