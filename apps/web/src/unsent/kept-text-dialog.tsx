import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { type ReactNode, useMemo, useState } from 'react';
import { z } from 'zod';
import { RestoredNotice } from './restored-notice';
import { useKeepWhileWriting, useUnsentText } from './use-unsent-text';

export interface KeptTextDialogProps {
  /** Where the text is kept (see unsent-places): the same place opened again finds it. */
  place: string;
  /**
   * The name the text is kept under in this browser. Each dialog keeps the name it had before
   * they shared this component, so text written before an update still comes back.
   */
  keptAs: string;
  title: string;
  label: string;
  description?: string;
  submitLabel: string;
  minRows: number;
  maxLength: number;
  textTestId: string;
  submitTestId: string;
  busy: boolean;
  /** Resolves true once the text has done its work: only then is the kept copy dropped. */
  onSubmit: (text: string) => Promise<boolean>;
  onClose: () => void;
  /** What the text is about, shown above it. */
  children?: ReactNode;
}

/**
 * A dialog that asks for one text (a reason, a statement) before a grave step. Closing it, a
 * reload or its opener leaving the page loses nothing: the text is kept in this browser and comes
 * back when the same dialog is opened on the same thing again.
 */
export const KeptTextDialog = ({
  place,
  keptAs,
  title,
  label,
  description,
  submitLabel,
  minRows,
  maxLength,
  textTestId,
  submitTestId,
  busy,
  onSubmit,
  onClose,
  children,
}: KeptTextDialogProps) => {
  const schema = useMemo(() => z.object({ [keptAs]: z.string() }), [keptAs]);
  const unsent = useUnsentText(place, schema);
  const [text, setText] = useState(unsent.restored?.[keptAs] ?? '');
  useKeepWhileWriting(unsent, text.trim() !== '' ? { [keptAs]: text } : null);

  return (
    <Modal opened onClose={onClose} title={title} centered>
      <Stack>
        {children}
        <RestoredNotice
          shown={unsent.noticeShown}
          onDiscard={() => {
            unsent.clear();
            setText('');
          }}
        />
        <Textarea
          label={label}
          description={description}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          autosize
          minRows={minRows}
          maxLength={maxLength}
          data-testid={textTestId}
        />
        <Group justify="flex-end">
          <Button
            color="red"
            loading={busy}
            disabled={text.trim() === ''}
            onClick={() =>
              void onSubmit(text).then((done) => {
                if (done) unsent.clear();
              })
            }
            data-testid={submitTestId}
          >
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};
