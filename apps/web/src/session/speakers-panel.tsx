import type { Me, Round, SpeakersList } from '@concordia/contracts';
import type { SpeakerEntry } from '@concordia/contracts';
import { ActionIcon, Button, Card, Collapse, Group, List, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Fragment, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/endpoints';
import { useErrorMessage } from '../common/error-alert';
import { usePhoneScreen } from '../common/narrow-screen';
import { bareNumber } from '../drafts/document-rows';
import { CompactCard } from './compact-card';
import { CompactLimit } from './compact-limit';
import { entryActions } from './entry-actions';
import { LastTurn } from './last-turn';
import { formatDuration } from './durations';
import type { NumberedParagraph } from './silence-panel';
import { FloorCountdown } from './floor-countdown';
import { canManageSpeakers, canRequestFloor, isRoundChair, myRoundDelegation } from './session-permissions';
import { EndTurnButton, SpeakersAtWork } from './speakers-at-work';
import {
  focusAfterRemoval,
  focusAfterTurn,
  useSpeakersFocus,
  type EntryPlace,
  type SpeakersFocus,
} from './speakers-focus';
import { SpeakersMyPlace } from './speakers-my-place';
import { SpeakingTimeControl } from './speaking-time-control';
import type { RoundSession } from './use-round-session';
import { useNow } from './use-now';

interface SpeakersPanelProps {
  me: Me;
  round: Round;
  /** The round takes input now (open, before its closing time on the server's clock). */
  live: boolean;
  session: RoundSession;
  paragraphs: NumberedParagraph[];
  /** While nobody speaks or waits, one line (the last turn, the request): the text comes first. */
  compactWhenIdle?: boolean;
}

/** Moves one entry of the queue by `by` places: the order the chair sends back. */
const moved = (ids: string[], index: number, by: number): string[] => {
  const next = [...ids];
  const [entry] = next.splice(index, 1);
  next.splice(Math.max(0, Math.min(next.length, index + by)), 0, entry);
  return next;
};

/**
 * Who has the floor (with the time elapsed, counted here from `givenAt`) and who waits, for
 * everyone in the round; delegations ask for the floor and withdraw; the chair orders the
 * queue, gives the floor and ends turns. At the closing time asking, ordering and giving stop,
 * saying why; withdrawing and ending a turn stay, so the list can be cleared.
 */
export const SpeakersPanel = ({
  me,
  round,
  live,
  session,
  paragraphs,
  compactWhenIdle = false,
}: SpeakersPanelProps) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const list = session.speakers;
  const chair = isRoundChair(me, round);
  const mine = myRoundDelegation(me, round);
  const managesTime = canManageSpeakers(me, round);
  const speakingTime = list?.speakingTimeMinutes ?? null;
  const now = useNow(list?.floor != null);
  // Asking for the floor defaults to the paragraph under consideration; a paragraph the delegate
  // picked holds until the chair takes up another one.
  const considered = session.consideration?.paragraphKey ?? null;
  const [picked, setPicked] = useState<{ key: string; under: string | null } | null>(null);
  const paragraph =
    picked !== null && picked.under === considered ? picked.key : (considered ?? paragraphs[0]?.key ?? null);
  const setParagraph = (key: string | null) => setPicked(key === null ? null : { key, under: considered });
  const [busy, setBusy] = useState(false);
  const phone = usePhoneScreen();
  const [asking, setAsking] = useState(false);
  const numberOf = (key: string) => bareNumber(paragraphs.find((p) => p.key === key)?.number ?? key);
  // Between the closing time and the worker's close: say why the controls went.
  const closingPassed = round.status === 'open' && !live && (chair || canRequestFloor(me, round));

  // The button the user pressed is often gone once the list is redrawn: asking for the floor
  // turns into "Withdraw" and back, a given or removed entry leaves the queue, an ended turn takes
  // its button along. The focus goes to the control that follows (see each action), not to the
  // page's start, so a chair at the keyboard can run the list with Enter alone.
  const focus = useSpeakersFocus(busy);
  const floorId = useId();

  const run = (
    action: () => Promise<SpeakersList>,
    focusAfter: (answer: SpeakersList) => SpeakersFocus | null = () => null,
  ) => {
    setBusy(true);
    action()
      .then((speakers) => {
        session.showSpeakers(speakers);
        focus.focusAfter(focusAfter(speakers));
      })
      .catch((caught: unknown) =>
        notifications.show({ color: 'red', title: t('session.speakers.failed'), message: errorMessage(caught) }),
      )
      .finally(() => setBusy(false));
  };

  const queue = list?.queue ?? [];
  /** Moves an entry one place; at the top (or bottom) its own arrow is disabled, so the focus takes the other. */
  const move = (entryId: string, index: number, by: -1 | 1) =>
    run(
      () =>
        api.speakers.reorder(round.id, {
          entryIds: moved(
            queue.map((e) => e.id),
            index,
            by,
          ),
        }),
      () => ({ entryId, controls: by < 0 ? ['up', 'down'] : ['down', 'up'] }),
    );
  const queued = mine !== null && (queue.some((e) => e.delegationId === mine) || list?.floor?.delegationId === mine);
  const mayRequest = live && canRequestFloor(me, round) && !queued;
  // The pick belongs to one request: once it is in (or can no longer be made) it folds, so the
  // line comes back closed after a withdraw or a turn, as it was first drawn. Adjusted while
  // rendering: the request's line is drawn again folded, never opened for a frame.
  if (asking && !mayRequest) setAsking(false);
  const request = (compact: boolean) => (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <Select
        label={compact ? undefined : t('session.speakers.onParagraph')}
        aria-label={compact ? t('session.speakers.onParagraph') : undefined}
        size={compact ? 'xs' : 'sm'}
        data={paragraphs.map((p) => ({
          value: p.key,
          label: t('session.paragraphLabel', { number: bareNumber(p.number) }),
        }))}
        value={paragraph}
        onChange={setParagraph}
        allowDeselect={false}
        w={compact ? 76 : 160}
        data-testid="speakers-paragraph"
      />
      <Button
        size={compact ? 'compact-sm' : 'sm'}
        loading={busy}
        disabled={paragraph === null}
        onClick={() =>
          paragraph &&
          run(
            () => api.speakers.request(round.id, { paragraphKey: paragraph }),
            () => 'withdraw',
          )
        }
        // On a phone the pick is folded again once the request is withdrawn: its opener takes the focus.
        ref={phone ? undefined : focus.refs.request}
        data-testid="speakers-request"
      >
        {t('session.speakers.request')}
      </Button>
    </Group>
  );
  // Above the text on a phone, the request's line holds "Request the floor" alone: it opens the
  // paragraph's pick under the card (as the chair's Start does on the silence card).
  const requestAction =
    mayRequest &&
    (phone ? (
      <Button
        size="compact-sm"
        onClick={() => setAsking((shown) => !shown)}
        aria-expanded={asking}
        ref={focus.refs.request}
        data-testid="speakers-request-open"
      >
        {t('session.speakers.request')}
      </Button>
    ) : (
      request(true)
    ));
  const requestFolded = phone && mayRequest && (
    <Collapse expanded={asking}>
      <Stack pt="xs">{request(false)}</Stack>
    </Collapse>
  );
  // The whole queue, opened from the card above the text, stays open while the chair works through it.
  const [queueOpened, setQueueOpened] = useState(false);
  /**
   * The buttons a viewer may press on one entry (see entryActions), wherever it is drawn: the
   * console's list (with the arrows that order it), the next line of the card above the text, or
   * the whole queue opened from there.
   */
  const entryButtons = (entry: SpeakerEntry, index: number, place: EntryPlace, arrows = false) =>
    entryActions({ chair, live, mine }, entry.delegationId).map((action) =>
      action === 'give' ? (
        <Fragment key={action}>
          <Button
            size="compact-xs"
            variant="light"
            loading={busy}
            // Several entries, one word each: the name says whom the floor goes to.
            aria-label={t('session.speakers.giveFloorNamed', { delegation: entry.delegationName })}
            // The turn now running is the chair's next concern: its "End the turn", on the card.
            onClick={() => {
              setQueueOpened(false);
              run(
                () => api.speakers.giveFloor(round.id, entry.id),
                () => 'end',
              );
            }}
            ref={focus.entryRef(entry.id, 'give', place)}
            data-testid="speakers-give"
          >
            {t('session.speakers.giveFloor')}
          </Button>
          {arrows && (
            <>
              <ActionIcon
                size="sm"
                variant="subtle"
                disabled={index === 0 || busy}
                aria-label={t('session.speakers.moveUp', { delegation: entry.delegationName })}
                onClick={() => move(entry.id, index, -1)}
                ref={focus.entryRef(entry.id, 'up')}
              >
                ↑
              </ActionIcon>
              <ActionIcon
                size="sm"
                variant="subtle"
                disabled={index === queue.length - 1 || busy}
                aria-label={t('session.speakers.moveDown', { delegation: entry.delegationName })}
                onClick={() => move(entry.id, index, 1)}
                ref={focus.entryRef(entry.id, 'down')}
              >
                ↓
              </ActionIcon>
            </>
          )}
        </Fragment>
      ) : (
        <Button
          key={action}
          size="compact-xs"
          variant="subtle"
          color="gray"
          loading={busy}
          // The name says what goes: one's own request, or which delegation the chair removes.
          aria-label={
            action === 'remove'
              ? t('session.speakers.removeNamed', { delegation: entry.delegationName })
              : t('session.speakers.withdrawNamed')
          }
          onClick={() => {
            // One's own request gone, the request is next, on the card: the queue has nothing left for this viewer.
            if (action === 'withdraw') setQueueOpened(false);
            run(
              () => api.speakers.withdraw(round.id, entry.id),
              action === 'withdraw' ? () => 'request' : (answer) => focusAfterRemoval(answer, index),
            );
          }}
          // One's own "Withdraw" is reached after asking, where the request was: on the card.
          ref={
            action === 'withdraw'
              ? place === 'card'
                ? focus.refs.withdraw
                : undefined
              : focus.entryRef(entry.id, 'remove', place)
          }
          // On the card's next line the chair's Remove waits in the whole queue, except on a phone (see app.css).
          className={action === 'remove' ? 'speakers-remove' : undefined}
          data-testid="speakers-withdraw"
        >
          {action === 'remove' ? t('session.speakers.remove') : t('session.speakers.withdraw')}
        </Button>
      ),
    );
  // On a phone the chair's four controls do not fit beside the name: they go under it rather
  // than squeezing "Give the floor" and "Remove" out of their labels.
  const queueView = () => (
    <List type="ordered" spacing={4} data-testid="speakers-queue">
      {queue.map((entry, index) => (
        <List.Item key={entry.id} data-testid="speakers-entry" data-delegation-id={entry.delegationId}>
          <Group gap="xs" wrap="wrap">
            <Text size="sm">
              {entry.delegationName} — {t('session.paragraphLabel', { number: numberOf(entry.paragraphKey) })}
            </Text>
            {entryButtons(entry, index, 'card', true)}
          </Group>
        </List.Item>
      ))}
    </List>
  );
  const onEnd = () => run(() => api.speakers.endFloor(round.id), chair && live ? focusAfterTurn : () => 'heading');
  // The next line holds one's request while it is the next; further down, the first line does.
  const myIndex = mine === null ? -1 : queue.findIndex((entry) => entry.delegationId === mine);
  const myEntry = myIndex > 0 ? queue[myIndex] : undefined;
  // The list at work above the text: two lines whatever the queue (the speaking time's picker
  // and the record are the console's), so the text still starts above the fold.
  if (compactWhenIdle && list && (list.floor || queue.length > 0)) {
    return (
      <SpeakersAtWork
        list={list}
        numberOf={numberOf}
        now={now}
        mineSpeaks={mine !== null && list.floor?.delegationId === mine}
        end={chair && <EndTurnButton busy={busy} floorId={floorId} onEnd={onEnd} endRef={focus.refs.end} compact />}
        action={
          myEntry ? (
            <SpeakersMyPlace position={myIndex + 1}>{entryButtons(myEntry, myIndex, 'card')}</SpeakersMyPlace>
          ) : closingPassed ? (
            <Text size="sm" c="dimmed" role="status" style={{ whiteSpace: 'nowrap' }} data-testid="speakers-closed">
              {t('session.speakers.closingPassedShort')}
            </Text>
          ) : (
            requestAction
          )
        }
        buttons={entryButtons}
        queueOpened={queueOpened}
        onQueueOpened={setQueueOpened}
        refs={{ heading: focus.refs.heading, queue: focus.refs.queue }}
        floorId={floorId}
      >
        {requestFolded}
      </SpeakersAtWork>
    );
  }
  if (compactWhenIdle && !list?.floor && queue.length === 0) {
    return (
      <CompactCard
        testId="speakers-panel"
        width="fit"
        title={t('session.speakers.title')}
        titleRef={focus.refs.heading}
        // A last turn and the request beside it fill the card: the title gives them its room (left
        // to screen readers), so the card stays beside the silence one and the text stays up.
        titleHidden={list?.lastTurn != null && mayRequest}
        status={
          <>
            {list?.lastTurn && (
              <LastTurn delegation={list.lastTurn.delegationName} elapsedMs={list.lastTurn.elapsedMs} truncate />
            )}
            {/* Delegations prepare their statements to the limit before anyone speaks. It takes
                the place of "Nobody waiting", which a one-line card says already: the line must
                stay one, beside the silence card, at 1280 px. */}
            {speakingTime !== null ? (
              <CompactLimit minutes={speakingTime} />
            ) : (
              !list?.lastTurn && (
                <Text size="sm" c="dimmed" className="compact-whole" data-testid="speakers-empty">
                  {t('session.speakers.idle')}
                </Text>
              )
            )}
          </>
        }
        action={
          closingPassed ? (
            <Text size="sm" c="dimmed" role="status" style={{ whiteSpace: 'nowrap' }} data-testid="speakers-closed">
              {t('session.speakers.closingPassedShort')}
            </Text>
          ) : (
            requestAction
          )
        }
      >
        {requestFolded}
      </CompactCard>
    );
  }
  return (
    <Card withBorder padding="md" data-testid="speakers-panel">
      <Title order={3} size="h5" mb="xs" ref={focus.refs.heading} tabIndex={-1}>
        {t('session.speakers.title')}
      </Title>
      <Stack gap="sm">
        {list?.floor ? (
          <Group justify="space-between" wrap="nowrap" data-testid="speakers-floor">
            <Text size="sm" fw={600} id={floorId}>
              {t('session.speakers.floor', {
                delegation: list.floor.delegationName,
                number: numberOf(list.floor.paragraphKey),
              })}
            </Text>
            <Group gap="xs" wrap="nowrap">
              <Text
                size="sm"
                c="dimmed"
                role="timer"
                aria-label={t('session.speakers.elapsed')}
                data-testid="speakers-elapsed"
              >
                {formatDuration(now - new Date(list.floor.givenAt).getTime())}
              </Text>
              {chair && <EndTurnButton busy={busy} floorId={floorId} onEnd={onEnd} endRef={focus.refs.end} />}
            </Group>
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t('session.speakers.nobodyOnFloor')}
          </Text>
        )}
        {list?.floor && speakingTime !== null && (
          <FloorCountdown
            givenAt={list.floor.givenAt}
            speakingTimeMinutes={speakingTime}
            now={now}
            mine={mine !== null && list.floor.delegationId === mine}
          />
        )}
        {managesTime ? (
          <SpeakingTimeControl
            list={list}
            busy={busy}
            onSet={(minutes) => run(() => api.speakers.setSpeakingTime(round.id, { speakingTimeMinutes: minutes }))}
          />
        ) : (
          speakingTime !== null && (
            <Text size="xs" c="dimmed" data-testid="speakers-speaking-time">
              {t('session.speakers.limitInForce', { count: speakingTime })}
            </Text>
          )
        )}
        {list?.lastTurn && <LastTurn delegation={list.lastTurn.delegationName} elapsedMs={list.lastTurn.elapsedMs} />}
        {queue.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="speakers-empty">
            {t('session.speakers.empty')}
          </Text>
        ) : (
          queueView()
        )}
        {closingPassed && (
          <Text size="sm" c="dimmed" role="status" data-testid="speakers-closed">
            {t('session.speakers.closingPassed')}
          </Text>
        )}
        {mayRequest && request(false)}
      </Stack>
    </Card>
  );
};
