import { type Paragraph, paragraphStatusSchema, type ParagraphStatus } from '@concordia/contracts';
import { Badge, Menu, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { bareNumber } from './document-rows';

const COLORS: Record<ParagraphStatus, string> = {
  open: 'gray',
  bracketed: 'orange',
  agreed_ad_referendum: 'cyan',
  agreed: 'teal',
};

export const ParagraphStatusBadge = ({ status }: { status: ParagraphStatus }) => {
  const { t } = useTranslation();
  return (
    <Badge
      color={COLORS[status]}
      variant={status === 'agreed' ? 'filled' : 'light'}
      miw="max-content"
      data-testid="paragraph-status"
      data-status={status}
    >
      {t(`paragraphStatus.${status}`)}
    </Badge>
  );
};

interface ParagraphStatusControlProps {
  number: string;
  status: ParagraphStatus;
  busy: boolean;
  onChange: (status: ParagraphStatus) => void;
}

/** The chair's control: the badge itself opens the list of statuses. */
export const ParagraphStatusControl = ({ number, status, busy, onChange }: ParagraphStatusControlProps) => {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton
          aria-label={t('paragraphStatus.change', { number, status: t(`paragraphStatus.${status}`) })}
          disabled={busy}
          data-testid="paragraph-status-control"
          style={{ opacity: busy ? 0.6 : 1 }}
        >
          <ParagraphStatusBadge status={status} />
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('paragraphStatus.setLabel')}</Menu.Label>
        {paragraphStatusSchema.options.map((option) => (
          <Menu.Item
            key={option}
            onClick={() => option !== status && onChange(option)}
            data-testid={`paragraph-status-${option}`}
            aria-current={option === status ? 'true' : undefined}
            fw={option === status ? 700 : undefined}
          >
            {t(`paragraphStatus.${option}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
};

/** What a paragraph's status cell needs: plain values and one steady setter for every paragraph. */
export interface StatusCell {
  /** Unknown until the round's statuses are loaded. */
  status: ParagraphStatus | undefined;
  /** The status being set is this paragraph's. */
  busy: boolean;
  /** The reader chairs the round: the control, not the badge. */
  chairs: boolean;
  onStatus: (paragraph: Paragraph, status: ParagraphStatus) => void;
}

/** Beside a paragraph: the chair's control, its status, or nothing while the status is unknown. */
export const ParagraphStatusCell = ({
  paragraph,
  status,
  busy,
  chairs,
  onStatus,
}: StatusCell & { paragraph: Paragraph }) =>
  chairs ? (
    <ParagraphStatusControl
      number={bareNumber(paragraph.number)}
      status={status ?? 'open'}
      busy={busy}
      onChange={(next) => onStatus(paragraph, next)}
    />
  ) : status ? (
    <ParagraphStatusBadge status={status} />
  ) : null;
