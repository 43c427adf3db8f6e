import { Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatSpeakingClock, speakingAlert, speakingClock } from './speaking-time';

interface FloorCountdownProps {
  givenAt: string;
  speakingTimeMinutes: number;
  /** The server's time now (ticking every second while someone has the floor). */
  now: number;
  /** The speaking delegation's own members see it large, addressed to them. */
  mine: boolean;
  /** On the card above the text: the line's size, bold for the speaking delegation. */
  compact?: boolean;
}

/**
 * The time left of the turn under way, then how far over it is, in the warning colour. The
 * visible count changes every second but is not live; a separate polite region speaks only
 * when a minute is left and when the time is up.
 */
export const FloorCountdown = ({ givenAt, speakingTimeMinutes, now, mine, compact = false }: FloorCountdownProps) => {
  const { t } = useTranslation();
  const clock = speakingClock(givenAt, speakingTimeMinutes, now);
  const time = formatSpeakingClock(clock);
  const over = clock.state === 'over';
  const alert = speakingAlert(clock, speakingTimeMinutes);
  const text = mine
    ? t(over ? 'session.speakers.yourOverTime' : 'session.speakers.yourTimeLeft', { time })
    : t(over ? 'session.speakers.overTime' : 'session.speakers.timeLeft', { time });
  return (
    <>
      <Text
        size={mine && !compact ? 'lg' : 'sm'}
        fw={mine || over ? 700 : 400}
        c={over ? 'orange.8' : mine ? undefined : 'dimmed'}
        role="timer"
        data-testid="speakers-countdown"
        data-state={clock.state}
      >
        {text}
      </Text>
      <VisuallyHidden aria-live="polite" aria-atomic="true" data-testid="speakers-countdown-announcement">
        {alert === 'oneMinute' && t('session.speakers.announceOneMinute')}
        {alert === 'timeUp' && t('session.speakers.announceTimeUp')}
      </VisuallyHidden>
    </>
  );
};
