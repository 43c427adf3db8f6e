import type { Me, Round, SilenceProcedure } from '@concordia/contracts';
import { Badge, Button, Card, Collapse, Group, MultiSelect, NumberInput, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/endpoints';
import { ConfirmDialog } from '../common/confirm-dialog';
import { KeptTextDialog } from '../unsent/kept-text-dialog';
import { silenceStatementPlace } from '../unsent/unsent-places';
import { CompactCard } from './compact-card';
import { useErrorMessage } from '../common/error-alert';
import { usePhoneScreen } from '../common/narrow-screen';
import { serverNow } from '../common/server-clock';
import { useFormatters } from '../common/format';
import { bareNumber } from '../drafts/document-rows';
import { formatDuration, noticeMs } from './durations';
import { canBreakSilence, isRoundChair } from './session-permissions';
import type { RoundSession } from './use-round-session';
import { useNow } from './use-now';

export interface NumberedParagraph {
  key: string;
  number: string;
}

interface SilencePanelProps {
  me: Me;
  round: Round;
  /** The round takes input now (open, before its closing time on the server's clock). */
  live: boolean;
  session: RoundSession;
  paragraphs: NumberedParagraph[];
  /** While nothing runs, one line (the last outcome, the chair's start button): the text comes first. */
  compactWhenIdle?: boolean;
}

/** Ended procedures shown under the running ones, so everyone sees how the last ones ended. */
const RECENT = 3;

/**
 * The round's silence procedures for everyone, with a countdown that each client runs from the
 * deadline; heads of participating delegations may break silence; the chair starts, extends
 * and cancels procedures.
 */
export const SilencePanel = ({ me, round, live, session, paragraphs, compactWhenIdle = false }: SilencePanelProps) => {
  const { t } = useTranslation();
  const [starting, setStarting] = useState(false);
  // The procedure the chair just started: Start goes disabled under the keyboard's focus, which
  // would fall to the page's top; it moves to the procedure instead.
  const [started, setStarted] = useState<string | null>(null);
  const showStarted = (procedure: SilenceProcedure) => {
    setStarted(procedure.id);
    session.showSilence(procedure);
  };
  const running = session.silences.filter((p) => p.status === 'running');
  const underSilence = new Set(running.flatMap((p) => p.paragraphKeys));
  const ended = session.silences.filter((p) => p.status !== 'running').slice(0, RECENT);
  const chair = isRoundChair(me, round);
  const numbers = new Map(paragraphs.map((p) => [p.key, bareNumber(p.number)] as const));
  const label = (keys: string[]) =>
    keys.map((k) => t('session.paragraphLabel', { number: numbers.get(k) ?? k })).join(', ');
  const canStart = chair && live;
  const considered = session.consideration?.paragraphKey ?? null;
  // Between the closing time and the worker's close: the chair reads why Start went.
  const closingPassed = chair && round.status === 'open' && !live;
  const onPhoneAboveText = usePhoneScreen() && compactWhenIdle;
  if (compactWhenIdle && running.length === 0) {
    const last = ended[0];
    return (
      <CompactCard
        testId="silence-panel"
        width="fill"
        // On a phone the title and "None running." did not share the line beside the live dot (cut
        // to "Aucune e…" in French): one short sentence names the card there instead.
        titleHidden={last !== undefined || onPhoneAboveText}
        title={t('session.silence.title')}
        status={
          last ? (
            <EndedSilence procedure={last} label={label(last.paragraphKeys)} oneLine />
          ) : (
            <Text size="sm" c="dimmed" truncate data-testid="silence-idle">
              {onPhoneAboveText ? t('session.silence.idleAlone') : t('session.silence.idle')}
            </Text>
          )
        }
        action={
          closingPassed ? (
            <Text size="sm" c="dimmed" role="status" style={{ whiteSpace: 'nowrap' }} data-testid="silence-closed">
              {t('session.silence.closingPassedShort')}
            </Text>
          ) : (
            canStart && (
              <Button
                size="compact-sm"
                variant="light"
                onClick={() => setStarting((shown) => !shown)}
                aria-expanded={starting}
                data-testid="silence-start-open"
              >
                {t('session.silence.startButton')}
              </Button>
            )
          )
        }
      >
        {canStart && (
          <Collapse expanded={starting}>
            <Stack pt="xs">
              <StartSilence
                roundId={round.id}
                paragraphs={paragraphs}
                considered={considered}
                underSilence={underSilence}
                onStarted={(procedure) => {
                  setStarting(false);
                  showStarted(procedure);
                }}
              />
            </Stack>
          </Collapse>
        )}
      </CompactCard>
    );
  }
  return (
    // Running above the text on a phone: beside the live dot, named by its "Under silence: ¶ 4"
    // (the title left to screen readers), the countdown and Break in sight.
    <Card withBorder padding={onPhoneAboveText ? 'xs' : 'md'} className="silence-card" data-testid="silence-panel">
      <Title order={3} size="h5" mb="xs" className={onPhoneAboveText ? 'visually-hidden' : undefined}>
        {t('session.silence.title')}
      </Title>
      <Stack gap="sm">
        {running.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('session.silence.none')}
          </Text>
        )}
        {running.map((procedure) => (
          <RunningSilence
            key={procedure.id}
            procedure={procedure}
            label={label(procedure.paragraphKeys)}
            canBreak={canBreakSilence(me, round)}
            chair={chair}
            onChanged={session.showSilence}
            focused={procedure.id === started}
          />
        ))}
        {ended.map((procedure) => (
          <EndedSilence key={procedure.id} procedure={procedure} label={label(procedure.paragraphKeys)} />
        ))}
        {closingPassed && (
          <Text size="sm" c="dimmed" role="status" data-testid="silence-closed">
            {t('session.silence.closingPassed')}
          </Text>
        )}
        {canStart && (
          <StartSilence
            roundId={round.id}
            paragraphs={paragraphs}
            considered={considered}
            underSilence={underSilence}
            onStarted={showStarted}
          />
        )}
      </Stack>
    </Card>
  );
};

