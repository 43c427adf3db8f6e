import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

interface ConfirmDialogProps {
  opened: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  /** Red for what takes something away (the default); another colour for what only starts something. */
  confirmColor?: string;
  /** Leaves things as they were; the safe choice, so it takes the focus first. */
  keepLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  testId: string;
  /** What the action needs asked besides the yes (a field); confirming waits for `confirmDisabled` to clear. */
  children?: ReactNode;
  confirmDisabled?: boolean;
}

/** Asks before an action that cannot be undone, or that tells others at once. */
export const ConfirmDialog = ({
  opened,
  title,
  body,
  confirmLabel,
  confirmColor = 'red',
  keepLabel,
  onConfirm,
  onClose,
  testId,
  children,
  confirmDisabled = false,
}: ConfirmDialogProps) => (
  <Modal opened={opened} onClose={onClose} title={title} centered data-testid={testId}>
    <Stack>
      <Text size="sm">{body}</Text>
      {children}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose} data-autofocus data-testid={`${testId}-keep`}>
          {keepLabel}
        </Button>
        <Button
          color={confirmColor}
          disabled={confirmDisabled}
          onClick={() => {
            onClose();
            onConfirm();
          }}
          data-testid={`${testId}-confirm`}
        >
          {confirmLabel}
        </Button>
      </Group>
    </Stack>
  </Modal>
);
