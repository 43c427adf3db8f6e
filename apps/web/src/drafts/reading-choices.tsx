import { Button, Collapse, Group, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useId, type ReactNode } from 'react';
import { usePhoneScreen } from '../common/narrow-screen';

/**
 * The text's choices (version, the round whose statuses show, the publication note). On a phone
 * they took some 200 px above the text, which put its first paragraph below the first screen: there
 * they fold under one line saying what is shown, opened by a tap when a reader wants another.
 */
export const ReadingChoices = ({ summary, children }: { summary: string; children: ReactNode }) => {
  const phone = usePhoneScreen();
  const [opened, { toggle }] = useDisclosure(false);
  const id = useId();
  if (!phone) {
    return (
      <Group align="flex-end" gap="md">
        {children}
      </Group>
    );
  }
  return (
    <Stack gap="xs">
      <Button
        variant="default"
        fullWidth
        justify="space-between"
        rightSection={<span aria-hidden>{opened ? '▴' : '▾'}</span>}
        onClick={toggle}
        aria-expanded={opened}
        aria-controls={id}
        data-testid="reading-choices-toggle"
        styles={{ label: { overflow: 'hidden', textOverflow: 'ellipsis' } }}
      >
        {summary}
      </Button>
      <Collapse expanded={opened} id={id}>
        <Stack gap="sm">{children}</Stack>
      </Collapse>
    </Stack>
  );
};
