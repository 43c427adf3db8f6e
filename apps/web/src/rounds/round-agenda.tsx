import type { AgendaOwnProposals, ParagraphStatus, Round, RoundAgenda } from '@concordia/contracts';
import { Anchor, Card, List, Text, Title } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import { type TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api/endpoints';
import { useOptionalMe } from '../auth/auth-context';
import { useFormatters } from '../common/format';
import { bareNumber } from '../drafts/document-rows';
import { canBreakSilence, myRoundDelegation } from '../session/session-permissions';
import { serverNow } from '../common/server-clock';
import { useApiQuery } from '../common/use-api-query';
import { useRefreshWhileSeen } from '../common/use-refresh-while-seen';
import { timeUntil } from './time-until';

interface Props {
  processId: string;
  round: Round;
  /** The reading page of the round's text, when the reader may open it. */
  textPath: string | null;
}

/**
 * "Waiting for you" on the home page, under the round's name: when the round closes, where its
 * paragraphs stand and what it asks of the reader now, each line a link to where it is done.
 * Nothing is shown for a scheduled round, nor when nothing waits.
 */
export const RoundAgendaList = (props: Props) => {
  const content = useRoundAgenda(props, true);
  return content && <div data-testid="round-agenda">{content}</div>;
};

/**
 * The same on the round's own page, in a card of its own, so that a head of delegation or the
 * secretariat who opens a round sees what it waits for without going back home. The closing time
 * is left out: the page's header says it.
 */
export const RoundAgendaCard = (props: Props) => {
  const { t } = useTranslation();
  const content = useRoundAgenda(props, false);
  return (
    content && (
      <Card withBorder padding="lg" data-testid="round-agenda">
        <Title order={3} size="h4" mb="sm">
          {t('rounds.standing')}
        </Title>
        {content}
      </Card>
    )
  );
};

const useRoundAgenda = ({ processId, round, textPath }: Props, withClosesIn: boolean): ReactNode => {
  const { t, i18n } = useTranslation();
  const agenda = useApiQuery(round.status === 'scheduled' ? null : `agenda:${round.id}`, (signal) =>
    api.rounds.agenda(round.id, signal),
  );
  useRefreshWhileSeen(agenda.reload, round.status === 'open');
  const roundPath = `/processes/${processId}/rounds/${round.id}`;
  const closes = withClosesIn && round.status === 'open' ? timeUntil(round.closesAt, serverNow(), i18n.language) : null;
  const me = useOptionalMe();
  // A delegate of a participating delegation cannot break silence, its head can: the line says whom to tell.
  const headBreaks = me !== null && myRoundDelegation(me, round) !== null && !canBreakSilence(me, round);
  const lines = useAgendaLines(agenda.data, roundPath, textPath, headBreaks);
  const statuses = agenda.data ? statusCounts(agenda.data.paragraphStatuses) : [];
  const total = statuses.reduce((sum, s) => sum + s.count, 0);
  const across = agenda.data?.delegationPositions ?? null;
  if (!closes && total === 0 && !across?.delegations && lines.length === 0) return null;
  return (
    <>
      {closes && (
        <Text size="sm" fw={500} data-testid="round-closes-in">
          {t('home.agenda.closesIn', { when: closes })}
        </Text>
      )}
      {total > 0 && (
        <Text size="sm" data-testid="round-paragraph-statuses">
          {t('home.agenda.paragraphs', {
            count: total,
            statuses: statuses
              .map((s) => t('home.agenda.statusCount', { status: t(`paragraphStatus.${s.status}`), count: s.count }))
              .join(' · '),
          })}
        </Text>
      )}
      {across !== null && across.delegations > 0 && (
        <Text size="sm" data-testid="round-positions-across">
          {to(`${roundPath}/positions`, positionsAcross(t, across))}
        </Text>
      )}
      {lines.length > 0 && (
        <>
          <Text size="sm" c="dimmed" mt={4} id={`agenda-${round.id}`}>
            {t('home.agenda.title')}
          </Text>
          <List size="sm" spacing={2} aria-labelledby={`agenda-${round.id}`}>
            {lines.map((line) => (
              <List.Item key={line.key} data-testid={`agenda-${line.key.split(':')[0]}`}>
                {line.node}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </>
  );
};

/** "Positions on every paragraph: 2 of 6 delegations · 3 more have started" */
const positionsAcross = (t: TFunction, across: NonNullable<RoundAgenda['delegationPositions']>): string => {
  const complete = t('home.agenda.positionsAcross', { complete: String(across.complete), count: across.delegations });
  return across.started > 0
    ? `${complete} · ${t('home.agenda.positionsStarted', { count: across.started })}`
    : complete;
};

/** The statuses a round's paragraphs have, furthest along first; none that no paragraph has. */
const STATUS_ORDER: readonly ParagraphStatus[] = ['agreed', 'agreed_ad_referendum', 'bracketed', 'open'];
const statusCounts = (counts: RoundAgenda['paragraphStatuses']): { status: ParagraphStatus; count: number }[] =>
  STATUS_ORDER.map((status) => ({ status, count: counts[status] ?? 0 })).filter((s) => s.count > 0);

const to = (path: string | null, text: string): ReactNode =>
  path ? (
    <Anchor component={Link} to={path} size="sm">
      {text}
    </Anchor>
  ) : (
    text
  );

/** One line per task, in the order they fall due: silence first (it has a deadline), then the rest. */
const useAgendaLines = (
  agenda: RoundAgenda | undefined,
  roundPath: string,
  textPath: string | null,
  headBreaks: boolean,
): { key: string; node: ReactNode }[] => {
  const { t } = useTranslation();
  const format = useFormatters();
  const ownLines = useOwnProposalLines(agenda?.ownProposals ?? null, textPath);
  if (!agenda) return [];
  const lines: { key: string; node: ReactNode }[] = [];
  for (const silence of agenda.silences) {
    // "paragraph 3", not the text's "paragraph 3.": the number sits inside a sentence.
    const values = {
      paragraphs: silence.paragraphNumbers.map(bareNumber).join(', '),
      count: silence.paragraphNumbers.length,
      deadline: format.deadline(silence.deadline),
    };
    const text = silence.mayBreak
      ? t('home.agenda.silenceMayBreak', values)
      : headBreaks
        ? t('home.agenda.silenceHeadMayBreak', values)
        : t('home.agenda.silence', values);
    lines.push({ key: `silence:${silence.id}`, node: to(textPath, text) });
  }
  if (agenda.positions) {
    const { recorded, paragraphs, nextKey } = agenda.positions;
    const text =
      recorded >= paragraphs
        ? t('home.agenda.positionsDone')
        : t('home.agenda.positions', { recorded: String(recorded), count: paragraphs });
    // Where the head records the next one: the text at its first paragraph without a position, the
    // positions tab open; once all are recorded, the matrix they make.
    const next =
      textPath && nextKey !== null
        ? `${textPath}&${new URLSearchParams({ paragraph: nextKey, panel: 'positions' }).toString()}`
        : `${roundPath}/positions`;
    lines.push({ key: 'positions', node: to(next, text) });
  }
  if (agenda.withoutDisposition) {
    const text = t('home.agenda.withoutDisposition', { count: agenda.withoutDisposition });
    lines.push({ key: 'dispositions', node: to(`${roundPath}/positions`, text) });
  }
  if (agenda.floorRequests) {
    const text = t('home.agenda.floorRequests', { count: agenda.floorRequests });
    lines.push({ key: 'floor', node: to(`${roundPath}/console`, text) });
  }
  lines.push(...ownLines);
  return lines;
};

/** Furthest along first, as the paragraph statuses; those awaiting a disposition last. */
const DISPOSITION_ORDER = ['accepted', 'partly_accepted', 'not_retained', 'none'] as const;

/**
 * The reader's delegation's proposals, then the amendments it co-sponsors, each count a link to
 * the reading page's Find tab showing exactly the threads counted (by disposition), with how many
 * got their disposition since the reader's last visit; then the replies others gave in each since.
 */
const useOwnProposalLines = (
  own: RoundAgenda['ownProposals'],
  textPath: string | null,
): { key: string; node: ReactNode }[] => {
  const { t } = useTranslation();
  if (!own) return [];
  const lines: { key: string; node: ReactNode }[] = [];
  const found = (filter: 'proposedBy' | 'sponsoredBy', disposition?: string) =>
    textPath && `${textPath}&${filter}=${own.delegationId}${disposition ? `&disposition=${disposition}` : ''}`;
  const byDisposition = (
    counted: AgendaOwnProposals['byDisposition'],
    filter: 'proposedBy' | 'sponsoredBy',
    testId: string,
  ) =>
    DISPOSITION_ORDER.filter((d) => counted[d] > 0).map((d, i) => (
      <Fragment key={d}>
        {i > 0 && ' · '}
        <span data-testid={`${testId}-${d}`}>
          {to(found(filter, d), t(`home.agenda.proposals.${d}`, { count: counted[d] }))}
        </span>
      </Fragment>
    ));
  const disposedSince = (count: number, testId: string) =>
    count > 0 && (
      <span data-testid={testId}>
        {' — '}
        {t('home.agenda.disposedSince', { count })}
      </span>
    );
  const counts = byDisposition(own.byDisposition, 'proposedBy', 'agenda-proposals');
  if (counts.length > 0) {
    lines.push({
      key: 'proposals',
      node: (
        <>
          {t('home.agenda.ownProposals')} {counts}
          {disposedSince(own.disposedSinceVisit, 'agenda-proposals-since')}
        </>
      ),
    });
  }
  const sponsored = byDisposition(own.sponsoredByDisposition, 'sponsoredBy', 'agenda-sponsored');
  if (sponsored.length > 0) {
    lines.push({
      key: 'sponsored',
      node: (
        <>
          {t('home.agenda.sponsoredProposals')} {sponsored}
          {disposedSince(own.sponsoredDisposedSinceVisit, 'agenda-sponsored-since')}
        </>
      ),
    });
  }
  if (own.repliesSinceVisit > 0) {
    const text = t('home.agenda.repliesSince', { count: own.repliesSinceVisit });
    lines.push({ key: 'replies', node: to(found('proposedBy'), text) });
  }
  if (own.sponsoredRepliesSinceVisit > 0) {
    const text = t('home.agenda.sponsoredRepliesSince', { count: own.sponsoredRepliesSinceVisit });
    lines.push({ key: 'sponsored-replies', node: to(found('sponsoredBy'), text) });
  }
  return lines;
};
