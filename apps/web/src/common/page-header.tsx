import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
}

export const PageHeader = ({ title, description, actions }: PageHeaderProps) => (
  <Group justify="space-between" align="flex-start" mb="lg" gap="md">
    <Stack gap={4} maw={720}>
      <Title order={2} data-testid="page-title">
        {title}
      </Title>
      {description && (
        // A div: a description may hold a badge or other blocks, which a <p> may not contain.
        <Text c="dimmed" size="sm" component="div">
          {description}
        </Text>
      )}
    </Stack>
    {actions}
  </Group>
);
