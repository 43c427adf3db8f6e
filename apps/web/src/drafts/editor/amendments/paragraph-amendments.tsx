import type { Paragraph } from '@concordia/contracts';
import { Badge, Button, Collapse, Group, Stack } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bareNumber } from '../../document-rows';
import { AmendmentCard } from './amendment-card';
import { isToApply } from './amendment-state';
import { useEditorAmendments } from './amendments-context';

/** "Amendments (N)" under a paragraph of the working editor, collapsed until asked for. */
export const ParagraphAmendments = ({ paragraph }: { paragraph: Paragraph }) => {
  const { t } = useTranslation();
  const items = useEditorAmendments().of(paragraph.key);
  const [open, setOpen] = useState(false);
  const listId = useId();
  if (items.length === 0) return null;
  const toApply = items.filter(isToApply).length;
  const withdrawn = items.filter((item) => item.withdrawn && item.applied).length;

  return (
    <div className="editor-amendments" data-testid="paragraph-amendments" data-key={paragraph.key}>
      <Group gap="xs">
        <Button
          size="compact-xs"
          variant="subtle"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen((o) => !o)}
          data-testid="paragraph-amendments-toggle"
        >
          {open ? '▾ ' : '▸ '}
          {t('editor.amendments.toggle', { count: items.length })}
        </Button>
        {toApply > 0 && (
          <Badge size="sm" variant="light" color="teal" data-testid="amendments-to-apply">
            {t('editor.amendments.toApply', { count: toApply })}
          </Badge>
        )}
        {withdrawn > 0 && (
          <Badge size="sm" variant="light" color="orange" data-testid="amendments-withdrawn-applied">
            {t('editor.amendments.withdrawnApplied', { count: withdrawn })}
          </Badge>
        )}
      </Group>
      <Collapse expanded={open}>
        <Stack
          gap="xs"
          mt="xs"
          id={listId}
          role="region"
          aria-label={t('editor.amendments.listOf', { number: bareNumber(paragraph.number) })}
        >
          {open && items.map((item) => <AmendmentCard key={item.annotationId} item={item} />)}
        </Stack>
      </Collapse>
    </div>
  );
};
