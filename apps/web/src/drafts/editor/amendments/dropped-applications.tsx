import type { DraftVersion } from '@concordia/contracts';
import { Alert, Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/endpoints';
import { useApiQuery } from '../../../common/use-api-query';
import { bareNumber } from '../../document-rows';

/**
 * In the publish dialog: the applied amendments whose effect is no longer in the text, which
 * publishing drops without telling their delegations. The server says which, by the rule
 * publishing follows. A warning only: publishing stays possible. Says nothing if it cannot load.
 */
export const DroppedApplications = ({
  version,
  onShow,
}: {
  version: DraftVersion;
  /** Closes the dialog and brings the paragraph into view in the editor. */
  onShow: (paragraphKey: string) => void;
}) => {
  const { t } = useTranslation();
  const query = useApiQuery(`publish-applications:${version.id}:${version.revision}`, (signal) =>
    api.versions.applications(version.id, signal),
  );
  const dropped = (query.data?.items ?? []).filter((item) => !item.holds);
  if (dropped.length === 0) return null;

  return (
    <Alert
      color="yellow"
      variant="light"
      title={t('publish.droppedTitle', { count: dropped.length })}
      data-testid="publish-dropped"
    >
      <Text size="sm" mb="xs">
        {t('publish.dropped')}
      </Text>
      <List size="sm" spacing={2}>
        {dropped.map((item) => {
          const who = item.delegationName ?? item.authorName;
          const { paragraphKey, paragraphNumber } = item;
          return (
            <List.Item
              key={item.annotationId}
              data-testid="publish-dropped-item"
              data-annotation-id={item.annotationId}
            >
              {paragraphKey !== null && paragraphNumber !== null ? (
                <Anchor component="button" type="button" size="sm" onClick={() => onShow(paragraphKey)}>
                  {t('publish.droppedItem', { who, number: bareNumber(paragraphNumber) })}
                </Anchor>
              ) : (
                t('publish.droppedItemGone', { who })
              )}
            </List.Item>
          );
        })}
      </List>
    </Alert>
  );
};
