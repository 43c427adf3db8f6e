import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionSummary } from './version-options';

/**
 * A version's name for people: its label once published; the unpublished one is "the working
 * version" in the reader's language, whatever placeholder label the server gives it.
 */
export const useVersionLabel = (): ((version: Pick<VersionSummary, 'label' | 'status'>) => string) => {
  const { t } = useTranslation();
  return useCallback((version) => (version.status === 'working' ? t('drafts.workingVersion') : version.label), [t]);
};
