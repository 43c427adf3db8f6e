import {
  notifiedParagraph,
  notifiedParagraphs,
  notifiedRound,
  notifiedRoundAside,
  type Notification,
  type NotificationEvent,
  type NotificationType,
} from '@concordia/contracts';
import type { TFunction } from 'i18next';

/** i18next reads dots as nesting, so the locale keys spell the types with underscores. */
export const TYPE_KEYS = {
  'annotation.replied': 'annotation_replied',
  'delegation.mentioned': 'delegation_mentioned',
  'annotation.disposition': 'annotation_disposition',
  'amendment.sponsored': 'amendment_sponsored',
  'amendment.sponsor_withdrawn': 'amendment_sponsor_withdrawn',
  'version.published': 'version_published',
  'round.opened': 'round_opened',
  'round.closing_soon': 'round_closing_soon',
  'round.closed': 'round_closed',
  'round.deadline_changed': 'round_deadline_changed',
  'silence.started': 'silence_started',
  'silence.broken': 'silence_broken',
  'silence.adopted': 'silence_adopted',
  'speakers.next': 'speakers_next',
} as const satisfies Record<NotificationType, string>;

export interface NotificationTextTools {
  t: TFunction;
  /** Says an instant in the reader's zone and language (notifiedTime). */
  time: (iso: string) => string;
}

/** The deadline or closing time an event states, if any. */
const timeOf = (event: NotificationEvent): string | null => {
  if (event.type === 'round.opened' || event.type === 'round.closing_soon' || event.type === 'round.deadline_changed') {
    return event.closesAt;
  }
  if (event.type === 'silence.started') return event.deadline;
  return null;
};

/**
 * Which text says the event: a publication staged before the draft's title was kept keeps the
 * words it had ("Rev.1 of the draft"); with the title and process it has its own.
 */
const textKey = (event: NotificationEvent): (typeof TYPE_KEYS)[NotificationType] | 'version_published_titled' => {
  if (event.type === 'version.published' && event.draftTitle !== undefined && event.processTitle !== undefined) {
    return 'version_published_titled';
  }
  return TYPE_KEYS[event.type];
};

/** One line saying what happened, in the reader's language, times in the reader's zone. */
export function notificationText({ event }: Notification, { t, time }: NotificationTextTools): string {
  const at = timeOf(event);
  // Every text picks the values it names; the others are ignored.
  return t(`notifications.text.${textKey(event)}`, {
    actor: event.actorName ?? t('notifications.someone'),
    round: 'roundName' in event ? notifiedRound(event) : '',
    roundAside: 'roundName' in event ? notifiedRoundAside(event) : '',
    paragraph: 'paragraphKey' in event ? notifiedParagraph(event) : '',
    paragraphs: 'paragraphKeys' in event ? notifiedParagraphs(event) : '',
    value: event.type === 'annotation.disposition' ? t(`notifications.disposition.${event.value}`) : '',
    delegation: 'delegationName' in event ? event.delegationName : '',
    label: event.type === 'version.published' ? event.label : '',
    title: event.type === 'version.published' ? (event.draftTitle ?? '') : '',
    process: event.processTitle ?? '',
    time: at === null ? '' : time(at),
  });
}

/** The excerpt shown under the line, when the event carries words. */
export const excerptOf = ({ event }: Notification): string | null => {
  if ('excerpt' in event) return event.excerpt;
  if (event.type === 'annotation.disposition') return event.reason;
  if (event.type === 'version.published') return event.note ?? null;
  return null;
};
