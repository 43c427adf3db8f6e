import { Button } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CarryForwardReport } from '../annotations/carry-forward-report';
import { clickAction, HeaderActions, linkAction, type SecondaryAction } from '../common/header-actions';
import { DraftActionsMenu } from './draft-actions-menu';
import type { VersionSummary } from './version-options';
import { WordDocumentButton, type WordDocument } from './word-document-button';

interface DraftActionsProps {
  draftId: string;
  /** The draft page's path, for the comparison page. */
  base: string;
  /** Published versions, oldest first. */
  published: readonly VersionSummary[];
  /** The Word document of the version on screen (none while the draft has no version). */
  wordDocument: WordDocument | undefined;
  canCompare: boolean;
  /** The secretariat's carry-forward report (two published versions or more). */
  canReport: boolean;
  /** The secretariat's way back to the working version, from a published one. */
  onEditWorking: (() => void) | null;
  /** On a phone: every action in one menu (DraftActionsMenu), for the way back's line. */
  menuOnly: boolean;
}

/**
 * The draft page's actions, on the title's line. Four buttons (the secretariat's, in French: some
 * 850 px) took a row of their own under the title and pushed the text below the fold at 1280×720;
 * so the Word document and the secretariat's way to the working version stay buttons, and the
 * comparison and the carry-forward report go under More when all do not fit in two. A delegate's
 * two (Word, Compare) stay as they were. On a phone, where even two took a row, all go in one menu.
 */
export const DraftActions = ({
  draftId,
  base,
  published,
  wordDocument,
  canCompare,
  canReport,
  onEditWorking,
  menuOnly,
}: DraftActionsProps) => {
  const { t } = useTranslation();
  const [reportOpened, setReportOpened] = useState(false);
  const openReport = () => setReportOpened(true);

  const secondary: SecondaryAction[] = [];
  if (canCompare) secondary.push(linkAction('compare', `${base}/compare`, t('compare.open'), 'compare-open'));
  if (canReport) {
    secondary.push(clickAction('report', t('annotations.carryForward.open'), 'carry-forward-open', openReport));
  }

  const report = canReport && (
    <CarryForwardReport
      draftId={draftId}
      versions={published}
      opened={reportOpened}
      onClose={() => setReportOpened(false)}
    />
  );

  if (menuOnly) {
    // Every action needs a version, whose Word document comes first: none, no menu.
    if (!wordDocument) return null;
    const edit = onEditWorking && clickAction('edit', t('editor.openWorking'), 'edit-working', onEditWorking);
    return (
      <>
        <DraftActionsMenu
          wordDocument={wordDocument}
          items={[...secondary, ...(edit ? [edit] : [])].map((action) => (
            <Fragment key={action.key}>{action.item}</Fragment>
          ))}
        />
        {report}
      </>
    );
  }

  const edit = onEditWorking && (
    <Button onClick={onEditWorking} data-testid="edit-working">
      {t('editor.openWorking')}
    </Button>
  );
  return (
    <HeaderActions
      leading={[wordDocument && <WordDocumentButton {...wordDocument} />]}
      secondary={secondary}
      trailing={[edit]}
      moreTestId="draft-more"
    >
      {report}
    </HeaderActions>
  );
};
