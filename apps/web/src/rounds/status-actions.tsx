import type { Round, RoundStatus } from '@concordia/contracts';
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/endpoints';
import { ConfirmDialog } from '../common/confirm-dialog';
import { useErrorMessage } from '../common/error-alert';
import { ChangeClosingTime, useClosingTimeInput, useZonedClosing } from './closing-time';
import { closingPassed, roundActions, type RoundAction } from './round-window';
import { showRoundStatus } from './round-status-toast';

/** What each status change's dialog says: opening notifies every delegation, closing stops them, concluding is final. */
const DIALOGS = {
  open: { title: 'rounds.openTitle', body: 'rounds.openBody', keep: 'rounds.notYet', color: 'teal' },
  reopen: { title: 'rounds.reopenTitle', body: 'rounds.openBody', keep: 'rounds.notYet', color: 'teal' },
  close: { title: 'rounds.closeTitle', body: 'rounds.closeBody', keep: 'rounds.keepOpen', color: 'red' },
  conclude: { title: 'rounds.concludeTitle', body: 'rounds.concludeBody', keep: 'editor.cancel', color: 'red' },
} as const satisfies Record<RoundAction['label'], { title: string; body: string; keep: string; color: string }>;

export interface StatusChange {
  /** Asks first, in the dialog; the change is sent once confirmed. */
  ask: (action: RoundAction) => void;
  /** The status being sent, while it is. */
  busy: RoundStatus | null;
  /** The dialog that asks, to render once beside whatever calls `ask` (a button or a menu item). */
  dialog: ReactNode;
}

/**
 * A transition ROUND_TRANSITIONS allows, asked first. Opening once the closing time has passed
 * asks for a new one in the same dialog.
 */
export const useStatusChange = (round: Round, onChanged: () => void): StatusChange => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [busy, setBusy] = useState<RoundStatus | null>(null);
  // Kept after the dialog closes so its words do not change while it fades out.
  const [asked, setAsked] = useState<RoundAction | null>(null);
  const [confirming, setConfirming] = useState(false);
  // Decided when the dialog opens, so a closing time passing while it is open does not change its words.
  const [needsClosing, setNeedsClosing] = useState(false);
  const newClosing = useClosingTimeInput(round);
  const zoned = useZonedClosing(round);

  const change = (status: RoundStatus, closesAt: string | null) => {
    setBusy(status);
    api.rounds
      .changeStatus(round.id, { status, ...(closesAt === null ? {} : { closesAt }) })
      .then(() => {
        showRoundStatus(round.id, status, t(`rounds.statusNow.${status}`));
        onChanged();
      })
      .catch((caught: unknown) =>
        notifications.show({ color: 'red', title: t('rounds.statusFailed'), message: errorMessage(caught) }),
      )
      .finally(() => setBusy(null));
  };

  const ask = (action: RoundAction) => {
    setAsked(action);
    setNeedsClosing(action.status === 'open' && closingPassed(round));
    newClosing.reset();
    setConfirming(true);
  };

  const words = asked && DIALOGS[asked.label];
  const dialog = asked && words && (
    <ConfirmDialog
      opened={confirming}
      title={t(words.title, { name: round.name })}
      body={
        needsClosing
          ? t('rounds.closing.passed', { closesAt: zoned(round.closesAt) })
          : t(words.body, { closesAt: zoned(round.closesAt) })
      }
      confirmLabel={t(`rounds.actions.${asked.label}`)}
      confirmColor={words.color}
      keepLabel={t(words.keep)}
      onConfirm={() => change(asked.status, needsClosing ? newClosing.closesAt : null)}
      onClose={() => setConfirming(false)}
      testId={`round-${asked.label}-dialog`}
      confirmDisabled={needsClosing && newClosing.closesAt === null}
    >
      {needsClosing && newClosing.field}
    </ConfirmDialog>
  );
  return { ask, busy, dialog };
};

/** A status change as a button: it asks first through `change`'s dialog. */
export const StatusButton = ({ action, change }: { action: RoundAction; change: StatusChange }) => {
  const { t } = useTranslation();
  return (
    <Button
      color={action.label === 'conclude' ? 'gray' : action.label === 'close' ? 'orange' : 'teal'}
      loading={change.busy === action.status}
      disabled={change.busy !== null}
      onClick={() => change.ask(action)}
      data-testid={`round-action-${action.label}`}
    >
      {t(`rounds.actions.${action.label}`)}
    </Button>
  );
};

/**
 * Every transition ROUND_TRANSITIONS allows from the current status as a button, and the closing
 * time's change while the round is open or closed: the chair console's header, which has room.
 */
export const StatusActions = ({ round, onChanged }: { round: Round; onChanged: () => void }) => {
  const change = useStatusChange(round, onChanged);
  return (
    <>
      {roundActions(round).map((action) => (
        <StatusButton key={action.status} action={action} change={change} />
      ))}
      {change.dialog}
      {(round.status === 'open' || round.status === 'closed') && (
        <ChangeClosingTime round={round} onChanged={onChanged} />
      )}
    </>
  );
};
