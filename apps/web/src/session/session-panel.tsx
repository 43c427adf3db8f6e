import type { DraftVersion, Me, Round } from '@concordia/contracts';
import { SimpleGrid } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { ErrorAlert } from '../common/error-alert';
import { useAcceptsInput } from '../rounds/use-accepts-input';
import { SilencePanel } from './silence-panel';
import { ConsiderationControl } from './consideration-control';
import { canManageSpeakers } from './session-permissions';
import { SpeakersPanel } from './speakers-panel';
import { SpeakersRecord } from './speakers-record';
import type { RoundSession } from './use-round-session';

interface SessionPanelProps {
  me: Me;
  round: Round;
  version: DraftVersion;
  /** The round's live session (useRoundSession), held by the page: it also shows the paragraph under consideration. */
  session: RoundSession;
  /** Above the text: each card one line while idle, so the text starts above the fold. */
  compactWhenIdle?: boolean;
  /** Shown first on the same row (the page's live status), to spare the text a line. */
  leading?: ReactNode;
  /**
   * The console: the pick of the paragraph under consideration above the instruments, and the
   * record of the floor below them, for the chair and the secretariat.
   */
  withFloorRecord?: boolean;
}

/** Silence procedures and the speakers' list of a round, side by side (the page holds the live link). */
export const SessionPanel = ({
  me,
  round,
  version,
  session,
  compactWhenIdle = false,
  leading,
  withFloorRecord = false,
}: SessionPanelProps) => {
  // The instruments that start something stop at the closing time, as the API refuses them then.
  const live = useAcceptsInput(round);
  const paragraphs = useMemo(
    () => version.sections.flatMap((s) => s.paragraphs).map((p) => ({ key: p.key, number: p.number })),
    [version.sections],
  );
  const shared = { me, round, live, session, paragraphs, compactWhenIdle };
  const cards = (
    <>
      <SilencePanel {...shared} />
      <SpeakersPanel {...shared} />
    </>
  );
  return (
    <>
      <ErrorAlert error={session.error} />
      {compactWhenIdle ? (
        // A row that lets an idle card take the width of its one line and a working one the rest.
        <div className="session-row" data-testid="session-panel">
          {leading && <div className="session-row-leading">{leading}</div>}
          {cards}
        </div>
      ) : (
        <>
          {leading}
          {withFloorRecord && canManageSpeakers(me, round) && (
            <ConsiderationControl round={round} live={live} session={session} paragraphs={paragraphs} />
          )}
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" data-testid="session-panel">
            {cards}
          </SimpleGrid>
          {withFloorRecord && canManageSpeakers(me, round) && (
            <SpeakersRecord
              round={round}
              paragraphs={paragraphs}
              lastEndedAt={session.speakers?.lastTurn?.endedAt ?? null}
            />
          )}
        </>
      )}
    </>
  );
};
