import { Button, Group, Menu } from '@mantine/core';
import { Fragment, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CarryForwardReport } from '../annotations/carry-forward-report';
import type { VersionSummary } from './version-options';

/** At most this many buttons beside the title; further actions go into the "More" menu. */
const VISIBLE_BUTTONS = 2;

interface DraftActionsProps {
  draftId: string;
  /** The draft page's path, for the comparison page. */
  base: string;
  /** Published versions, oldest first. */
  published: readonly VersionSummary[];
  /** The Word document of the version on screen, when it is loaded. */
  wordDocument: ReactNode;
  canCompare: boolean;
  /** The secretariat's carry-forward report (two published versions or more). */
  canReport: boolean;
  /** The secretariat's way back to the working version, from a published one. */
  onEditWorking: (() => void) | null;
}

interface SecondaryAction {
  key: string;
  button: ReactNode;
  item: ReactNode;
}

/**
 * The draft page's actions, on the title's line. Four buttons (the secretariat's, in French: some
 * 850 px) took a row of their own under the title and pushed the text below the fold at 1280×720;
 * so the Word document and the secretariat's way to the working version stay buttons, and what
 * does not fit in two goes into a menu. A delegate's two (Word, Compare) stay as they were.
 */
export const DraftActions = ({
  draftId,
  base,
  published,
  wordDocument,
  canCompare,
  canReport,
  onEditWorking,
}: DraftActionsProps) => {
  const { t } = useTranslation();
  const [reportOpened, setReportOpened] = useState(false);
  const openReport = () => setReportOpened(true);

  const secondary: SecondaryAction[] = [];
  if (canCompare) {
    secondary.push({
      key: 'compare',
      button: (
        <Button variant="default" component={Link} to={`${base}/compare`} data-testid="compare-open">
          {t('compare.open')}
        </Button>
      ),
      item: (
        <Menu.Item component={Link} to={`${base}/compare`} data-testid="compare-open">
          {t('compare.open')}
        </Menu.Item>
      ),
    });
  }
  if (canReport) {
    secondary.push({
      key: 'report',
      button: (
        <Button variant="default" onClick={openReport} data-testid="carry-forward-open">
          {t('annotations.carryForward.open')}
        </Button>
      ),
      item: (
        <Menu.Item onClick={openReport} data-testid="carry-forward-open">
          {t('annotations.carryForward.open')}
        </Menu.Item>
      ),
    });
  }

  const edit = onEditWorking && (
    <Button onClick={onEditWorking} data-testid="edit-working">
      {t('editor.openWorking')}
    </Button>
  );
  const shown = [wordDocument, edit].filter(Boolean).length;
  const inline = shown + secondary.length <= VISIBLE_BUTTONS;

  return (
    <Group gap="xs">
      {wordDocument}
      {inline
        ? secondary.map((action) => <Fragment key={action.key}>{action.button}</Fragment>)
        : secondary.length > 0 && (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button variant="default" rightSection={<span aria-hidden>▾</span>} data-testid="draft-more">
                  {t('drafts.moreActions')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {secondary.map((action) => (
                  <Fragment key={action.key}>{action.item}</Fragment>
                ))}
              </Menu.Dropdown>
            </Menu>
          )}
      {edit}
      {canReport && (
        <CarryForwardReport
          draftId={draftId}
          versions={published}
          opened={reportOpened}
          onClose={() => setReportOpened(false)}
        />
      )}
    </Group>
  );
};
