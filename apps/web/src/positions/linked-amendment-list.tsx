import type { Annotation } from '@concordia/contracts';
import { List, Stack, Text } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { linkedAmendments, type AmendmentName } from './linked-amendments';

/** An amendment in words: "Mexico — Replace the words: “no State”". */
export const useAmendmentLabel = (): ((name: AmendmentName) => string) => {
  const { t } = useTranslation();
  return useCallback(
    (name: AmendmentName) =>
      t('positions.amendmentLabel', {
        delegation: name.author,
        operation: t(`annotations.composer.operations.${name.operation}`),
        words: name.words,
      }),
    [t],
  );
};

/** Which amendments a position supports, by name; those the reader cannot see, counted. */
export const LinkedAmendmentList = ({
  ids,
  amendments,
}: {
  ids: readonly string[];
  amendments: readonly Annotation[];
}) => {
  const { t } = useTranslation();
  const label = useAmendmentLabel();
  const { named, unlisted } = linkedAmendments(ids, amendments);
  return (
    <Stack gap={2} mt={4} data-testid="position-amendments">
      <Text size="xs" c="dimmed">
        {t('positions.amendmentsLinked', { count: ids.length })}
      </Text>
      <List size="xs" spacing={2} c="dimmed">
        {named.map((name) => (
          <List.Item key={name.id} data-testid="position-amendment-name" data-annotation-id={name.id}>
            {label(name)}
          </List.Item>
        ))}
        {unlisted > 0 && <List.Item>{t('positions.amendmentsUnlisted', { count: unlisted })}</List.Item>}
      </List>
    </Stack>
  );
};
