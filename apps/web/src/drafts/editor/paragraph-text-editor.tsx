import { PARAGRAPH_TEXT_MAX } from '@concordia/contracts';
import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from './editor-context';
import { splitOffset } from './operations';
import type { Slot, Unsaved } from './unsaved-texts';

interface ParagraphTextEditorProps {
  slot: Slot;
  unsaved: Unsaved;
  /** The paragraph's saved text now; absent for a new paragraph. */
  current?: string;
  label: string;
  onSave: (text: string) => void;
  /** Splits the saved text at the caret; only offered for an existing, unchanged paragraph. */
  onSplit?: (at: number) => void;
}

/**
 * Edits one paragraph's text. When someone else saved the same paragraph meanwhile, the current
 * text is shown above the user's own and saving waits until the user chose: keep their text (it
 * will replace the current one) or start again from the current text.
 */
export const ParagraphTextEditor = ({ slot, unsaved, current, label, onSave, onSplit }: ParagraphTextEditorProps) => {
  const { t } = useTranslation();
  const editor = useEditor();
  const area = useRef<HTMLTextAreaElement>(null);
  const movedOn = current !== undefined && current !== unsaved.base;
  const blank = unsaved.text.trim() === '';
  const unchanged = current !== undefined && unsaved.text === current;

  const split = () => {
    const at = splitOffset(unsaved.text, area.current?.selectionStart ?? 0);
    if (at !== null) onSplit?.(at);
  };

  return (
    <Stack gap="xs" className="paragraph-editor">
      {movedOn && (
        <Alert color="orange" variant="light" title={t('editor.changedMeanwhile')} data-testid="paragraph-moved-on">
          <Text size="sm" mb="xs">
            {t('editor.changedMeanwhileHint')}
          </Text>
          <Text size="sm" className="current-text" data-testid="paragraph-current-text">
            {current}
          </Text>
          <Group gap="xs" mt="xs">
            <Button size="xs" variant="default" onClick={() => editor.rebase(slot, current)} data-testid="keep-mine">
              {t('editor.keepMine')}
            </Button>
            <Button size="xs" variant="default" onClick={() => editor.open(slot, current)} data-testid="take-current">
              {t('editor.takeCurrent')}
            </Button>
          </Group>
        </Alert>
      )}
      <Textarea
        ref={area}
        aria-label={label}
        autosize
        minRows={3}
        maxLength={PARAGRAPH_TEXT_MAX}
        value={unsaved.text}
        onChange={(event) => editor.change(slot, event.currentTarget.value)}
        error={blank ? t('editor.textRequired') : undefined}
        data-testid="paragraph-editor"
        data-autofocus
        autoFocus
      />
      <Group gap="xs">
        <Button
          size="xs"
          onClick={() => onSave(unsaved.text)}
          disabled={blank || unchanged || movedOn}
          loading={editor.pending}
          data-testid="paragraph-save"
        >
          {t('editor.save')}
        </Button>
        {onSplit && (
          <Button
            size="xs"
            variant="default"
            onClick={split}
            disabled={!unchanged || editor.pending}
            title={unchanged ? t('editor.splitHint') : t('editor.splitSaveFirst')}
            data-testid="paragraph-split"
          >
            {t('editor.splitAtCursor')}
          </Button>
        )}
        <Button
          size="xs"
          variant="subtle"
          color="gray"
          onClick={() => editor.close(slot)}
          data-testid="paragraph-cancel"
        >
          {t('editor.cancel')}
        </Button>
      </Group>
    </Stack>
  );
};
