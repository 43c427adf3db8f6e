import {
  annotationKindSchema,
  type AuditAction,
  type AuditContext,
  type AuditEntry,
  dispositionValueSchema,
  isAuditAction,
  paragraphStatusSchema,
  positionValueSchema,
  processRoleSchema,
  roundStatusSchema,
} from '@concordia/contracts';
import type { TFunction } from 'i18next';
import { bareNumber } from '../drafts/document-rows';

/** The label of an action in the reader's language; an action no longer written shows its code. */
export const auditActionLabel = (t: TFunction, action: string): string =>
  isAuditAction(action) ? t(`audit.actions.${action}`) : action;

export interface SummaryTools {
  t: TFunction;
  /** A deadline in the reader's locale and time zone, the zone named (useFormatters().deadline). */
  dateTime: (iso: string) => string;
}

type Fields = Record<string, unknown>;
type Render = (entry: Entry, tools: SummaryTools) => string | null;
interface Entry {
  context: AuditContext;
  before: Fields;
  after: Fields;
}

const fields = (value: unknown): Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : {};
const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** Interpolation values, or null when one is missing (an entry from before it was stored). */
const all = <T extends Record<string, string | number | null | undefined>>(
  values: T,
): { [K in keyof T]: Exclude<T[K], null | undefined> } | null =>
  Object.values(values).every((v) => v !== null && v !== undefined)
    ? (values as { [K in keyof T]: Exclude<T[K], null | undefined> })
    : null;

/** In a sentence a paragraph is "paragraph 7", as elsewhere in the app (the document shows "7."). */
const firstParagraph = (context: AuditContext): string | undefined =>
  context.paragraphs?.[0] === undefined ? undefined : bareNumber(context.paragraphs[0]);

const paragraphList = (context: AuditContext) =>
  context.paragraphs && context.paragraphs.length > 0
    ? { paragraphs: context.paragraphs.map(bareNumber).join(', '), count: context.paragraphs.length }
    : null;

type Named = 'round' | 'title' | 'file' | 'person' | 'delegation';

/** A summary of names from the context alone. */
const named =
  <K extends Named>(names: readonly K[], say: (t: TFunction, values: Record<K, string>) => string): Render =>
  ({ context }, { t }) => {
    const values = {} as Record<K, string>;
    for (const name of names) {
      const value = context[name];
      if (!value) return null;
      values[name] = value;
    }
    return say(t, values);
  };

const inRound = named(['round'], (t, v) => t('audit.summary.inRound', v));

const versionEdited: Render = ({ after }, { t }) => {
  const revision = typeof after['revision'] === 'number' ? after['revision'] : null;
  return revision === null ? null : t('audit.summary.versionEdited', { revision: String(revision) });
};

const roundFieldLabel = (t: TFunction, field: string): string => {
  switch (field) {
    case 'name':
    case 'versionId':
    case 'chairUserId':
    case 'delegationIds':
    case 'opensAt':
    case 'closesAt':
    case 'timeZone':
    case 'confidentiality':
    case 'status':
      return t(`audit.roundFields.${field}`);
    default:
      return field;
  }
};

/**
 * One renderer per action, from what the entry stores: `context` (names kept from now on) and
 * `before`/`after`. Null means the entry lacks something, and its stored English summary is shown.
 */
