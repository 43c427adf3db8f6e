import { notifiedParagraph, notifiedParagraphs, type Notification, type NotificationType } from '@concordia/contracts';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** i18next reads dots as nesting, so the locale keys spell the types with underscores. */
export const TYPE_KEYS = {
  'annotation.replied': 'annotation_replied',
  'delegation.mentioned': 'delegation_mentioned',
  'annotation.disposition': 'annotation_disposition',
  'amendment.sponsored': 'amendment_sponsored',
  'version.published': 'version_published',
  'round.opened': 'round_opened',
  'round.closing_soon': 'round_closing_soon',
  'round.closed': 'round_closed',
  'silence.started': 'silence_started',
  'silence.broken': 'silence_broken',
  'silence.adopted': 'silence_adopted',
  'speakers.next': 'speakers_next',
} as const satisfies Record<NotificationType, string>;

/** One line saying what happened, in the reader's language. */
export const useNotificationText = (): ((notification: Notification) => string) => {
  const { t } = useTranslation();
  return useCallback(
    ({ event }: Notification) => {
      // Every text picks the values it names; the others are ignored.
      return t(`notifications.text.${TYPE_KEYS[event.type]}`, {
        actor: event.actorName ?? t('notifications.someone'),
        round: 'roundName' in event ? event.roundName : '',
        paragraph: 'paragraphKey' in event ? notifiedParagraph(event) : '',
        paragraphs: 'paragraphKeys' in event ? notifiedParagraphs(event) : '',
        value: event.type === 'annotation.disposition' ? t(`notifications.disposition.${event.value}`) : '',
        delegation: 'delegationName' in event ? event.delegationName : '',
        label: event.type === 'version.published' ? event.label : '',
      });
    },
    [t],
  );
};

/** The excerpt shown under the line, when the event carries words. */
export const excerptOf = ({ event }: Notification): string | null => {
  if ('excerpt' in event) return event.excerpt;
  if (event.type === 'annotation.disposition') return event.reason;
  return null;
};
