import type { PreviewParagraph } from '@concordia/contracts';
import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bareNumber, displayNumber } from '../drafts/document-rows';
import type { PreviousParagraph } from './key-matching';

const NEW = '__new__';

const excerpt = (text: string, length = 90): string => (text.length > length ? `${text.slice(0, length)}…` : text);

interface MatchPickerProps {
  paragraph: PreviewParagraph;
  previous: PreviousParagraph[];
  /** The key the paragraph takes now (computed or corrected), null for new. */
  current: string | null;
  onChoose: (key: string | null) => void;
  /** Drops the correction, back to the computed match. */
  onRestore: () => void;
  onClose: () => void;
}

/** Corrects one paragraph's match by hand: another paragraph of the previous version, or "new". */
export const MatchPicker = ({ paragraph, previous, current, onChoose, onRestore, onClose }: MatchPickerProps) => {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<string>(current ?? NEW);
  const options = useMemo(
    () => [
      { value: NEW, label: t('imports.newParagraph') },
      ...previous.map((p) => ({ value: p.key, label: `${displayNumber(p.number)} ${excerpt(p.text)}` })),
    ],
    [previous, t],
  );
  const chosen = previous.find((p) => p.key === choice);

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      centered
      title={t('imports.correctTitle', { number: bareNumber(paragraph.number) })}
    >
      <Stack>
        <Text size="sm" className="quoted-text">
          {paragraph.text}
        </Text>
        <Select
          label={t('imports.matchWith')}
          data={options}
          value={choice}
          onChange={(value) => setChoice(value ?? NEW)}
          searchable
          limit={100}
          allowDeselect={false}
          nothingFoundMessage={t('imports.noPrevious')}
          data-testid="match-picker-select"
          comboboxProps={{ withinPortal: true }}
        />
        {chosen && (
          <Text size="sm" c="dimmed" className="quoted-text">
            {displayNumber(chosen.number)} {chosen.text}
          </Text>
        )}
        <Group justify="space-between">
          <Button variant="subtle" color="gray" onClick={onRestore}>
            {t('imports.restoreMatch')}
          </Button>
          <Group gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('editor.cancel')}
            </Button>
            <Button onClick={() => onChoose(choice === NEW ? null : choice)} data-testid="match-picker-save">
              {t('imports.useMatch')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
};
