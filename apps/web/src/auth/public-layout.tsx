import { Box, Container, Group, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../shell/language-switcher';

/** Frame of the pages seen before signing in: brand, language, one card. */
export const PublicLayout = ({
  title,
  children,
  width = 440,
}: {
  title: string;
  children: ReactNode;
  width?: number;
}) => {
  const { t } = useTranslation();
  return (
    <Box className="public-page">
      <PublicHeader />
      <Container size={width} py="xl" component="main" id="main">
        <Title order={1} size="h2" ta="center" mb={4}>
          {title}
        </Title>
        <Text c="dimmed" size="sm" ta="center" mb="lg">
          {t('public.tagline')}
        </Text>
        <Paper withBorder shadow="sm" p={{ base: 'md', sm: 'xl' }} radius="md">
          {children}
        </Paper>
      </Container>
    </Box>
  );
};

/**
 * The bar of the pages seen without signing in: the brand, then `children` and the language. A
 * <header> (the banner landmark), so screen-reader users find all of the page in a landmark.
 */
export const PublicHeader = ({ children }: { children?: ReactNode }) => (
  <Group component="header" justify="space-between" p="md">
    <Text fw={700} size="lg" className="brand">
      Concordia
    </Text>
    <Group gap="md">
      {children}
      <LanguageSwitcher />
    </Group>
  </Group>
);
