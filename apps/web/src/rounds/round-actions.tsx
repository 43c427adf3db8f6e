import type { Draft, Round } from '@concordia/contracts';
import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../auth/auth-context';
import { canChangeRoundStatus, takesDelegationReport } from '../auth/permissions';
import { ConsoleLink } from '../chair/console-link';
import { clickAction, HeaderActions, linkAction, type SecondaryAction } from '../common/header-actions';
import { documentFileName, useWordDocument } from '../drafts/word-document-button';
import { canManageSpeakers } from '../session/session-permissions';
import { useClosingTimeChange } from './closing-time';
import { roundReadingPath } from './round-text';
import { roundActions } from './round-window';
import { StatusButton, useStatusChange } from './status-actions';

interface RoundActionsProps {
  round: Round;
  /** The draft the round discusses, once the drafts are loaded. */
  draft: Draft | undefined;
  onChanged: () => void;
}

/**
 * The round page's actions, on the title's line. The secretariat's six (in French or Spanish)
 * took two rows at 1280 px, under the title; so the text and the status change of the moment
 * (open, close, reopen) stay one click away, and the position matrix, a delegation's report, the
 * console, the closing time's change and concluding (final, and asked first) go under More when
 * all do not fit in two buttons. The live badge is not an action: it stands by the round's status.
 */
export const RoundActions = ({ round, draft, onChanged }: RoundActionsProps) => {
  const { t } = useTranslation();
  const me = useMe();
  const status = useStatusChange(round, onChanged);
  const closing = useClosingTimeChange(round, onChanged);
  const reportLabel = t('wordDocuments.delegationReport');
  const report = useWordDocument({
    path: `/rounds/${encodeURIComponent(round.id)}/positions/delegation-report.docx`,
    fileName: documentFileName(reportLabel, round.name),
  });
  const roundPath = `/processes/${round.processId}/rounds/${round.id}`;
  const transitions = canChangeRoundStatus(me, round) ? roundActions(round) : [];
  const conclude = transitions.find((action) => action.label === 'conclude');

  const secondary: SecondaryAction[] = [
    linkAction('positions', `${roundPath}/positions`, t('positions.matrix.open'), 'round-open-positions'),
  ];
  if (takesDelegationReport(me, round)) {
    secondary.push(
      clickAction('report', reportLabel, 'round-delegation-report', report.download, {
        busy: report.loading,
        title: t('wordDocuments.delegationReportHint'),
      }),
    );
  }
  // The secretariat comes for the speaking time and the record of the floor.
  if (canManageSpeakers(me, round)) {
    secondary.push({
      key: 'console',
      button: <ConsoleLink processId={round.processId} roundId={round.id} />,
      item: (
        <Menu.Item component={Link} to={`${roundPath}/console`} data-testid="round-console">
          {t('session.console.open')}
        </Menu.Item>
      ),
    });
  }
  if (transitions.length > 0 && (round.status === 'open' || round.status === 'closed')) {
    secondary.push(clickAction('closing', t('rounds.closing.action'), 'round-change-closing', closing.open));
  }
  if (conclude) {
    secondary.push({
      key: 'conclude',
      button: <StatusButton action={conclude} change={status} />,
      item: (
        <Menu.Item
          onClick={() => status.ask(conclude)}
          disabled={status.busy !== null}
          data-testid={`round-action-${conclude.label}`}
        >
          {t(`rounds.actions.${conclude.label}`)}
        </Menu.Item>
      ),
    });
  }

  return (
    <HeaderActions
      leading={[
        draft && (
          <Button variant="default" component={Link} to={roundReadingPath(round, draft)} data-testid="round-open-text">
            {t('rounds.openText')}
          </Button>
        ),
      ]}
      secondary={secondary}
      trailing={transitions
        .filter((action) => action !== conclude)
        .map((action) => (
          <StatusButton key={action.status} action={action} change={status} />
        ))}
      moreTestId="round-more"
    >
      {status.dialog}
      {closing.dialog}
    </HeaderActions>
  );
};
