import { Badge, Tooltip } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useSocket, type SocketStatus } from '../socket/socket-context';

const COLORS: Record<SocketStatus, string> = {
  connected: 'teal',
  connecting: 'yellow',
  reconnecting: 'orange',
  offline: 'gray',
};

/** Live link state; `data-state` lets tests wait for "connected" without reading the label. */
export const SocketIndicator = () => {
  const { t } = useTranslation();
  const { status, latencyMs, catchingUp } = useSocket();
  // Beside the brand and the bell on a phone, the large badge was cut ("EN DIR…" in Spanish).
  const phone = useMediaQuery('(max-width: 30em)', undefined, { getInitialValueInEffect: false });
  // Connected but still replaying what was missed: not yet "live" for the reader.
  const shown = status === 'connected' && catchingUp ? 'catchingUp' : status;
  const label = t(`socket.status.${shown}`);
  const detail = status === 'connected' && latencyMs !== null ? t('socket.latency', { ms: String(latencyMs) }) : label;
  return (
    <Tooltip label={detail} withArrow>
      <Badge
        data-testid="socket-status"
        data-state={status}
        data-catching-up={catchingUp ? 'true' : undefined}
        role="status"
        aria-live="polite"
        color={shown === 'catchingUp' ? 'blue' : COLORS[status]}
        variant="dot"
        size={phone ? 'md' : 'lg'}
        style={{ flexShrink: 0 }}
        tabIndex={0}
      >
        {label}
      </Badge>
    </Tooltip>
  );
};
