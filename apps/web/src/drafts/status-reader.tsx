import type { DraftVersion, Paragraph, ParagraphStatus, ParagraphStatusList, Round } from '@concordia/contracts';
import { Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/endpoints';
import { useParagraphStatuses } from '../api/list-queries';
import { useMe } from '../auth/auth-context';
import { canSetParagraphStatus } from '../auth/permissions';
import { ErrorAlert, useErrorMessage } from '../common/error-alert';
import type { QueryState } from '../common/use-api-query';
import { useSteadyCallback } from '../common/use-steady-callback';
import { bareNumber } from './document-rows';
import { DraftDocument, type ScrollRequest } from './draft-document';
import { ParagraphStatusCell, type StatusCell } from './paragraph-status';

interface StatusReaderProps {
  title: string;
  version: DraftVersion;
  /** The round whose paragraph statuses are shown; none shows the bare text. */
  round: Round | null;
  /** Passed to the document: the annotation layer's highlights and per-paragraph badges. */
  paragraphText?: (paragraph: Paragraph) => ReactNode;
  paragraphClass?: (paragraph: Paragraph) => string | undefined;
  asideExtra?: (paragraph: Paragraph) => ReactNode;
  /** A paragraph.status event of the round arrived: the list is reloaded. */
  statusesChangedAt?: number;
  /** A paragraph to bring into view (a notification's link or a Find result names it). */
  scrollTo?: ScrollRequest | null;
  /** The round's statuses when the page loads them itself (the reading page counts their changes); else loaded here. */
  statuses?: QueryState<ParagraphStatusList>;
  /** Only these paragraphs are drawn; the masthead still counts the version's. */
  only?: ReadonlySet<string> | null;
  /**
   * Draws a paragraph's whole row (the reading page's memoised rows) with what its status cell
   * needs: plain values and one steady setter, so an unchanged row can be skipped.
   */
  paragraphRow?: (paragraph: Paragraph, found: boolean, status: StatusCell) => ReactNode;
}

/** The document with each paragraph's status in the chosen round; the round's chair can set it. */
export const StatusReader = ({
  title,
  version,
  round,
  paragraphText,
  paragraphClass,
  asideExtra,
  statusesChangedAt,
  scrollTo,
  statuses: given,
  only,
  paragraphRow,
}: StatusReaderProps) => {
  const { t } = useTranslation();
  const me = useMe();
  const errorMessage = useErrorMessage();
  const loaded = useParagraphStatuses(given ? null : (round?.id ?? null));
  const statuses = given ?? loaded;
  // Statuses set here, shown at once without reloading the whole list.
  const [changed, setChanged] = useState<Record<string, ParagraphStatus>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const [shownRound, setShownRound] = useState(round?.id);
  if (shownRound !== round?.id) {
    setShownRound(round?.id);
    setChanged({});
  }

  const [seenChange, setSeenChange] = useState(statusesChangedAt);
  if (seenChange !== statusesChangedAt) {
    setSeenChange(statusesChangedAt);
    setChanged({});
    // Statuses the page gave are reloaded by the page (no update of it while this renders).
    loaded.reload();
  }

  const known = new Map((statuses.data?.items ?? []).map((entry) => [entry.key, entry.status] as const));
  const statusOf = (key: string): ParagraphStatus | undefined => changed[key] ?? known.get(key);
  const chairs = round !== null && canSetParagraphStatus(me, round) && round.status !== 'concluded';

  const set = useSteadyCallback((paragraph: Paragraph, status: ParagraphStatus) => {
    if (!round) return;
    const { key } = paragraph;
    const number = bareNumber(paragraph.number);
    setBusy(key);
    api.rounds
      .setParagraphStatus(round.id, key, { status })
      .then(() => {
        setChanged((previous) => ({ ...previous, [key]: status }));
        notifications.show({
          color: 'teal',
          message: t('paragraphStatus.saved', { number, status: t(`paragraphStatus.${status}`) }),
        });
      })
      .catch((caught: unknown) =>
        notifications.show({ color: 'red', title: t('paragraphStatus.failed'), message: errorMessage(caught) }),
      )
      .finally(() => setBusy(null));
  });
  const cellOf = (paragraph: Paragraph): StatusCell => ({
    status: statusOf(paragraph.key),
    busy: busy === paragraph.key,
    chairs,
    onStatus: set,
  });

  return (
    <>
      <ErrorAlert error={statuses.error} />
      <DraftDocument
        title={title}
        version={version}
        paragraphText={paragraphText}
        paragraphClass={paragraphClass}
        scrollTo={scrollTo}
        only={only}
        paragraphRow={paragraphRow && ((paragraph, found) => paragraphRow(paragraph, found, cellOf(paragraph)))}
        aside={
          round
            ? (paragraph) => {
                const badge = <ParagraphStatusCell paragraph={paragraph} {...cellOf(paragraph)} />;
                const extra = asideExtra?.(paragraph);
                if (!extra) return chairs || statusOf(paragraph.key) ? badge : null;
                return (
                  <Stack gap={4} align="flex-end">
                    {badge}
                    {extra}
                  </Stack>
                );
              }
            : undefined
        }
      />
    </>
  );
};
