import type { PublicRound } from '@concordia/contracts';
import { Alert, Anchor, Box, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../api/api-error';
import { PublicHeader } from '../auth/public-layout';
import { RoundStatusBadge } from '../common/badges';
import { ErrorAlert } from '../common/error-alert';
import { useFormatters } from '../common/format';
import { SectionLoader } from '../common/loading';
import { serverNow } from '../common/server-clock';
import { useApiQuery } from '../common/use-api-query';
import { useRefreshWhileSeen } from '../common/use-refresh-while-seen';
import { useAcceptsInput } from '../rounds/use-accepts-input';
import { DraftDocument, type ScrollRequest } from '../drafts/draft-document';
import { bareNumber } from '../drafts/document-rows';
import { PublicationNote } from '../drafts/publication-note';
import { publicRoundsApi } from './public-rounds-api';
import { PublicParagraph, PublicThreadList } from './public-thread-list';
import { threadsByParagraph } from '../annotations/annotation-rules';

/**
 * A public round as anyone reads it, without an account: the text under discussion with each
 * paragraph's status and, under it, the comments made in the round, attributed to delegations.
 * Visitors have no live link (sockets need an account): the page reloads while it is seen, in
 * place, and says when it was last updated.
 */
export const PublicRoundPage = () => {
  const { t } = useTranslation();
  const { roundId = '' } = useParams();
  const query = useApiQuery(`public-round:${roundId}`, (signal) => publicRoundsApi.round(roundId, signal));
  const missing = isApiError(query.error) && query.error.status === 404;
  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);
  useEffect(() => {
    if (query.data !== undefined) setUpdatedAt(new Date(serverNow()));
  }, [query.data]);
  // A concluded round's record does not change any more.
  useRefreshWhileSeen(query.reload, query.data?.status !== 'concluded');
  // Once a reload has failed, the text shown stays: the line under the title says it may be behind.
  const behind = query.error !== undefined && query.data !== undefined;
  return (
    <Box className="public-page">
      <PublicHeader>
        <Anchor component={Link} to="/login" data-testid="public-sign-in">
          {t('publicRound.signIn')}
        </Anchor>
      </PublicHeader>
      <Container size="lg" pb="xl" component="main" id="main">
        {missing ? (
          <Alert color="gray" title={t('publicRound.notFoundTitle')} data-testid="public-round-missing">
            {t('publicRound.notFound')}
          </Alert>
        ) : (
          !behind && <ErrorAlert error={query.error} />
        )}
        {query.loading && query.data === undefined && <SectionLoader />}
        {query.data !== undefined && !missing && (
          <PublicRoundView round={query.data} updatedAt={updatedAt} behind={behind} />
        )}
      </Container>
    </Box>
  );
};

const PublicRoundView = ({
  round,
  updatedAt,
  behind,
}: {
  round: PublicRound;
  updatedAt: Date | null;
  behind: boolean;
}) => {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const threads = useMemo(() => threadsByParagraph(round.annotations, round.version.id), [round]);
  const [scrollTo, setScrollTo] = useState<ScrollRequest | null>(null);
  // The server names it only while the round is open; the paragraph is looked up in the text shown.
  const considered = useMemo(
    () =>
      round.version.sections.flatMap((s) => s.paragraphs).find((p) => p.key === round.paragraphUnderConsideration) ??
      null,
    [round],
  );
  // "Open until" turns to the window at the closing time itself, as comments stop then.
  const open = useAcceptsInput(round);
  const time = updatedAt
    ? new Intl.DateTimeFormat(i18n.resolvedLanguage ?? i18n.language, { timeStyle: 'short' }).format(updatedAt)
    : '';
  return (
    <Stack gap="lg">
      <header>
        <Text c="dimmed" size="sm">
          {round.processTitle}
        </Text>
        <Group gap="sm" align="center">
          <Title order={1} size="h2" data-testid="public-round-name">
            {round.name}
          </Title>
          <RoundStatusBadge status={round.status} />
        </Group>
        <Text size="sm" mt={4} data-testid="public-round-window">
          {open
            ? t('publicRound.openUntil', { date: format.deadline(round.closesAt) })
            : t('publicRound.window', { range: format.range(round.opensAt, round.closesAt) })}
        </Text>
        {round.delegations.length > 0 && (
          <Text size="sm" c="dimmed" mt={4}>
            {t('publicRound.delegations', { names: round.delegations.join(', ') })}
          </Text>
        )}
        {considered && (
          <Anchor
            component="button"
            type="button"
            size="sm"
            fw={600}
            mt={4}
            onClick={() => setScrollTo({ key: considered.key })}
            data-testid="public-consideration"
            data-key={considered.key}
          >
            {t('session.consideration.current', { number: bareNumber(considered.number) })}
          </Anchor>
        )}
        <Text size="sm" mt="xs">
          {t('publicRound.readOnly')}
        </Text>
        {updatedAt && (
          <Text
            size="xs"
            c={behind ? 'orange' : 'dimmed'}
            mt={4}
            data-testid="public-round-updated"
            data-updated-at={updatedAt.toISOString()}
          >
            {t(behind ? 'publicRound.refreshFailed' : 'publicRound.updatedAt', { time })}
          </Text>
        )}
      </header>
      {round.version.note && <PublicationNote label={round.version.label} note={round.version.note} />}
      <DraftDocument
        title={round.draftTitle}
        version={round.version}
        titleOrder={2}
        scrollTo={scrollTo}
        renderRow={(row) =>
          row.kind === 'section' ? (
            row.section.heading ? (
              <h3 className="draft-section-heading" id={`section-${row.section.key}`}>
                {row.section.heading}
              </h3>
            ) : null
          ) : (
            <PublicParagraph
              paragraph={row.paragraph}
              status={round.paragraphStatuses[row.paragraph.key] ?? 'open'}
              threads={threads.byParagraph.get(row.paragraph.key) ?? []}
              considered={row.paragraph.key === considered?.key}
            />
          )
        }
      />
      {threads.orphaned.length > 0 && (
        <Box component="section" aria-labelledby="public-orphaned" data-testid="public-orphaned">
          <Title order={2} size="h4" id="public-orphaned">
            {t('publicRound.orphanedTitle')}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t('annotations.orphaned.hint')}
          </Text>
          <PublicThreadList threads={threads.orphaned} />
        </Box>
      )}
    </Stack>
  );
};
