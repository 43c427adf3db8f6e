import { Button } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CarryForwardReport } from '../annotations/carry-forward-report';
import { clickAction, HeaderActions, linkAction, type SecondaryAction } from '../common/header-actions';
import type { VersionSummary } from './version-options';

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

/**
 * The draft page's actions, on the title's line. Four buttons (the secretariat's, in French: some
 * 850 px) took a row of their own under the title and pushed the text below the fold at 1280×720;
 * so the Word document and the secretariat's way to the working version stay buttons, and the
 * comparison and the carry-forward report go under More when all do not fit in two. A delegate's
 * two (Word, Compare) stay as they were.
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
  if (canCompare) secondary.push(linkAction('compare', `${base}/compare`, t('compare.open'), 'compare-open'));
  if (canReport) {
    secondary.push(clickAction('report', t('annotations.carryForward.open'), 'carry-forward-open', openReport));
  }

  const edit = onEditWorking && (
    <Button onClick={onEditWorking} data-testid="edit-working">
      {t('editor.openWorking')}
    </Button>
  );

  return (
    <HeaderActions leading={[wordDocument]} secondary={secondary} trailing={[edit]} moreTestId="draft-more">
      {canReport && (
        <CarryForwardReport
          draftId={draftId}
          versions={published}
          opened={reportOpened}
          onClose={() => setReportOpened(false)}
        />
      )}
    </HeaderActions>
  );
};
