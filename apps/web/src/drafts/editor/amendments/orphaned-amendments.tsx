import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { bareNumber } from '../../document-rows';
import { useEditor } from '../editor-context';
import { AmendmentCard } from './amendment-card';
import { useEditorAmendments } from './amendments-context';

/** Amendments re-anchoring could not place, at the top of the editor: none is lost from view. */
export const OrphanedAmendments = () => {
  const { t } = useTranslation();
  const { orphans } = useEditorAmendments();
  const { sections } = useEditor();
  if (orphans.length === 0) return null;
  const numberOf = new Map(sections.flatMap((s) => s.paragraphs).map((p) => [p.key, p.number]));

  return (
    <Alert
      color="gray"
      variant="light"
      title={t('editor.amendments.orphanedTitle')}
      mb="md"
      data-testid="orphaned-amendments"
    >
      <Text size="sm" mb="xs">
        {t('editor.amendments.orphanedHint')}
      </Text>
      <Stack gap="xs">
        {orphans.map((item) => {
          const number = numberOf.get(item.lastParagraphKey);
          return (
            <div key={item.annotationId}>
              {number !== undefined && (
                <Text size="xs" c="dimmed" mb={2}>
                  {t('editor.amendments.lastOn', { number: bareNumber(number) })}
                </Text>
              )}
              <AmendmentCard item={item} />
            </div>
          );
        })}
      </Stack>
    </Alert>
  );
};
