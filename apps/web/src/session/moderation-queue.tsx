import type { Annotation, DraftVersion, Round } from '@concordia/contracts';
import { Anchor, Badge, Button, Card, Group, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api/endpoints';
import { useErrorMessage } from '../common/error-alert';
import { useFormatters } from '../common/format';
import { HiddenNotice } from '../annotations/hidden-notice';
import { KeptTextDialog } from '../unsent/kept-text-dialog';
import { hideReasonPlace } from '../unsent/unsent-places';
import { moderationItems } from './moderation-items';

/**
 * The chair's moderation queue: the round's comments as they arrive (kept current by the round's
 * live link), each with who wrote it, on which paragraph and when, a link to its thread in the
 * text, and "hide" (with a reason) or "show again".
 */
export const ModerationQueue = ({
  annotations,
  round,
  version,
  onChanged,
}: {
  annotations: ReadonlyMap<string, Annotation>;
  round: Round;
  /** The version the round reads: paragraph numbers and the thread links. */
  version: DraftVersion;
  onChanged: (annotation: Annotation) => void;
}) => {
  const { t } = useTranslation();
  const format = useFormatters();
  const errorMessage = useErrorMessage();
  const [hiding, setHiding] = useState<Annotation | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const items = useMemo(
    () =>
      moderationItems(annotations.values(), version.sections, {
        processId: round.processId,
        draftId: version.draftId,
        versionId: round.versionId,
      }),
    [annotations, version, round.processId, round.versionId],
  );

  /** Resolves whether it was done: a hide reason is kept until the hiding is. */
  const run = (id: string, action: () => Promise<Annotation>): Promise<boolean> => {
    setBusy(id);
    return action()
      .then((result) => {
        onChanged(result);
        setHiding(null);
        return true;
      })
      .catch((caught: unknown) => {
        notifications.show({ color: 'red', title: t('session.moderation.failed'), message: errorMessage(caught) });
        return false;
      })
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
            {items.map(({ annotation, paragraphNumber, threadPath }) => {
              const where =
                paragraphNumber === null
                  ? t('session.moderation.orphaned')
                  : t('session.paragraphLabel', { number: paragraphNumber });
              return (
                <Stack key={annotation.id} gap={2} data-testid="moderation-item" data-annotation-id={annotation.id}>
                  <Group justify="space-between" wrap="nowrap" align="flex-start">
                    <Group gap={6} wrap="wrap">
                      <Text size="sm" fw={600} data-testid="moderation-author">
                        {annotation.authorName}
                      </Text>
                      {annotation.delegationName && (
                        <Text size="xs" c="dimmed" data-testid="moderation-delegation">
                          {annotation.delegationName}
                        </Text>
                      )}
                    </Group>
                    {annotation.moderation ? (
                      <Group gap="xs" wrap="nowrap">
                        <Badge color="gray" variant="light">
                          {t('session.moderation.hidden')}
                        </Badge>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          loading={busy === annotation.id}
                          onClick={() => void run(annotation.id, () => api.annotations.unhide(annotation.id))}
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
                  <Group gap={6} wrap="wrap">
                    <Text size="xs" c="dimmed" data-testid="moderation-paragraph">
                      {where}
                    </Text>
                    <Text size="xs" c="dimmed" component="time" dateTime={annotation.createdAt}>
                      {format.dateTime(annotation.createdAt)}
                    </Text>
                    <Anchor
                      component={Link}
                      to={threadPath}
                      size="xs"
                      aria-label={t('session.moderation.openThreadOf', {
                        author: annotation.delegationName ?? annotation.authorName,
                        paragraph: where,
                      })}
                      data-testid="moderation-open-thread"
                    >
                      {t('session.moderation.openThread')}
                    </Anchor>
                  </Group>
                  {annotation.moderation ? (
                    <HiddenNotice moderation={annotation.moderation} />
                  ) : (
                    <Text size="sm" lineClamp={3}>
                      {annotation.body || annotation.amendment?.text}
                    </Text>
                  )}
                </Stack>
              );
            })}
          </Stack>
        </ScrollArea.Autosize>
      )}
      {hiding && (
        <KeptTextDialog
          key={hiding.id}
          place={hideReasonPlace(hiding.id)}
          keptAs="reason"
          title={t('session.moderation.hideTitle')}
          label={t('session.moderation.reasonLabel')}
          submitLabel={t('session.moderation.confirmHide')}
          minRows={2}
          maxLength={2000}
          textTestId="moderation-reason"
          submitTestId="moderation-confirm"
          busy={busy === hiding.id}
          onSubmit={(reason) => run(hiding.id, () => api.annotations.hide(hiding.id, { reason }))}
          onClose={() => setHiding(null)}
        >
          <Text size="sm" lineClamp={4}>
            {hiding.body}
          </Text>
        </KeptTextDialog>
      )}
    </Card>
  );
};
