import type { Annotation } from '@concordia/contracts';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { RestoredNotice } from '../unsent/restored-notice';
import { hideReasonPlace } from '../unsent/unsent-places';
import { useKeepWhileWriting, useUnsentText } from '../unsent/use-unsent-text';

const keptReasonSchema = z.object({ reason: z.string() });

/**
 * The chair's reason for hiding one annotation. Closing the dialog loses nothing: the reason is
 * kept in this browser and comes back when the chair opens "hide" on the same annotation again.
 */
export const HideReasonDialog = ({
  annotation,
  busy,
  onHide,
  onClose,
}: {
  annotation: Annotation;
  busy: boolean;
  /** Resolves true once hidden. */
  onHide: (reason: string) => Promise<boolean>;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const unsent = useUnsentText(hideReasonPlace(annotation.id), keptReasonSchema);
  const [reason, setReason] = useState(unsent.restored?.reason ?? '');
  useKeepWhileWriting(unsent, reason.trim() !== '' ? { reason } : null);

  return (
    <Modal opened onClose={onClose} title={t('session.moderation.hideTitle')} centered>
      <Stack>
        <Text size="sm" lineClamp={4}>
          {annotation.body}
        </Text>
        <RestoredNotice
          shown={unsent.noticeShown}
          onDiscard={() => {
            unsent.clear();
            setReason('');
          }}
        />
        <Textarea
          label={t('session.moderation.reasonLabel')}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={2000}
          data-testid="moderation-reason"
        />
        <Group justify="flex-end">
          <Button
            color="red"
            disabled={reason.trim() === ''}
            loading={busy}
            onClick={() =>
              void onHide(reason).then((hidden) => {
                if (hidden) unsent.clear();
              })
            }
            data-testid="moderation-confirm"
          >
            {t('session.moderation.confirmHide')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};
