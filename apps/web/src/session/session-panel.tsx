import type { DraftVersion, Me, Round } from '@concordia/contracts';
import { SimpleGrid } from '@mantine/core';
import { useMemo } from 'react';
import { ErrorAlert } from '../common/error-alert';
import { SilencePanel } from './silence-panel';
import { SpeakersPanel } from './speakers-panel';
import { useRoundSession } from './use-round-session';

/** Silence procedures and the speakers' list of a round, side by side (the page holds the live link). */
export const SessionPanel = ({ me, round, version }: { me: Me; round: Round; version: DraftVersion }) => {
  const session = useRoundSession(round.id);
  const paragraphs = useMemo(
    () => version.sections.flatMap((s) => s.paragraphs).map((p) => ({ key: p.key, number: p.number })),
    [version.sections],
  );
  return (
    <>
      <ErrorAlert error={session.error} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" data-testid="session-panel">
        <SilencePanel me={me} round={round} session={session} paragraphs={paragraphs} />
        <SpeakersPanel me={me} round={round} session={session} paragraphs={paragraphs} />
      </SimpleGrid>
    </>
  );
};