const RENDERERS: Record<AuditAction, Render> = {
  'draft.created': named(['title'], (t, v) => t('audit.summary.draftCreated', v)),
  'import.uploaded': named(['file', 'title'], (t, v) => t('audit.summary.importUploaded', v)),
  'import.accepted': named(['file'], (t, v) => t('audit.summary.importAccepted', v)),
  'import.discarded': named(['file'], (t, v) => t('audit.summary.importDiscarded', v)),
  'version.add_paragraph': versionEdited,
  'version.edit_paragraph': versionEdited,
  'version.split_paragraph': versionEdited,
  'version.merge_paragraphs': versionEdited,
  'version.move_paragraph': versionEdited,
  'version.delete_paragraph': versionEdited,
  'version.add_section': versionEdited,
  'version.rename_section': versionEdited,
  'version.move_section': versionEdited,
  'version.delete_section': versionEdited,
  'version.apply_amendment': named(['person', 'round'], (t, v) => t('audit.summary.amendmentApplied', v)),
  'version.undo_amendment': named(['person', 'round'], (t, v) => t('audit.summary.amendmentUndone', v)),
  'version.published': named(['title'], (t, v) => t('audit.summary.versionPublished', v)),
  'round.created': named(['round'], (t, v) => t('audit.summary.roundCreated', v)),
  'round.updated': ({ context }, { t }) => {
    // An update that changed nothing keeps its stored "(no change)".
    const fields = context.fields?.length ? context.fields.map((f) => roundFieldLabel(t, f)).join(', ') : null;
    const v = all({ round: context.round, fields });
    return v && t('audit.summary.roundUpdated', v);
  },
  'round.status_changed': ({ context, before, after }, { t }) => {
    const from = roundStatusSchema.safeParse(before['status']).data;
    const to = roundStatusSchema.safeParse(after['status']).data;
    if (!from || !to || !context.round) return null;
    return t('audit.summary.roundStatus', {
      round: context.round,
      from: t(`rounds.status.${from}`),
      to: t(`rounds.status.${to}`),
    });
  },
  'round.deadline_changed': ({ context, after }, { t, dateTime }) => {
    const closesAt = text(after['closesAt']);
    return closesAt && context.round
      ? t('audit.summary.roundClosing', { round: context.round, closesAt: dateTime(closesAt) })
      : null;
  },
  'paragraph.status_set': ({ context, after }, { t }) => {
    const status = paragraphStatusSchema.safeParse(after['status']).data;
    const v = all({ round: context.round, paragraph: firstParagraph(context) });
    return v && status ? t('audit.summary.paragraphStatus', { ...v, status: t(`paragraphStatus.${status}`) }) : null;
  },
  'annotation.created': ({ context, after }, { t }) => {
    const kind = annotationKindSchema.safeParse(after['kind']).data;
    const v = all({ round: context.round, paragraph: firstParagraph(context) });
    return v && kind ? t('audit.summary.annotationCreated', { ...v, kind: t(`annotations.kind.${kind}`) }) : null;
  },
  'annotation.replied': ({ context }, { t }) => {
    const v = all({ round: context.round, paragraph: firstParagraph(context) });
    return v && t('audit.summary.annotationReplied', v);
  },
  'annotation.edited': named(['round'], (t, v) => t('audit.summary.annotationEdited', v)),
  'annotation.withdrawn': named(['round'], (t, v) => t('audit.summary.annotationWithdrawn', v)),
  'annotation.hidden': named(['round', 'person'], (t, v) => t('audit.summary.annotationHidden', v)),
  'annotation.unhidden': named(['round', 'person'], (t, v) => t('audit.summary.annotationUnhidden', v)),
  'annotation.disposition_set': ({ context, after }, { t }) => {
    const value = dispositionValueSchema.safeParse(after['value']).data;
    return value && context.round
      ? t('audit.summary.disposition', { round: context.round, value: t(`annotations.disposition.${value}`) })
      : null;
  },
  'annotation.sponsored': named(['round', 'delegation'], (t, v) => t('audit.summary.sponsored', v)),
  'annotation.sponsor_withdrawn': named(['round'], (t, v) => t('audit.summary.sponsorWithdrawn', v)),
  'position.recorded': ({ context, after }, { t }) => {
    const value = positionValueSchema.safeParse(after['value']).data;
    const v = all({ round: context.round, paragraph: firstParagraph(context), delegation: context.delegation });
    return v && value ? t('audit.summary.position', { ...v, value: t(`positions.value.${value}`) }) : null;
  },
  'positions.exported': ({ context, after }, { t }) => {
    // A delegation's own report (positions/delegation-report) is recorded under the same action.
    const report = after['report'] === 'delegation' && all({ round: context.round, delegation: context.delegation });
    if (report) return t('audit.summary.delegationReportExported', report);
    const v = all({ round: context.round, format: text(after['format'])?.toUpperCase() });
    return v && t('audit.summary.positionsExported', v);
  },
  'silence.started': ({ context, after }, { t, dateTime }) => {
    const list = paragraphList(context);
    const deadline = text(after['deadline']);
    return list && deadline && context.round
      ? t('audit.summary.silenceStarted', { ...list, round: context.round, deadline: dateTime(deadline) })
      : null;
  },
  'silence.deadline_changed': ({ context, after }, { t, dateTime }) => {
    const deadline = text(after['deadline']);
    return deadline && context.round
      ? t('audit.summary.silenceDeadline', { round: context.round, deadline: dateTime(deadline) })
      : null;
  },
  'silence.cancelled': ({ context, after }, { t }) => {
    // Cancelled by the worker when the round was concluded before the deadline.
    if (after['reason'] === 'round_concluded') return t('audit.summary.silenceLapsed');
    const list = paragraphList(context);
    return list && context.round ? t('audit.summary.silenceCancelled', { ...list, round: context.round }) : null;
  },
  'silence.broken': ({ context }, { t }) => {
    const list = paragraphList(context);
    const v = all({ round: context.round, delegation: context.delegation });
    return list && v ? t('audit.summary.silenceBroken', { ...list, ...v }) : null;
  },
  'silence.concluded': ({ context }, { t }) => {
    const list = paragraphList(context);
    return list && t('audit.summary.silenceConcluded', list);
  },
  'speakers.requested': inRound,
  'speakers.withdrawn': inRound,
  'speakers.reordered': inRound,
  'speakers.floor_given': inRound,
  'speakers.floor_ended': inRound,
  'speakers.time_set': inRound,
  'speakers.exported': ({ context, after }, { t }) => {
    const v = all({ round: context.round, format: text(after['format'])?.toUpperCase() });
    return v && t('audit.summary.speakersExported', v);
  },
  'consideration.set': ({ context }, { t }) => {
    const list = paragraphList(context);
    return list && context.round ? t('audit.summary.considerationSet', { ...list, round: context.round }) : null;
  },
  'consideration.cleared': inRound,
  'membership.added': ({ context, after }, { t }) => {
    const role = processRoleSchema.safeParse(after['role']).data;
    return role && context.person
      ? t('audit.summary.memberAdded', { person: context.person, role: t(`roles.process.${role}`) })
      : null;
  },
  'membership.changed': ({ context, after }, { t }) => {
    const role = processRoleSchema.safeParse(after['role']).data;
    if (!role || !context.person) return null;
    const described = t(`roles.process.${role}`);
    return t('audit.summary.memberChanged', {
      person: context.person,
      role: context.delegation ? `${described} (${context.delegation})` : described,
    });
  },
  'membership.removed': ({ context }, { t }) =>
    context.person ? t('audit.summary.memberRemoved', { person: context.person }) : null,
  // The invitation and the job kept what their summary needs from the start: older entries read too.
  'invitation.created': ({ after }, { t }) => {
    const role = processRoleSchema.safeParse(after['role']).data;
    const email = text(after['email']);
    return role && email ? t('audit.summary.invitation', { email, role: t(`roles.process.${role}`) }) : null;
  },
  'invitation.revoked': ({ before }, { t }) => {
    const email = text(before['email']);
    return email && t('audit.summary.invitationRevoked', { email });
  },
  'invitation.resent': ({ after }, { t }) => {
    const role = processRoleSchema.safeParse(after['role']).data;
    const email = text(after['email']);
    return role && email ? t('audit.summary.invitationResent', { email, role: t(`roles.process.${role}`) }) : null;
  },
  'job.retried': ({ after }, { t }) => {
    const v = all({ queue: text(after['queue']), name: text(after['name']) });
    return v && t('audit.summary.jobRetried', v);
  },
  'notifications.preferences_changed': (_entry, { t }) => t('audit.actions.notifications.preferences_changed'),
};

/** What happened, in the reader's language; the stored English summary when the entry lacks the names. */
export const auditSummary = (entry: AuditEntry, tools: SummaryTools): string => {
  if (!isAuditAction(entry.action)) return entry.summary;
  const render = RENDERERS[entry.action];
  const rendered = render(
    { context: entry.context ?? {}, before: fields(entry.before), after: fields(entry.after) },
    tools,
  );
  return rendered ?? entry.summary;
};
