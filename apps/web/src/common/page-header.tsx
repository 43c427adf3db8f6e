import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  /**
   * The description under the title and the actions, across the page's width, rather than in the
   * title's column: a list page's sentence wrapped there beside its buttons (Invitations, in
   * French, at 1280 px) and reads on one line below them.
   */
  descriptionBelow?: boolean;
}

/**
 * The title column gives way before the actions do: a long title wraps onto a second line beside
 * them, rather than the actions taking a row of their own under it (which cost the reading page
 * its first paragraph at 1280×720). Below some 24rem of title the actions still go under it.
 */
export const PageHeader = ({ title, description, actions, descriptionBelow = false }: PageHeaderProps) => {
  const text = description && (
    // A div: a description may hold a badge or other blocks, which a <p> may not contain.
    <Text c="dimmed" size="sm" component="div" data-testid="page-description">
      {description}
    </Text>
  );
  const row = (
    <Group justify="space-between" align="flex-start" mb={descriptionBelow ? 0 : 'lg'} gap="md">
      <Stack gap={4} maw={720} style={{ flex: '1 1 24rem', minWidth: 0 }}>
        <Title order={2} data-testid="page-title">
          {title}
        </Title>
        {!descriptionBelow && text}
      </Stack>
      {actions}
    </Group>
  );
  if (!descriptionBelow) return row;
  return (
    <Stack gap={4} mb="lg">
      {row}
      {text}
    </Stack>
  );
};
