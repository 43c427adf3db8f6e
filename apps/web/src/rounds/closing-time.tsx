import type { Round } from '@concordia/contracts';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/endpoints';
import { useErrorMessage } from '../common/error-alert';
import { useFormatters } from '../common/format';
import { onBothClocks } from '../common/round-clock';
import { WallClockInput } from '../common/wall-clock-input';
import { zonedDateTimeFormat } from '../common/zoned-format';
import { readClosingTime, toZonedInput } from './round-window';

/** The round's closing time on its own clock: delegations read it in several capitals. */
export const useZonedClosing = (round: Pick<Round, 'timeZone'>) => {
  const { i18n } = useTranslation();
  return (iso: string) =>
    zonedDateTimeFormat(i18n.resolvedLanguage ?? i18n.language, round.timeZone).format(new Date(iso));
};

/**
 * The round's closing time on its own clock, followed by the reader's when theirs reads otherwise
 * ("Nov 30, 2026, 6:00 PM EST (your time: Dec 1, 12:00 AM GMT+1)"): what the reading panel shows
 * beside thread times that are on the reader's clock.
 */
export const useClosingForReader = (round: Pick<Round, 'timeZone'>) => {
  const { t, i18n } = useTranslation();
  const { timeZone } = useFormatters();
  return (iso: string) => {
    const both = onBothClocks(new Date(iso), i18n.resolvedLanguage ?? i18n.language, round.timeZone, timeZone);
    return both.reader === null
      ? both.round
      : t('rounds.onYourClock', { roundTime: both.round, readerTime: both.reader });
  };
};

/** A closing time typed as wall-clock time in the round's zone, as the round form takes it. */
export const useClosingTimeInput = (round: Pick<Round, 'opensAt' | 'closesAt' | 'timeZone'>) => {
  const { t } = useTranslation();
  const { zoneName } = useFormatters();
  // null while what is typed cannot be read as a date and time (the field says so).
  const [local, setLocal] = useState<string | null>(() => toZonedInput(round.closesAt, round.timeZone));
  const [touched, setTouched] = useState(false);
  const read = readClosingTime(local, round);
  const error =
    'error' in read
      ? read.error === 'beforeOpening'
        ? t('errors.ROUND_WINDOW_INVALID')
        : read.error === 'invalid'
          ? t('rounds.form.timeInvalid')
          : read.error === 'unreadable'
            ? null
            : t(`rounds.closing.${read.error}`)
      : null;
  const field = (
    <WallClockInput
      kind="dateTime"
      label={t('rounds.closing.field', { timeZone: zoneName(round.timeZone) })}
      required
      value={local}
      onChange={(next) => {
        setLocal(next);
        setTouched(true);
      }}
      error={touched ? error : null}
      data-autofocus
      data-testid="round-new-closes"
    />
  );
  return {
    field,
    closesAt: 'closesAt' in read ? read.closesAt : null,
    reset: () => {
      setLocal(toZonedInput(round.closesAt, round.timeZone));
      setTouched(false);
    },
  };
};

/**
 * "Change closing time": extends or brings forward the deadline of a round not yet concluded.
 * `open` shows the dialog, to be called from a button or a menu item; `dialog` is rendered once.
 */
export const useClosingTimeChange = (round: Round, onChanged: () => void): { open: () => void; dialog: ReactNode } => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const zoned = useZonedClosing(round);
  const input = useClosingTimeInput(round);
  const [opened, setOpened] = useState(false);
  const [busy, setBusy] = useState(false);

  const save = () => {
    if (input.closesAt === null) return;
    setBusy(true);
    api.rounds
      .changeClosing(round.id, { closesAt: input.closesAt })
      .then((saved) => {
        notifications.show({ color: 'teal', message: t('rounds.closing.saved', { closesAt: zoned(saved.closesAt) }) });
        setOpened(false);
        onChanged();
      })
      .catch((caught: unknown) =>
        notifications.show({ color: 'red', title: t('rounds.closing.failed'), message: errorMessage(caught) }),
      )
      .finally(() => setBusy(false));
  };

  const dialog = (
    <Modal
      opened={opened}
      onClose={() => setOpened(false)}
      title={t('rounds.closing.title', { name: round.name })}
      centered
      data-testid="round-closing-dialog"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <Stack>
          <Text size="sm">{t('rounds.closing.current', { closesAt: zoned(round.closesAt) })}</Text>
          <Text size="sm" c="dimmed">
            {t('rounds.closing.body')}
          </Text>
          {input.field}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpened(false)} data-testid="round-closing-dialog-keep">
              {t('editor.cancel')}
            </Button>
            <Button
              type="submit"
              loading={busy}
              disabled={input.closesAt === null}
              data-testid="round-closing-dialog-confirm"
            >
              {t('rounds.closing.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
  return {
    open: () => {
      input.reset();
      setOpened(true);
    },
    dialog,
  };
};

/** The closing time's change as a button, with its dialog. */
export const ChangeClosingTime = ({ round, onChanged }: { round: Round; onChanged: () => void }) => {
  const { t } = useTranslation();
  const change = useClosingTimeChange(round, onChanged);
  return (
    <>
      <Button variant="default" onClick={change.open} data-testid="round-change-closing">
        {t('rounds.closing.action')}
      </Button>
      {change.dialog}
    </>
  );
};
