import { Card, Group, Title } from '@mantine/core';
import type { ReactNode, Ref } from 'react';

interface CompactCardProps {
  testId: string;
  title: string;
  /** One line of status beside the title, cut to fit. */
  status: ReactNode;
  /** The card's action, at the end of the line. */
  action?: ReactNode;
  /** Under the line, when the action opens something (the chair's start form). */
  children?: ReactNode;
  /**
   * 'fill': takes the row's free width, its status cut to fit (free text: a statement may be
   * long); 'fit': as wide as its content (controls that must stay whole).
   */
  width: 'fill' | 'fit';
  /** The status names the card itself ("Silence kept: …"): the title is left to screen readers. */
  titleHidden?: boolean;
  /** Given, the title takes the focus from script (where it lands when the card's controls went). */
  titleRef?: Ref<HTMLHeadingElement>;
}

/** An idle session card above a round's text: one line, so the text starts above the fold. */
export const CompactCard = ({
  testId,
  title,
  status,
  action,
  children,
  width,
  titleHidden = false,
  titleRef,
}: CompactCardProps) => (
  <Card withBorder padding="xs" data-testid={testId} data-compact={width}>
    <Group gap="xs" wrap="nowrap" justify="space-between" className="compact-line">
      <Group gap="xs" wrap="nowrap" miw={0} className="compact-heading">
        <Title
          order={3}
          fz="sm"
          className={titleHidden ? 'visually-hidden' : 'compact-title'}
          ref={titleRef}
          tabIndex={titleRef ? -1 : undefined}
        >
          {title}
        </Title>
        {status}
      </Group>
      {/* Never squeezed: a longer status (or a longer language) is cut instead of the button's word. */}
      {action ? <div className="compact-action">{action}</div> : null}
    </Group>
    {children}
  </Card>
);
