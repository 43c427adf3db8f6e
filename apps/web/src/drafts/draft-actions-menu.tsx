import { Menu } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionsMenu } from '../common/actions-menu';
import { useWordDocument, type WordDocument } from './word-document-button';

/**
 * The draft page's actions on a phone, all in one menu: as buttons they took a row of their own
 * under the title (76 px with Word document and Compare versions) and pushed the text down.
 * The download is held here, not in its item, which the menu drops once closed: the button spins
 * until the document is saved.
 */
export const DraftActionsMenu = ({ wordDocument, items }: { wordDocument: WordDocument; items: ReactNode }) => {
  const { t } = useTranslation();
  const { download, loading } = useWordDocument(wordDocument);
  return (
    <ActionsMenu label={t('drafts.actionsMenu')} testId="draft-more" busy={loading}>
      <Menu.Item onClick={download} disabled={loading} title={wordDocument.title} data-testid={wordDocument.testId}>
        {wordDocument.label}
      </Menu.Item>
      {items}
    </ActionsMenu>
  );
};
