import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { RestoredNotice } from '../unsent/restored-notice';
import { silenceStatementPlace } from '../unsent/unsent-places';
import { useKeepWhileWriting, useUnsentText } from '../unsent/use-unsent-text';

const keptStatementSchema = z.object({ statement: z.string() });

/**
 * A delegation's statement breaking a silence procedure. Closing the dialog, a reload or the
 * procedure's card leaving the page loses nothing: the statement is kept in this browser and comes
 * back when the delegation opens "break" on the same procedure again.
 */
export const BreakSilenceDialog = ({
  procedureId,
  busy,
  onBreak,
  onClose,
}: {
  procedureId: string;
  busy: boolean;
  /** Resolves true once the silence is broken. */
  onBreak: (statement: string) => Promise<boolean>;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const unsent = useUnsentText(silenceStatementPlace(procedureId), keptStatementSchema);
  const [statement, setStatement] = useState(unsent.restored?.statement ?? '');
  useKeepWhileWriting(unsent, statement.trim() !== '' ? { statement } : null);

  return (
    <Modal opened onClose={onClose} title={t('session.silence.breakTitle')} centered>
      <Stack>
        <RestoredNotice
          shown={unsent.noticeShown}
          onDiscard={() => {
            unsent.clear();
            setStatement('');
          }}
        />
        <Textarea
          label={t('session.silence.statement')}
          description={t('session.silence.statementHint')}
          value={statement}
          onChange={(event) => setStatement(event.currentTarget.value)}
          autosize
          minRows={3}
          maxLength={4000}
          data-testid="silence-statement"
        />
        <Group justify="flex-end">
          <Button
            color="red"
            loading={busy}
            disabled={statement.trim() === ''}
            onClick={() =>
              void onBreak(statement).then((broken) => {
                if (broken) unsent.clear();
              })
            }
            data-testid="silence-break-confirm"
          >
            {t('session.silence.confirmBreak')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};
