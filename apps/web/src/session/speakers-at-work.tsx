import type { SpeakerEntry, SpeakersList } from '@concordia/contracts';
import { Button, Card, Text, Title, VisuallyHidden } from '@mantine/core';
import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { CompactLimit } from './compact-limit';
import { CutName } from './cut-name';
import { formatDuration } from './durations';
import { FloorCountdown } from './floor-countdown';
import { SpeakersQueue } from './speakers-queue';

interface SpeakersAtWorkProps {
  list: SpeakersList;
  numberOf: (paragraphKey: string) => string;
  /** The server's time now, ticking while someone has the floor. */
  now: number;
  /** The speaking delegation is the viewer's own: its countdown is addressed to it. */
  mineSpeaks: boolean;
  /** The chair's "End the turn", when the viewer chairs. */
  end: ReactNode;
  /** Asking for the floor, or why it can no longer be asked. */
  action: ReactNode;
  /** The buttons this viewer may press on an entry, drawn at the card's next line or in the opened queue. */
  buttons: (entry: SpeakerEntry, index: number, place: 'card' | 'queue') => ReactNode;
  queueOpened: boolean;
  onQueueOpened: (opened: boolean) => void;
  refs: { heading: Ref<HTMLHeadingElement>; queue: Ref<HTMLButtonElement> };
  floorId: string;
  /** Under the two lines: what the request's button opens on a phone. */
  children?: ReactNode;
}

/**
 * The speakers' list above the text while it is at work: two lines whatever the queue, so the
 * text's first paragraph stays above the fold. The first says who speaks (with the clock and the
 * chair's End) or that nobody does; the second who is next, with "N waiting" opening the whole
 * queue. Only a delegation's name gives way when a line is full.
 */
export const SpeakersAtWork = ({
  list,
  numberOf,
  now,
  mineSpeaks,
  end,
  action,
  buttons,
  queueOpened,
  onQueueOpened,
  refs,
  floorId,
  children,
}: SpeakersAtWorkProps) => {
  const { t } = useTranslation();
  const { floor, queue, speakingTimeMinutes: speakingTime } = list;
  const next = queue[0];
  const sentence = (entry: SpeakerEntry, index: number) => (name: string) =>
    t('session.speakers.position', {
      position: String(index + 1),
      delegation: name,
      number: numberOf(entry.paragraphKey),
    });
  return (
    <Card withBorder padding="xs" className="speakers-at-work" data-testid="speakers-panel" data-waiting>
      <div className="speakers-line">
        {/* "On the floor: …" names the card: the title gives the speaker's name its room, left to screen readers. */}
        <Title
          order={3}
          fz="sm"
          className={floor ? 'visually-hidden' : 'compact-title'}
          ref={refs.heading}
          tabIndex={-1}
        >
          {t('session.speakers.title')}
        </Title>
        {floor ? (
          <div className="speakers-floor-line" data-testid="speakers-floor">
            <Text component="span" size="sm" fw={600} className="speakers-shrink">
              <CutName
                sentence={(name) => t('session.speakers.floorShort', { delegation: name })}
                name={floor.delegationName}
                nameTestId="speakers-floor-name"
                cut
                id={floorId}
              />
            </Text>
            {/* With a limit, the time left is the clock that matters; the limit itself is said to screen readers. */}
            {speakingTime !== null ? (
              <>
                <FloorCountdown
                  givenAt={floor.givenAt}
                  speakingTimeMinutes={speakingTime}
                  now={now}
                  mine={mineSpeaks}
                  compact
                />
                <VisuallyHidden data-testid="speakers-speaking-time">
                  {t('session.speakers.limitInForce', { count: speakingTime })}
                </VisuallyHidden>
              </>
            ) : (
              <Text
                component="span"
                size="sm"
                c="dimmed"
                role="timer"
                aria-label={t('session.speakers.elapsed')}
                data-testid="speakers-elapsed"
              >
                {formatDuration(now - new Date(floor.givenAt).getTime())}
              </Text>
            )}
            {end}
          </div>
        ) : (
          <>
            <Text size="sm" c="dimmed" truncate className="speakers-shrink" data-testid="speakers-nobody">
              {t('session.speakers.nobodyOnFloor')}
            </Text>
            {speakingTime !== null && <CompactLimit minutes={speakingTime} />}
          </>
        )}
        {action ? <div className="compact-action speakers-line-end">{action}</div> : null}
      </div>
      <div className="speakers-line" data-testid="speakers-next">
        {next ? (
          <>
            <div className="speakers-next-entry" data-testid="speakers-entry" data-delegation-id={next.delegationId}>
              <CutName
                sentence={(name) => t('session.speakers.next', { position: '1', delegation: name })}
                name={next.delegationName}
                nameTestId="speakers-entry-name"
                cut
              />
              {buttons(next, 0, 'card')}
            </div>
            <SpeakersQueue
              queue={queue}
              opened={queueOpened}
              onChange={onQueueOpened}
              openerRef={refs.queue}
              sentence={sentence}
              buttons={(entry, index) => buttons(entry, index, 'queue')}
            />
          </>
        ) : (
          <Text size="sm" c="dimmed" data-testid="speakers-empty">
            {t('session.speakers.idle')}
          </Text>
        )}
      </div>
      {children}
    </Card>
  );
};

/** The chair's "End the turn" on the card, reached right after giving the floor: it says whose turn it ends. */
export const EndTurnButton = ({
  busy,
  floorId,
  onEnd,
  endRef,
  compact = false,
}: {
  /** On the card above the text: as low as the line's text, so the card keeps to two lines' height. */
  compact?: boolean;
  busy: boolean;
  floorId: string;
  onEnd: () => void;
  endRef: Ref<HTMLButtonElement>;
}) => {
  const { t } = useTranslation();
  return (
    <Button
      size={compact ? 'compact-xs' : 'compact-sm'}
      variant="light"
      loading={busy}
      aria-describedby={floorId}
      onClick={onEnd}
      ref={endRef}
      data-testid="speakers-end"
    >
      {t('session.speakers.endFloor')}
    </Button>
  );
};
