import { SECTION_HEADING_MAX, type Section } from '@concordia/contracts';
import { Button, Card, Group, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from './editor-context';

const FIRST = '__first__';

/** A new section, placed after a chosen one (by default at the end of the text). */
export const AddSectionForm = ({ sections, onDone }: { sections: readonly Section[]; onDone: () => void }) => {
  const { t } = useTranslation();
  const editor = useEditor();
  const [heading, setHeading] = useState('');
  const [after, setAfter] = useState<string>(sections.at(-1)?.key ?? FIRST);

  const add = () =>
    editor.run(
      { type: 'add_section', afterSectionKey: after === FIRST ? null : after, heading: heading.trim() },
      undefined,
      onDone,
    );

  return (
    <Card withBorder padding="sm" mb="md" data-testid="add-section-form">
      <Group align="flex-end" gap="sm">
        <TextInput
          label={t('editor.sectionHeading')}
          value={heading}
          maxLength={SECTION_HEADING_MAX}
          onChange={(event) => setHeading(event.currentTarget.value)}
          required
          autoFocus
          w={300}
          data-testid="add-section-heading"
        />
        <Select
          label={t('editor.placeAfter')}
          data={[
            { value: FIRST, label: t('editor.atTheStart') },
            ...sections.map((s) => ({ value: s.key, label: s.heading || t('editor.untitledSection') })),
          ]}
          value={after}
          onChange={(value) => setAfter(value ?? FIRST)}
          allowDeselect={false}
          w={260}
        />
        <Button
          onClick={add}
          disabled={heading.trim() === ''}
          loading={editor.pending}
          data-testid="add-section-submit"
        >
          {t('editor.addSection')}
        </Button>
        <Button variant="subtle" color="gray" onClick={onDone}>
          {t('editor.cancel')}
        </Button>
      </Group>
    </Card>
  );
};
