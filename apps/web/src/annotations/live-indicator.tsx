import { Badge, Tooltip, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LiveState } from './use-round-live';

const COLORS: Record<LiveState, string> = {
  live: 'teal',
  'catching-up': 'blue',
  reconnecting: 'orange',
  offline: 'gray',
};

/**
 * The round's live link, beside the text: reconnecting and catching up are told apart. `dotWhenLive`
 * (a phone, where the header's badge says the app is live) draws a link that works as its dot
 * alone, its words left to screen readers and the tooltip: they cost the silence card its line.
 */
export const LiveIndicator = ({
  state,
  size = 'lg',
  dotWhenLive = false,
}: {
  state: LiveState;
  size?: 'md' | 'lg';
  dotWhenLive?: boolean;
}) => {
  const { t } = useTranslation();
  const words = t(`annotations.live.${state}`);
  const dotOnly = dotWhenLive && state === 'live';
  return (
    <Tooltip label={dotOnly ? `${words}. ${t('annotations.live.hint')}` : t('annotations.live.hint')} withArrow>
      <Badge
        data-testid="live-status"
        data-state={state}
        role="status"
        aria-live="polite"
        color={COLORS[state]}
        variant="dot"
        size={size}
        tabIndex={0}
        className={dotOnly ? 'live-dot' : undefined}
      >
        {dotOnly ? <VisuallyHidden>{words}</VisuallyHidden> : words}
      </Badge>
    </Tooltip>
  );
};
