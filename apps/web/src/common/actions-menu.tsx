import { ActionIcon, Box, Menu } from '@mantine/core';
import type { ReactNode } from 'react';

interface ActionsMenuProps {
  /** The button's accessible name: it shows an icon only. */
  label: string;
  testId: string;
  /** An action the menu started is still running (a download): the button spins. */
  busy?: boolean;
  /** Menu.Item elements. */
  children: ReactNode;
}

/**
 * A page's actions as one icon button and its menu, for a line that has no room for buttons (a
 * phone's). The button is a finger's size, but it is laid out with no height of its own and
 * drawn over its line's leading: the line (and what comes under it) stays where it was.
 */
export const ActionsMenu = ({ label, testId, busy = false, children }: ActionsMenuProps) => (
  <Box h={0} display="flex" style={{ alignItems: 'center', flexShrink: 0 }}>
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="default" size="lg" aria-label={label} loading={busy} data-testid={testId}>
          <svg width="20" height="20" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true" focusable="false">
            <circle cx="12" cy="5" r="2" />
            <circle cx="12" cy="12" r="2" />
            <circle cx="12" cy="19" r="2" />
          </svg>
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>{children}</Menu.Dropdown>
    </Menu>
  </Box>
);
