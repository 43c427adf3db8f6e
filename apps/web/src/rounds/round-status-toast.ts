import type { RoundStatus } from '@concordia/contracts';
import { notifications } from '@mantine/notifications';

/**
 * "The round is now closed." once per change: the chair's own answer and the live event of the
 * same change share an id, so whichever comes second adds nothing while the first is shown.
 */
export const showRoundStatus = (roundId: string, status: RoundStatus, message: string): void => {
  notifications.show({ id: `round-status:${roundId}:${status}`, color: 'teal', message });
};
