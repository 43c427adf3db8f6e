import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The way into the console from a round, for its chair. */
export const ConsoleLink = ({ processId, roundId }: { processId: string; roundId: string }) => {
  const { t } = useTranslation();
  return (
    <Button
      variant="light"
      component={Link}
      to={`/processes/${processId}/rounds/${roundId}/console`}
      data-testid="round-console"
    >
      {t('session.console.open')}
    </Button>
  );
};
