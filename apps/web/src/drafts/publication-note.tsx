import { Blockquote, Spoiler, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Taller than this, a note folds: the text under discussion stays near the top of the page. */
const FOLDED_HEIGHT_PX = 120;

/** The secretariat's note circulated with a published version, above its text. */
export const PublicationNote = ({ label, note }: { label: string; note: string }) => {
  const { t } = useTranslation();
  return (
    <Blockquote
      p="sm"
      color="gray"
      data-testid="publication-note"
      component="section"
      aria-label={t('publish.noteShown', { label })}
    >
      <Text size="sm" fw={600} mb={4}>
        {t('publish.noteShown', { label })}
      </Text>
      <Spoiler maxHeight={FOLDED_HEIGHT_PX} showLabel={t('publish.showMore')} hideLabel={t('publish.showLess')}>
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {note}
        </Text>
      </Spoiler>
    </Blockquote>
  );
};
