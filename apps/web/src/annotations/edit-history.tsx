import { Popover, Stack, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/endpoints';
import { useFormatters } from '../common/format';
import { QueryView } from '../common/query-view';
import { useApiQuery } from '../common/use-api-query';

/** "(edited)", which opens every earlier text of the annotation, the original first. */
export const EditHistory = ({ annotationId, editedAt }: { annotationId: string; editedAt: string }) => {
  const { t } = useTranslation();
  const format = useFormatters();
  const [opened, setOpened] = useState(false);
  const history = useApiQuery(opened ? `annotation-history:${annotationId}:${editedAt}` : null, (signal) =>
    api.annotations.history(annotationId, signal),
  );
  return (
    <Popover opened={opened} onChange={setOpened} width={320} position="bottom-start" withArrow shadow="md">
      <Popover.Target>
        <UnstyledButton
          onClick={() => setOpened((o) => !o)}
          aria-label={t('annotations.thread.history')}
          title={format.dateTime(editedAt)}
          data-testid="edited"
        >
          <Text size="xs" c="dimmed" fs="italic" td="underline dotted">
            ({t('annotations.thread.edited')})
          </Text>
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown>
        <QueryView query={history}>
          {(data) => (
            <Stack gap="xs" data-testid="edit-history">
              {data.items.map((revision, index) => (
                <div key={`${revision.at}:${index}`}>
                  <Text size="xs" c="dimmed">
                    {format.dateTime(revision.at)}
                  </Text>
                  <Text size="sm" className="annotation-body">
                    {revision.body}
                  </Text>
                  {revision.amendment && (
                    <Text size="xs" className="amendment-preview">
                      {t(`annotations.composer.operations.${revision.amendment.operation}`)}: {revision.amendment.text}
                    </Text>
                  )}
                </div>
              ))}
            </Stack>
          )}
        </QueryView>
      </Popover.Dropdown>
    </Popover>
  );
};
