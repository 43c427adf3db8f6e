import { Button, Popover, ScrollArea, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The secretariat's note circulated with a published version: a button beside the version's
 * choices that opens it, so the text under discussion keeps the top of the page (readers at
 * 1280×720 see its first paragraph without scrolling).
 */
export const PublicationNote = ({ label, note }: { label: string; note: string }) => {
  const { t } = useTranslation();
  return (
    <Popover width={440} position="bottom-start" shadow="md" withArrow>
      <Popover.Target>
        <Button variant="light" data-testid="publication-note-toggle">
          {t('publish.noteShown', { label })}
        </Button>
      </Popover.Target>
      <Popover.Dropdown data-testid="publication-note">
        <Text size="sm" fw={600} mb={4}>
          {t('publish.noteShown', { label })}
        </Text>
        <ScrollArea.Autosize mah={320} type="auto">
          <Text size="sm" style={{ whiteSpace: 'pre-line' }} data-testid="publication-note-text">
            {note}
          </Text>
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
};
