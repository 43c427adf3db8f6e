import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LiveState } from './use-round-live';

const COLORS: Record<LiveState, string> = {
  live: 'teal',
  'catching-up': 'blue',
  reconnecting: 'orange',
  offline: 'gray',
};

/** The round's live link, beside the text: reconnecting and catching up are told apart. */
export const LiveIndicator = ({ state, size = 'lg' }: { state: LiveState; size?: 'md' | 'lg' }) => {
  const { t } = useTranslation();
  return (
    <Tooltip label={t('annotations.live.hint')} withArrow>
      <Badge
        data-testid="live-status"
        data-state={state}
        role="status"
        aria-live="polite"
        color={COLORS[state]}
        variant="dot"
        size={size}
        tabIndex={0}
      >
        {t(`annotations.live.${state}`)}
      </Badge>
    </Tooltip>
  );
};
