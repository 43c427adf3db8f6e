import { INVITATION_BATCH_MAX, type InvitationBatchResponse } from '@concordia/contracts';
import { Alert, Badge, Button, Group, Stack, Table, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api } from '../api/endpoints';
import { ErrorAlert } from '../common/error-alert';
import { useFormDrawer } from '../common/form-drawer';
import { RestoredNotice } from '../unsent/restored-notice';
import { invitationSheetPlace } from '../unsent/unsent-places';
import { useKeepWhileWriting, useUnsentText } from '../unsent/use-unsent-text';
import { parseSheet, type SheetProblem } from './invitation-sheet';
import { SheetFileChooser } from './sheet-file-chooser';
import type { SheetFileProblem } from './sheet-file';

const OUTCOME_COLOR = { ready: 'blue', invited: 'teal', refused: 'red' } as const;
const keptSheetSchema = z.object({ text: z.string() });

/**
 * Invites a whole sheet: the rows are first checked by the server (nobody is invited), each
 * with what would become of it, and sent only once the secretariat has seen that answer for the
 * very rows it sends. Rows pasted or typed and not yet sent are kept in this browser (a reload or
 * another page loses nothing), until they are sent or discarded. It stands in the drawer its
 * title names.
 */
export const InvitationSheetForm = ({ processId, onInvited }: { processId: string; onInvited: () => void }) => {
  const { t } = useTranslation();
  const unsent = useUnsentText(invitationSheetPlace(processId), keptSheetSchema);
  const [text, setText] = useState(unsent.restored?.text ?? '');
  const [problem, setProblem] = useState<SheetProblem | SheetFileProblem | null>(null);
  const [answer, setAnswer] = useState<{ forText: string; response: InvitationBatchResponse } | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const checkedNow = answer !== null && answer.forText === text;
  const sent = checkedNow && !answer.response.dryRun;
  useKeepWhileWriting(unsent, text.trim() !== '' && !sent ? { text } : null);
  // Rows left unsent last time are shown at once, with word that they were kept. The drawer's
  // handle lasts as long as the drawer, so this runs once: closing the drawer over them holds.
  const drawer = useFormDrawer();
  const hasRestored = unsent.restored !== null;
  useEffect(() => {
    if (hasRestored) drawer?.open();
  }, [hasRestored, drawer]);

  const submit = (dryRun: boolean) => {
    const parsed = parseSheet(text);
    setError(undefined);
    if (!parsed.ok) {
      setProblem(parsed.problem);
      setAnswer(null);
      return;
    }
    setProblem(null);
    setBusy(true);
    api.invitations
      .batch({ processId, dryRun, rows: parsed.rows })
      .then(
        (response) => {
          setAnswer({ forText: text, response });
          if (!dryRun) {
            unsent.clear();
            onInvited();
            notifications.show({
              color: 'teal',
              message: t('invitations.sheet.sent', {
                accepted: String(response.accepted),
                refused: String(response.refused),
              }),
            });
          }
        },
        (caught: unknown) => setError(caught),
      )
      .finally(() => setBusy(false));
  };

  const showFile = (content: string) => {
    setText(content);
    // A worksheet with nothing in it says so at once rather than leaving the form blank.
    setProblem(content.trim() === '' ? { kind: 'empty' } : null);
  };

  const response = answer?.response ?? null;
  const ready = checkedNow && response?.dryRun ? response.accepted : 0;
  return (
    <Stack>
      <Text size="sm">{t('invitations.sheet.intro')}</Text>
      <RestoredNotice
        shown={unsent.noticeShown}
        onDiscard={() => {
          unsent.clear();
          setText('');
          setProblem(null);
          setAnswer(null);
        }}
      />
      <Textarea
        label={t('invitations.sheet.text')}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        autosize
        minRows={4}
        maxRows={12}
        styles={{ input: { fontFamily: 'monospace' } }}
        data-testid="invitation-sheet-text"
      />
      <Group>
        <SheetFileChooser onText={showFile} onProblem={setProblem} />
        <Button
          variant="light"
          onClick={() => submit(true)}
          loading={busy}
          disabled={text.trim() === ''}
          data-testid="invitation-sheet-check"
        >
          {t('invitations.sheet.check')}
        </Button>
        <Button onClick={() => submit(false)} loading={busy} disabled={ready === 0} data-testid="invitation-sheet-send">
          {t('invitations.sheet.send', { count: ready })}
        </Button>
      </Group>
      {problem && (
        <Alert color="red" variant="light" role="alert" data-testid="invitation-sheet-problem">
          {t(`invitations.sheet.problems.${problem.kind}`, {
            rows: problem.kind === 'tooManyRows' ? problem.rows : 0,
            max: INVITATION_BATCH_MAX,
          })}
        </Alert>
      )}
      <ErrorAlert error={error} />
      {answer && !checkedNow && (
        <Alert color="yellow" variant="light">
          {t('invitations.sheet.changed')}
        </Alert>
      )}
      {response && <SheetOutcomes response={response} />}
    </Stack>
  );
};

const SheetOutcomes = ({ response }: { response: InvitationBatchResponse }) => {
  const { t } = useTranslation();
  return (
    <>
      <Text size="sm" fw={600} role="status" data-testid="invitation-sheet-summary">
        {t(response.dryRun ? 'invitations.sheet.checked' : 'invitations.sheet.sent', {
          accepted: String(response.accepted),
          refused: String(response.refused),
        })}
      </Text>
      <Table striped data-testid="invitation-sheet-rows">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('invitations.sheet.columns.line')}</Table.Th>
            <Table.Th>{t('invitations.sheet.columns.email')}</Table.Th>
            <Table.Th>{t('invitations.sheet.columns.role')}</Table.Th>
            <Table.Th>{t('invitations.sheet.columns.delegation')}</Table.Th>
            <Table.Th>{t('invitations.sheet.columns.language')}</Table.Th>
            <Table.Th>{t('invitations.sheet.columns.outcome')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {response.rows.map((row) => (
            <Table.Tr key={row.line} data-testid="invitation-sheet-row" data-status={row.status}>
              <Table.Td>{row.line}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{row.email}</Table.Td>
              {row.status === 'refused' ? (
                <Table.Td colSpan={3}>
                  <Text size="sm" c="red">
                    {t(`errors.${row.code}`, { defaultValue: row.message })}
                  </Text>
                </Table.Td>
              ) : (
                <>
                  <Table.Td>{t(`roles.process.${row.role}`)}</Table.Td>
                  <Table.Td>{row.delegationName ?? '—'}</Table.Td>
                  <Table.Td>{row.language}</Table.Td>
                </>
              )}
              <Table.Td>
                <Badge color={OUTCOME_COLOR[row.status]} variant="light">
                  {t(`invitations.sheet.outcomes.${row.status}`)}
                </Badge>
                {row.status === 'invited' && !row.emailQueued && (
                  <Text size="xs" c="orange">
                    {t('invitations.sheet.emailNotQueued')}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
};
