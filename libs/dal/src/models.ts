import type { Connection } from 'mongoose';
import { Collections } from './collections';
import { backfillThreadCarries, migrateDraftVersions } from './migrations';
import { amendmentApplicationSchema } from './schemas/amendment-application.schema';
import { annotationAnchorSchema } from './schemas/annotation-anchor.schema';
import { threadCarrySchema } from './schemas/thread-carry.schema';
import { threadCarryMarkSchema } from './schemas/thread-carry-mark.schema';
import { migrationMarkSchema } from './schemas/migration-mark.schema';
import { annotationDispositionSchema } from './schemas/annotation-disposition.schema';
import { annotationRevisionSchema } from './schemas/annotation-revision.schema';
import { annotationSponsorSchema } from './schemas/annotation-sponsor.schema';
import { annotationSchema } from './schemas/annotation.schema';
import { auditEntrySchema } from './schemas/audit-entry.schema';
import { delegationSchema } from './schemas/delegation.schema';
import { draftSchema } from './schemas/draft.schema';
import { draftVersionSchema } from './schemas/draft-version.schema';
import { importFileSchema, importSchema } from './schemas/import.schema';
import { invitationSchema } from './schemas/invitation.schema';
import { membershipSchema } from './schemas/membership.schema';
import { paragraphStatusSchema } from './schemas/paragraph-status.schema';
import { positionSchema } from './schemas/position.schema';
import { processSchema } from './schemas/process.schema';
import { passwordResetSchema } from './schemas/password-reset.schema';
import { refreshSessionSchema } from './schemas/refresh-session.schema';
import { roundSchema } from './schemas/round.schema';
import { userSchema } from './schemas/user.schema';
import { silenceProcedureSchema } from './schemas/silence-procedure.schema';
import { speakersListSchema } from './schemas/speakers-list.schema';
import { speakerTurnSchema } from './schemas/speaker-turn.schema';
import { considerationSchema } from './schemas/consideration.schema';
import { annotationModerationSchema } from './schemas/annotation-moderation.schema';
import { annotationRestorationSchema } from './schemas/annotation-restoration.schema';
import { notificationClaimSchema } from './schemas/notification-claim.schema';
import { notificationDeliverySchema } from './schemas/notification-delivery.schema';
import { notificationOutboxSchema } from './schemas/notification-outbox.schema';
import { notificationPreferenceSchema } from './schemas/notification-preference.schema';
import { notificationSchema } from './schemas/notification.schema';
import { threadFollowSchema } from './schemas/thread-follow.schema';
import { readingMarkSchema } from './schemas/reading-mark.schema';
import { watchWrites } from './write-watch';

/**
 * Registers every model on one connection (not the mongoose singleton), so several apps or
 * test suites can run side by side against different databases. Indexes are built explicitly
 * by {@link ensureIndexes}, never implicitly in the background. Calling it again with the same
 * connection returns the same models.
 */
export function createModels(connection: Connection): Models {
  const existing = registered.get(connection);
  if (existing) return existing;
  const models = registerModels(connection);
  registered.set(connection, models);
  return models;
}

export type Models = ReturnType<typeof registerModels>;

/** One set of models per connection: mongoose refuses to compile a model name twice. */
const registered = new WeakMap<Connection, Models>();

// Schemas are shared by every connection: their write hooks are registered once, here.
watchWrites(userSchema, Collections.users);
watchWrites(refreshSessionSchema, Collections.refreshSessions);
watchWrites(processSchema, Collections.processes);
watchWrites(membershipSchema, Collections.memberships);
watchWrites(roundSchema, Collections.rounds);

