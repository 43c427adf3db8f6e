import { Button, EmptyState } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export const NotAllowedPage = () => {
  const { t } = useTranslation();
  return (
    <EmptyState
      title={t('notAllowed.title')}
      description={t('notAllowed.description')}
      mt="xl"
      data-testid="not-allowed"
    >
      <Button component={Link} to="/" variant="light">
        {t('common.backHome')}
      </Button>
    </EmptyState>
  );
};
