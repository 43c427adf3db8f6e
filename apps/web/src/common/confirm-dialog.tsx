import { Button, Group, Modal, Stack, Text } from '@mantine/core';

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
}: ConfirmDialogProps) => (
  <Modal opened={opened} onClose={onClose} title={title} centered data-testid={testId}>
    <Stack>
      <Text size="sm">{body}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose} data-autofocus data-testid={`${testId}-keep`}>
          {keepLabel}
        </Button>
        <Button
          color={confirmColor}
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