function registerModels(connection: Connection) {
  const opts = { autoIndex: false, autoCreate: false } as const;
  for (const schema of [
    userSchema,
    delegationSchema,
    processSchema,
    membershipSchema,
    invitationSchema,
    refreshSessionSchema,
    passwordResetSchema,
    draftSchema,
    draftVersionSchema,
    roundSchema,
    auditEntrySchema,
    importSchema,
    importFileSchema,
    paragraphStatusSchema,
    annotationSchema,
    annotationRevisionSchema,
    annotationAnchorSchema,
    annotationSponsorSchema,
    annotationDispositionSchema,
    amendmentApplicationSchema,
    positionSchema,
    silenceProcedureSchema,
    speakersListSchema,
    speakerTurnSchema,
    considerationSchema,
    annotationModerationSchema,
    annotationRestorationSchema,
    notificationOutboxSchema,
    notificationSchema,
    notificationPreferenceSchema,
    notificationDeliverySchema,
    threadFollowSchema,
    notificationClaimSchema,
    readingMarkSchema,
    threadCarrySchema,
    threadCarryMarkSchema,
    migrationMarkSchema,
  ]) {
    schema.set('autoIndex', opts.autoIndex);
    schema.set('autoCreate', opts.autoCreate);
  }
  return {
    users: connection.model('User', userSchema, Collections.users),
    delegations: connection.model('Delegation', delegationSchema, Collections.delegations),
    processes: connection.model('Process', processSchema, Collections.processes),
    memberships: connection.model('Membership', membershipSchema, Collections.memberships),
    invitations: connection.model('Invitation', invitationSchema, Collections.invitations),
    refreshSessions: connection.model('RefreshSession', refreshSessionSchema, Collections.refreshSessions),
    passwordResets: connection.model('PasswordReset', passwordResetSchema, Collections.passwordResets),
    drafts: connection.model('Draft', draftSchema, Collections.drafts),
    draftVersions: connection.model('DraftVersion', draftVersionSchema, Collections.draftVersions),
    rounds: connection.model('Round', roundSchema, Collections.rounds),
    auditLog: connection.model('AuditEntry', auditEntrySchema, Collections.auditLog),
    imports: connection.model('Import', importSchema, Collections.imports),
    importFiles: connection.model('ImportFile', importFileSchema, Collections.importFiles),
    paragraphStatuses: connection.model('ParagraphStatus', paragraphStatusSchema, Collections.paragraphStatuses),
    annotations: connection.model('Annotation', annotationSchema, Collections.annotations),
    annotationRevisions: connection.model(
      'AnnotationRevision',
      annotationRevisionSchema,
      Collections.annotationRevisions,
    ),
    annotationAnchors: connection.model('AnnotationAnchor', annotationAnchorSchema, Collections.annotationAnchors),
    annotationSponsors: connection.model('AnnotationSponsor', annotationSponsorSchema, Collections.annotationSponsors),
    annotationDispositions: connection.model(
      'AnnotationDisposition',
      annotationDispositionSchema,
      Collections.annotationDispositions,
    ),
    amendmentApplications: connection.model(
      'AmendmentApplication',
      amendmentApplicationSchema,
      Collections.amendmentApplications,
    ),
    positions: connection.model('Position', positionSchema, Collections.positions),
    silenceProcedures: connection.model('SilenceProcedure', silenceProcedureSchema, Collections.silenceProcedures),
    speakersLists: connection.model('SpeakersList', speakersListSchema, Collections.speakersLists),
    speakerTurns: connection.model('SpeakerTurn', speakerTurnSchema, Collections.speakerTurns),
    considerations: connection.model('Consideration', considerationSchema, Collections.considerations),
    annotationModerations: connection.model(
      'AnnotationModeration',
      annotationModerationSchema,
      Collections.annotationModerations,
    ),
    annotationRestorations: connection.model(
      'AnnotationRestoration',
      annotationRestorationSchema,
      Collections.annotationRestorations,
    ),
    notificationOutbox: connection.model(
      'NotificationOutbox',
      notificationOutboxSchema,
      Collections.notificationOutbox,
    ),
    notifications: connection.model('Notification', notificationSchema, Collections.notifications),
    notificationPreferences: connection.model(
      'NotificationPreference',
      notificationPreferenceSchema,
      Collections.notificationPreferences,
    ),
    notificationDeliveries: connection.model(
      'NotificationDelivery',
      notificationDeliverySchema,
      Collections.notificationDeliveries,
    ),
    threadFollows: connection.model('ThreadFollow', threadFollowSchema, Collections.threadFollows),
    notificationClaims: connection.model('NotificationClaim', notificationClaimSchema, Collections.notificationClaims),
    readingMarks: connection.model('ReadingMark', readingMarkSchema, Collections.readingMarks),
    threadCarries: connection.model('ThreadCarry', threadCarrySchema, Collections.threadCarries),
    threadCarryMarks: connection.model('ThreadCarryMark', threadCarryMarkSchema, Collections.threadCarryMarks),
    migrationMarks: connection.model('MigrationMark', migrationMarkSchema, Collections.migrationMarks),
  };
}

/** Creates every declared index; the unique ones carry integrity rules, so start-up waits for them. */
export async function ensureIndexes(models: Models): Promise<void> {
  await migrateDraftVersions(models);
  await backfillThreadCarries(models);
  const all: { createIndexes(): Promise<unknown> }[] = Object.values(models);
  for (const model of all) await model.createIndexes();
}
