/**
 * Collection names, shared by the API (which owns the schemas) and the worker (which runs
 * maintenance and delivery jobs on the same data).
 */
export const Collections = {
  users: 'users',
  delegations: 'delegations',
  processes: 'processes',
  memberships: 'memberships',
  invitations: 'invitations',
  refreshSessions: 'refresh_sessions',
  passwordResets: 'password_resets',
  drafts: 'drafts',
  draftVersions: 'draft_versions',
  rounds: 'rounds',
  auditLog: 'audit_log',
  imports: 'imports',
  importFiles: 'import_files',
  paragraphStatuses: 'paragraph_statuses',
  annotations: 'annotations',
  annotationRevisions: 'annotation_revisions',
  annotationAnchors: 'annotation_anchors',
  annotationSponsors: 'annotation_sponsors',
  annotationDispositions: 'annotation_dispositions',
  amendmentApplications: 'amendment_applications',
  positions: 'positions',
  silenceProcedures: 'silence_procedures',
  speakersLists: 'speakers_lists',
  annotationModerations: 'annotation_moderations',
  annotationRestorations: 'annotation_restorations',
  notificationOutbox: 'notification_outbox',
  notifications: 'notifications',
  notificationPreferences: 'notification_preferences',
  notificationDeliveries: 'notification_deliveries',
  threadFollows: 'thread_follows',
  notificationClaims: 'notification_claims',
  readingMarks: 'reading_marks',
} as const;
export type CollectionName = (typeof Collections)[keyof typeof Collections];