const RunningSilence = ({
  procedure,
  label,
  canBreak,
  chair,
  onChanged,
  focused,
}: {
  procedure: SilenceProcedure;
  label: string;
  canBreak: boolean;
  chair: boolean;
  onChanged: (procedure: SilenceProcedure) => void;
  /** Takes the keyboard's focus once shown (the chair just started it). */
  focused: boolean;
}) => {
  const { t } = useTranslation();
  const format = useFormatters();
  const errorMessage = useErrorMessage();
  const now = useNow(true);
  const [breaking, setBreaking] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [busy, setBusy] = useState(false);
  const left = new Date(procedure.deadline).getTime() - now;
  const block = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focused) block.current?.focus();
  }, [focused]);

  /** Resolves whether `action` succeeded (a failure is shown, not thrown). */
  const run = (action: () => Promise<SilenceProcedure>, done?: string): Promise<boolean> => {
    setBusy(true);
    return action()
      .then((result) => {
        onChanged(result);
        setBreaking(false);
        if (done) notifications.show({ color: 'teal', message: done });
        return true;
      })
      .catch((caught: unknown) => {
        notifications.show({ color: 'red', title: t('session.silence.failed'), message: errorMessage(caught) });
        return false;
      })
      .finally(() => setBusy(false));
  };

  return (
    <Stack
      gap={4}
      data-testid="silence-running"
      data-procedure-id={procedure.id}
      ref={block}
      tabIndex={-1}
      role="group"
      aria-label={t('session.silence.running', { paragraphs: label })}
    >
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" fw={600}>
          {t('session.silence.running', { paragraphs: label })}
        </Text>
        <Badge
          size="lg"
          variant="light"
          color={left > 60_000 ? 'blue' : 'orange'}
          role="timer"
          aria-label={t('session.silence.remaining')}
          data-testid="silence-countdown"
        >
          {formatDuration(left)}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed">
        {left > 0
          ? t('session.silence.deadline', { at: format.deadline(procedure.deadline) })
          : t('session.silence.waiting')}
      </Text>
      <Group gap="xs">
        {canBreak && left > 0 && (
          <Button
            size="compact-sm"
            color="red"
            variant="light"
            onClick={() => setBreaking(true)}
            data-testid="silence-break"
          >
            {t('session.silence.breakButton')}
          </Button>
        )}
        {chair && left > 0 && (
          <>
            <Button
              size="compact-sm"
              variant="default"
              loading={busy}
              onClick={() =>
                void run(() =>
                  api.silence.moveDeadline(procedure.id, {
                    deadline: new Date(new Date(procedure.deadline).getTime() + 5 * 60_000).toISOString(),
                  }),
                )
              }
              data-testid="silence-extend"
            >
              {t('session.silence.extend')}
            </Button>
            <Button
              size="compact-sm"
              variant="subtle"
              color="gray"
              loading={busy}
              onClick={() => setCancelling(true)}
              data-testid="silence-cancel"
            >
              {t('session.silence.cancel')}
            </Button>
          </>
        )}
      </Group>
      <ConfirmDialog
        opened={cancelling}
        title={t('session.silence.cancelTitle', { paragraphs: label })}
        body={t('session.silence.cancelBody')}
        confirmLabel={t('session.silence.cancel')}
        keepLabel={t('session.silence.keepRunning')}
        onConfirm={() => void run(() => api.silence.cancel(procedure.id), t('session.silence.cancelledNotice'))}
        onClose={() => setCancelling(false)}
        testId="silence-cancel-dialog"
      />
      {breaking && (
        <KeptTextDialog
          place={silenceStatementPlace(procedure.id)}
          keptAs="statement"
          title={t('session.silence.breakTitle')}
          label={t('session.silence.statement')}
          description={t('session.silence.statementHint')}
          submitLabel={t('session.silence.confirmBreak')}
          minRows={3}
          maxLength={4000}
          textTestId="silence-statement"
          submitTestId="silence-break-confirm"
          busy={busy}
          onSubmit={(statement) =>
            run(() => api.silence.break(procedure.id, { statement }), t('session.silence.brokenNotice'))
          }
          onClose={() => setBreaking(false)}
        />
      )}
    </Stack>
  );
};

