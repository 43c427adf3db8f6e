import type { Annotation } from '@concordia/contracts';
import { Badge, Button, Card, Group, Modal, ScrollArea, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/endpoints';
import { useErrorMessage } from '../common/error-alert';
import { HiddenNotice } from '../annotations/hidden-notice';

/** Newest first; older comments are reached from the text. */
const SHOWN = 100;

/**
 * The chair's moderation queue: the round's comments as they arrive (kept current by the round's
 * live link), each with "hide" (with a reason) or "show again".
 */
export const ModerationQueue = ({
  annotations,
  onChanged,
}: {
  annotations: ReadonlyMap<string, Annotation>;
  onChanged: (annotation: Annotation) => void;
}) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [hiding, setHiding] = useState<Annotation | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const items = useMemo(
    () =>
      [...annotations.values()]
        .filter((a) => a.status === 'open')
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
        .slice(0, SHOWN),
    [annotations],
  );

  const run = (id: string, action: () => Promise<Annotation>) => {
    setBusy(id);
    action()
      .then((result) => {
        onChanged(result);
        setHiding(null);
        setReason('');
      })
      .catch((caught: unknown) =>
        notifications.show({ color: 'red', title: t('session.moderation.failed'), message: errorMessage(caught) }),
      )
      .finally(() => setBusy(null));
  };

  return (
    <Card withBorder padding="md" data-testid="moderation-queue">
      <Title order={3} size="h5">
        {t('session.moderation.title')}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {t('session.moderation.description')}
      </Text>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('session.moderation.empty')}
        </Text>
      ) : (
        <ScrollArea.Autosize mah={480}>
          <Stack gap="xs">
            {items.map((annotation) => (
              <Stack key={annotation.id} gap={2} data-testid="moderation-item" data-annotation-id={annotation.id}>
                <Group justify="space-between" wrap="nowrap">
                  <Text size="sm" fw={600}>
                    {annotation.delegationName ?? annotation.authorName}
                  </Text>
                  {annotation.moderation ? (
                    <Group gap="xs" wrap="nowrap">
                      <Badge color="gray" variant="light">
                        {t('session.moderation.hidden')}
                      </Badge>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        loading={busy === annotation.id}
                        onClick={() => run(annotation.id, () => api.annotations.unhide(annotation.id))}
                        data-testid="moderation-unhide"
                      >
                        {t('session.moderation.unhide')}
                      </Button>
                    </Group>
                  ) : (
                    <Button
                      size="compact-xs"
                      variant="light"
                      color="red"
                      onClick={() => setHiding(annotation)}
                      data-testid="moderation-hide"
                    >
                      {t('session.moderation.hide')}
                    </Button>
                  )}
                </Group>
                {annotation.moderation ? (
                  <HiddenNotice moderation={annotation.moderation} />
                ) : (
                  <Text size="sm" lineClamp={3}>
                    {annotation.body || annotation.amendment?.text}
                  </Text>
                )}
              </Stack>
            ))}
          </Stack>
        </ScrollArea.Autosize>
      )}
      <Modal
        opened={hiding !== null}
        onClose={() => setHiding(null)}
        title={t('session.moderation.hideTitle')}
        centered
      >
        <Stack>
          <Text size="sm" lineClamp={4}>
            {hiding?.body}
          </Text>
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
              loading={hiding !== null && busy === hiding.id}
              onClick={() => hiding && run(hiding.id, () => api.annotations.hide(hiding.id, { reason }))}
              data-testid="moderation-confirm"
            >
              {t('session.moderation.confirmHide')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
};
