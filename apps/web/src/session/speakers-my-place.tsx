import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The viewer's own request on the card above the text once it is not the next one: the card names
 * only the next speaker, so a delegation waiting third saw no sign of its request there, and its
 * "Withdraw" was only in the whole queue, behind "N waiting".
 */
export const SpeakersMyPlace = ({ position, children }: { position: number; children: ReactNode }) => {
  const { t } = useTranslation();
  return (
    <span className="speakers-my-place" data-testid="speakers-my-place">
      <Text component="span" size="sm" fw={600}>
        {t('session.speakers.yourPlace', { position: String(position) })}
      </Text>
      {children}
    </span>
  );
};
