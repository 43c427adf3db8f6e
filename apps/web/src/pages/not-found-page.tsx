import { Button, EmptyState } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export const NotFoundPage = () => {
  const { t } = useTranslation();
  return (
    <EmptyState title={t('notFound.title')} description={t('notFound.description')} mt="xl">
      <Button component={Link} to="/" variant="light">
        {t('common.backHome')}
      </Button>
    </EmptyState>
  );
};
