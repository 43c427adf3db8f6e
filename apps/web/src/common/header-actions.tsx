import { Button, Group, Menu } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** At most this many buttons beside a page's title; further actions go into the "More" menu. */
export const VISIBLE_BUTTONS = 2;

/** An action that is a button while there is room, and an item of the "More" menu otherwise. */
export interface SecondaryAction {
  key: string;
  button: ReactNode;
  item: ReactNode;
}

/** An action that follows a link, as a button or a menu item: the same words and test id either way. */
export const linkAction = (key: string, to: string, label: string, testId: string): SecondaryAction => ({
  key,
  button: (
    <Button variant="default" component={Link} to={to} data-testid={testId}>
      {label}
    </Button>
  ),
  item: (
    <Menu.Item component={Link} to={to} data-testid={testId}>
      {label}
    </Menu.Item>
  ),
});

/** An action that runs `onClick`, as a button or a menu item; while `busy` the button spins and the item is disabled. */
export const clickAction = (
  key: string,
  label: string,
  testId: string,
  onClick: () => void,
  { busy = false, title }: { busy?: boolean; title?: string } = {},
): SecondaryAction => ({
  key,
  button: (
    <Button variant="default" onClick={onClick} loading={busy} title={title} data-testid={testId}>
      {label}
    </Button>
  ),
  item: (
    <Menu.Item onClick={onClick} disabled={busy} title={title} data-testid={testId}>
      {label}
    </Menu.Item>
  ),
});

interface HeaderActionsProps {
  /** Always buttons, before the menu. */
  leading?: ReactNode[];
  /** Buttons when they all fit in VISIBLE_BUTTONS with the others, else items of the menu. */
  secondary: SecondaryAction[];
  /** Always buttons, after the menu: the page's main action ends the row. */
  trailing?: ReactNode[];
  /** Names the menu's button, for browser specs. */
  moreTestId: string;
  /** Before the buttons without counting as one (a status badge), and the dialogs the actions open. */
  children?: ReactNode;
}

/**
 * A page's actions on the title's line. Four buttons or more (in French, some 850 px) took a row
 * of their own under the title and pushed the page's content below the fold at 1280×720; so the
 * actions a page names as leading and trailing stay buttons, and the rest stay buttons only while
 * everything fits in two, going into a "More" menu otherwise.
 */
export const HeaderActions = ({ leading = [], secondary, trailing = [], moreTestId, children }: HeaderActionsProps) => {
  const { t } = useTranslation();
  const shown = [...leading, ...trailing].filter(Boolean).length;
  const inline = shown + secondary.length <= VISIBLE_BUTTONS;
  return (
    <Group gap="xs">
      {children}
      {leading.map((node, index) => (
        <Fragment key={index}>{node}</Fragment>
      ))}
      {inline
        ? secondary.map((action) => <Fragment key={action.key}>{action.button}</Fragment>)
        : secondary.length > 0 && (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button variant="default" rightSection={<span aria-hidden>▾</span>} data-testid={moreTestId}>
                  {t('common.moreActions')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {secondary.map((action) => (
                  <Fragment key={action.key}>{action.item}</Fragment>
                ))}
              </Menu.Dropdown>
            </Menu>
          )}
      {trailing.map((node, index) => (
        <Fragment key={index}>{node}</Fragment>
      ))}
    </Group>
  );
};
