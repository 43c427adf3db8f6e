import { z } from 'zod';
import type { VersionOperationType } from './versions';

/**
 * Every action the platform writes to the audit log. The API's writer takes only these, so a new
 * action cannot reach the log without a label in the web app (a unit spec checks all three
 * languages) and a place in the audit filter.
 */
export const AUDIT_ACTIONS = [
  'draft.created',
  'import.uploaded',
  'import.accepted',
  'import.discarded',
  'version.add_paragraph',
  'version.edit_paragraph',
  'version.split_paragraph',
  'version.merge_paragraphs',
  'version.move_paragraph',
  'version.delete_paragraph',
  'version.add_section',
  'version.rename_section',
  'version.move_section',
  'version.delete_section',
  'version.apply_amendment',
  'version.undo_amendment',
  'version.published',
  'round.created',
  'round.updated',
  'round.status_changed',
  'round.deadline_changed',
  'paragraph.status_set',
  'annotation.created',
  'annotation.replied',
  'annotation.edited',
  'annotation.withdrawn',
  'annotation.hidden',
  'annotation.unhidden',
  'annotation.disposition_set',
  'annotation.sponsored',
  'annotation.sponsor_withdrawn',
  'position.recorded',
  'positions.exported',
  'silence.started',
  'silence.deadline_changed',
  'silence.cancelled',
  'silence.broken',
  'silence.concluded',
  'speakers.requested',
  'speakers.withdrawn',
  'speakers.reordered',
  'speakers.floor_given',
  'speakers.floor_ended',
  'speakers.time_set',
  'speakers.exported',
  'consideration.set',
  'consideration.cleared',
  'membership.added',
  'membership.changed',
  'membership.removed',
  'invitation.created',
  'invitation.revoked',
  'invitation.resent',
  'job.retried',
  'notifications.preferences_changed',
] as const;

export const auditActionSchema = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof auditActionSchema>;

// Compile-time: every edit of a working version has its action above.
type MissingOperation = Exclude<`version.${VersionOperationType}`, AuditAction>;
const everyOperationListed: [MissingOperation] extends [never] ? true : MissingOperation = true;
void everyOperationListed;

/** Recorded outside any process, so never in a process's log (nor offered in its filter). */
export const PLATFORM_AUDIT_ACTIONS: readonly AuditAction[] = ['job.retried', 'notifications.preferences_changed'];

export const isAuditAction = (value: string): value is AuditAction =>
  (AUDIT_ACTIONS as readonly string[]).includes(value);

/**
 * Names the summary of an entry needs, stored with it at write time so the log reads the same
 * after a round is renamed or a paragraph renumbered, and can be shown in the reader's language.
 * Entries written before it existed carry only their English summary.
 */
export const auditContextSchema = z
  .object({
    /** Name of the round the action happened in. */
    round: z.string(),
    /** Paragraphs as the document numbers them ("7."); the key where the number was unknown. */
    paragraphs: z.array(z.string()),
    /** Draft title or version label. */
    title: z.string(),
    file: z.string(),
    /** A person: the member added, the author of a hidden annotation. */
    person: z.string(),
    /** Delegation name or code. */
    delegation: z.string(),
    /** Fields of a round changed by an update. */
    fields: z.array(z.string()),
  })
  .partial();
export type AuditContext = z.infer<typeof auditContextSchema>;

/**
 * English labels, for the CSV export (the web app has its own in three languages). Kept here so
 * the export and the list agree on the set of actions.
 */
export const AUDIT_ACTION_LABELS_EN: Readonly<Record<AuditAction, string>> = {
  'draft.created': 'Draft created',
  'import.uploaded': 'Import uploaded',
  'import.accepted': 'Import accepted',
  'import.discarded': 'Import discarded',
  'version.add_paragraph': 'Paragraph added',
  'version.edit_paragraph': 'Paragraph edited',
  'version.split_paragraph': 'Paragraph split',
  'version.merge_paragraphs': 'Paragraphs merged',
  'version.move_paragraph': 'Paragraph moved',
  'version.delete_paragraph': 'Paragraph deleted',
  'version.add_section': 'Section added',
  'version.rename_section': 'Section renamed',
  'version.move_section': 'Section moved',
  'version.delete_section': 'Section deleted',
  'version.apply_amendment': 'Amendment applied',
  'version.undo_amendment': 'Amendment application undone',
  'version.published': 'Version published',
  'round.created': 'Round created',
  'round.updated': 'Round updated',
  'round.status_changed': 'Round status changed',
  'round.deadline_changed': 'Round closing time changed',
  'paragraph.status_set': 'Paragraph status set',
  'annotation.created': 'Annotation posted',
  'annotation.replied': 'Reply posted',
  'annotation.edited': 'Annotation edited',
  'annotation.withdrawn': 'Annotation withdrawn',
  'annotation.hidden': 'Annotation hidden',
  'annotation.unhidden': 'Annotation shown again',
  'annotation.disposition_set': 'Disposition recorded',
  'annotation.sponsored': 'Amendment co-sponsored',
  'annotation.sponsor_withdrawn': 'Co-sponsorship withdrawn',
  'position.recorded': 'Position recorded',
  'positions.exported': 'Positions exported',
  'silence.started': 'Silence procedure started',
  'silence.deadline_changed': 'Silence deadline moved',
  'silence.cancelled': 'Silence procedure cancelled',
  'silence.broken': 'Silence broken',
  'silence.concluded': 'Silence procedure concluded',
  'speakers.requested': 'Floor requested',
  'speakers.withdrawn': 'Floor request withdrawn',
  'speakers.reordered': 'Speakers list reordered',
  'speakers.floor_given': 'Floor given',
  'speakers.floor_ended': 'Floor ended',
  'speakers.time_set': 'Speaking time set',
  'speakers.exported': 'Record of the floor downloaded',
  'consideration.set': 'Paragraph under consideration set',
  'consideration.cleared': 'Paragraph under consideration cleared',
  'membership.added': 'Member added',
  'membership.changed': 'Member role changed',
  'membership.removed': 'Member removed',
  'invitation.created': 'Invitation sent',
  'invitation.revoked': 'Invitation revoked',
  'invitation.resent': 'Invitation sent again',
  'job.retried': 'Failed job retried',
  'notifications.preferences_changed': 'Notification preferences changed',
};
