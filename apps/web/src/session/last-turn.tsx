import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDuration } from './durations';

// Stands for the delegation's name in the translated sentence, which is then cut around it.
const NAME = '\u0000';

/**
 * "Last turn: <delegation>, <duration>". On the one-line card (`truncate`) only the delegation's
 * name gives way, capped and cut with an ellipsis, so a long name neither pushes the card onto a
 * row of its own nor hides how long the turn lasted. The whole name stays in the text for screen
 * readers, and in its title on hover.
 */
export const LastTurn = ({
  delegation,
  elapsedMs,
  truncate = false,
}: {
  delegation: string;
  elapsedMs: number;
  truncate?: boolean;
}) => {
  const { t } = useTranslation();
  const [before = '', after = ''] = t(truncate ? 'session.speakers.lastTurnShort' : 'session.speakers.lastTurn', {
    delegation: NAME,
    duration: formatDuration(elapsedMs),
  }).split(NAME);
  return (
    <Text
      size={truncate ? 'sm' : 'xs'}
      c="dimmed"
      className={truncate ? 'last-turn-line' : undefined}
      data-testid="speakers-last-turn"
    >
      {before}
      <span
        className={truncate ? 'last-turn-name' : undefined}
        title={delegation}
        data-testid="speakers-last-turn-name"
      >
        {delegation}
      </span>
      {after}
    </Text>
  );
};
