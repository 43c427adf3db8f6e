import type { AnnotationModeration } from '@concordia/contracts';
import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Stands in for an annotation the chair hid. Others get no words and no reason from the server;
 * the author (and the chair) get the reason, shown here.
 */
export const HiddenNotice = ({ moderation }: { moderation: AnnotationModeration }) => {
  const { t } = useTranslation();
  return (
    <Alert color="gray" variant="light" p="xs" data-testid="hidden-by-chair">
      <Text size="sm" fw={600}>
        {t('session.moderation.hiddenByChair')}
      </Text>
      {moderation.reason !== null && (
        <Text size="sm" data-testid="hidden-reason">
          {t('session.moderation.reason', { reason: moderation.reason })}
        </Text>
      )}
    </Alert>
  );
};