const EndedSilence = ({
  procedure,
  label,
  oneLine = false,
}: {
  procedure: SilenceProcedure;
  label: string;
  /** Cut to one line (a statement may be long); the whole text stays in the title. */
  oneLine?: boolean;
}) => {
  const { t } = useTranslation();
  const text =
    procedure.status === 'broken' && procedure.broken
      ? t('session.silence.broken', {
          paragraphs: label,
          delegation: procedure.broken.delegationName,
          statement: procedure.broken.statement,
        })
      : procedure.status === 'concluded'
        ? t('session.silence.concluded', { paragraphs: label, count: procedure.paragraphKeys.length })
        : t('session.silence.cancelled', { paragraphs: label });
  return (
    <Text
      size="sm"
      c={procedure.status === 'broken' ? 'red' : procedure.status === 'concluded' ? 'teal' : 'dimmed'}
      data-testid="silence-ended"
      data-status={procedure.status}
      truncate={oneLine}
      title={oneLine ? text : undefined}
    >
      {text}
    </Text>
  );
};

const StartSilence = ({
  roundId,
  paragraphs,
  considered,
  underSilence,
  onStarted,
}: {
  roundId: string;
  paragraphs: NumberedParagraph[];
  /** The paragraph under consideration: what a silence procedure is most often started on. */
  considered: string | null;
  /**
   * Paragraphs of a running procedure: the API refuses another on them (409 SILENCE_PARAGRAPH_BUSY),
   * so they are neither proposed nor picked, and a pick goes when another tab starts one on it.
   */
  underSilence: ReadonlySet<string>;
  onStarted: (procedure: SilenceProcedure) => void;
}) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  // Null until the chair picks: the paragraph under consideration, and it follows the chair's moves.
  const [chosen, setKeys] = useState<string[] | null>(null);
  const keys = (
    chosen ?? (considered !== null && paragraphs.some((p) => p.key === considered) ? [considered] : [])
  ).filter((key) => !underSilence.has(key));
  const [minutes, setMinutes] = useState<number>(10);
  const [seconds, setSeconds] = useState<number>(0);
  const [busy, setBusy] = useState(false);
  const notice = noticeMs({ minutes, seconds });

  const start = () => {
    if (notice === null || keys.length === 0) return;
    setBusy(true);
    api.silence
      .start(roundId, { paragraphKeys: keys, deadline: new Date(serverNow() + notice).toISOString() })
      .then((procedure) => {
        onStarted(procedure);
        setKeys(null);
        notifications.show({ color: 'teal', message: t('session.silence.started') });
      })
      .catch((caught: unknown) =>
        notifications.show({ color: 'red', title: t('session.silence.startFailed'), message: errorMessage(caught) }),
      )
      .finally(() => setBusy(false));
  };

  return (
    <Stack gap="xs" data-testid="silence-start-form">
      <Text size="sm" fw={600}>
        {t('session.silence.start')}
      </Text>
      <MultiSelect
        label={t('session.silence.paragraphs')}
        description={t('session.silence.paragraphsHint')}
        data={paragraphs.map((p) => {
          const paragraph = t('session.paragraphLabel', { number: bareNumber(p.number) });
          return underSilence.has(p.key)
            ? { value: p.key, label: t('session.silence.alreadyUnder', { paragraph }), disabled: true }
            : { value: p.key, label: paragraph };
        })}
        value={keys}
        onChange={setKeys}
        searchable
        data-testid="silence-paragraphs"
      />
      <Group gap="xs" align="flex-end">
        <NumberInput
          label={t('session.silence.minutes')}
          min={0}
          max={60 * 24 * 60}
          value={minutes}
          onChange={(value) => setMinutes(typeof value === 'number' ? value : 0)}
          w={110}
          data-testid="silence-minutes"
        />
        <NumberInput
          label={t('session.silence.seconds')}
          min={0}
          max={59}
          value={seconds}
          onChange={(value) => setSeconds(typeof value === 'number' ? value : 0)}
          w={110}
          data-testid="silence-seconds"
        />
        <Button
          loading={busy}
          disabled={notice === null || keys.length === 0}
          onClick={start}
          data-testid="silence-start"
        >
          {t('session.silence.startButton')}
        </Button>
      </Group>
    </Stack>
  );
};
