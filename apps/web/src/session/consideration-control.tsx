import { adjacentParagraph, type Round } from '@concordia/contracts';
import { Button, Card, Group, Select, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/endpoints';
import { useErrorMessage } from '../common/error-alert';
import { bareNumber } from '../drafts/document-rows';
import type { NumberedParagraph } from './silence-panel';
import type { RoundSession } from './use-round-session';

interface ConsiderationControlProps {
  round: Round;
  /** The round takes input now: the API refuses a change otherwise. */
  live: boolean;
  session: RoundSession;
  paragraphs: NumberedParagraph[];
}

/**
 * The chair's (and the secretariat's) pick of the paragraph the room is on, on the console: from
 * the paragraph list, or the previous and next in reading order; everyone in the round sees it.
 */
export const ConsiderationControl = ({ round, live, session, paragraphs }: ConsiderationControlProps) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [busy, setBusy] = useState(false);
  const current = session.consideration?.paragraphKey ?? null;
  const keys = paragraphs.map((p) => p.key);
  const previous = adjacentParagraph(keys, current, -1);
  const next = adjacentParagraph(keys, current, 1);

  const take = (paragraphKey: string | null) => {
    setBusy(true);
    api.consideration
      .set(round.id, { paragraphKey })
      .then(session.showConsideration)
      .catch((caught: unknown) =>
        notifications.show({ color: 'red', title: t('session.consideration.failed'), message: errorMessage(caught) }),
      )
      .finally(() => setBusy(false));
  };
  const disabled = busy || !live;

  return (
    <Card withBorder padding="md" data-testid="consideration-control">
      <Title order={3} size="h5" mb="xs">
        {t('session.consideration.pick')}
      </Title>
      <Group gap="xs" align="flex-end">
        <Button
          variant="light"
          disabled={disabled || previous === null}
          onClick={() => previous !== null && take(previous)}
          data-testid="consideration-previous"
        >
          ← {t('session.consideration.previous')}
        </Button>
        <Select
          aria-label={t('session.consideration.pick')}
          placeholder={t('session.consideration.none')}
          data={paragraphs.map((p) => ({
            value: p.key,
            label: t('session.paragraphLabel', { number: bareNumber(p.number) }),
          }))}
          value={current}
          onChange={(key) => key !== null && key !== current && take(key)}
          allowDeselect={false}
          searchable
          disabled={disabled}
          // Wide enough for its placeholder, the console's one word on what is under consideration
          // ("Aucun paragraphe n’est à l’examen." was cut at 200 px in French and Spanish).
          w={320}
          data-testid="consideration-select"
        />
        <Button
          variant="light"
          disabled={disabled || next === null}
          onClick={() => next !== null && take(next)}
          data-testid="consideration-next"
        >
          {t('session.consideration.next')} →
        </Button>
        <Button
          variant="subtle"
          color="gray"
          disabled={disabled || current === null}
          onClick={() => take(null)}
          data-testid="consideration-clear"
        >
          {t('session.consideration.clear')}
        </Button>
      </Group>
      {!live && round.status === 'open' && (
        <Text size="sm" c="dimmed" role="status" mt="xs" data-testid="consideration-closed">
          {t('session.consideration.closingPassed')}
        </Text>
      )}
    </Card>
  );
};
